/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the NLP core off the extension
 * host's main thread. Keeps one ParagraphCache per open document, so a keystroke re-analyses only
 * the paragraph it touched; the host says when a document closes so its cache is freed.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import { ParagraphCache } from '../core/extract';
import type { WorkerReply, WorkerRequest } from './worker/messages';

const caches = new Map<string, ParagraphCache>();

function handle(req: WorkerRequest): WorkerReply | undefined {
  if (req.type === 'forget') {
    caches.delete(req.key);
    return undefined;
  }
  const { id, key, version } = req;
  try {
    let cache = caches.get(key);
    if (!cache) caches.set(key, (cache = new ParagraphCache()));
    const started = performance.now();
    const analysis = analyze(req.text, { cache });
    return { type: 'analysis', id, key, version, analysis, ms: performance.now() - started, cachedParagraphs: cache.size };
  } catch (err) {
    return { type: 'failed', id, key, version, message: err instanceof Error ? err.message : String(err) };
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  const reply = handle(req);
  if (reply) parentPort?.postMessage(reply);
});
