/**
 * Answers analysis requests: one ParagraphCache per open document, so a keystroke re-analyses
 * only the paragraph it touched. No Node or browser API: the worker thread (desktop) and the
 * in-process backend (VS Code for the Web) both run it.
 */
import { analyze } from '../../core/analyze';
import { ParagraphCache } from '../../core/extract';
import type { WorkerReply, WorkerRequest } from './messages';

export class AnalysisHandler {
  private readonly caches = new Map<string, ParagraphCache>();

  /** The reply to a request; `forget` frees a closed document's cache and has none. */
  handle(req: WorkerRequest): WorkerReply | undefined {
    if (req.type === 'forget') {
      this.caches.delete(req.key);
      return undefined;
    }
    const { id, key, version } = req;
    try {
      let cache = this.caches.get(key);
      if (!cache) this.caches.set(key, (cache = new ParagraphCache()));
      const started = performance.now();
      const analysis = analyze(req.text, { cache });
      return { type: 'analysis', id, key, version, analysis, ms: performance.now() - started, cachedParagraphs: cache.size };
    } catch (err) {
      return { type: 'failed', id, key, version, message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** The document's cache, if it has one (the worker's warm-up types into its first document with it). */
  cacheOf(key: string): ParagraphCache | undefined {
    return this.caches.get(key);
  }

  clear(): void {
    this.caches.clear();
  }
}
