/**
 * The source index in the extension host itself, for VS Code for the Web (no worker_threads; the
 * web extension host is already a Web Worker). Word documents are not read there.
 */
import { ArticleError, decodeArticle } from '../../core/readArticle';
import { readSource } from '../../core/sources/read';
import { SourceHandler } from './handler';
import type { SourceReply } from './messages';
import type { SourceBackend } from './workerBackend';

class InProcessSourceBackend implements SourceBackend {
  private readonly handler = new SourceHandler(async (file, bytes) => {
    try {
      if (/\.docx$/i.test(file)) return { ok: false, reason: 'is a Word document, read on the desktop only' };
      return { ok: true, doc: readSource(file, decodeArticle(bytes)) };
    } catch (e) {
      return { ok: false, reason: e instanceof ArticleError ? e.message : 'could not be read' };
    }
  });
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  request(body: Parameters<SourceBackend['request']>[0]): Promise<SourceReply> {
    const req = { ...body, id: this.nextId++ } as Parameters<SourceHandler['handle']>[0];
    const next = this.queue.then(() => this.handler.handle(req));
    this.queue = next.catch(() => undefined);
    return next;
  }

  dispose(): void {
    this.handler.library.clear();
  }
}

export const createSourceBackend = (_onLost: (gaveUp: boolean) => void): SourceBackend => new InProcessSourceBackend();
