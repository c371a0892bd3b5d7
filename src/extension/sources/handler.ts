/**
 * The source index's side of the messages: one SourceLibrary, files put and removed one at a time,
 * articles checked against it. No Node or browser API; the reader of bytes is given.
 */
import { SourceLibrary } from '../../core/sources/library';
import type { SourceReader, SourceReply, SourceRequest } from './messages';

export class SourceHandler {
  readonly library = new SourceLibrary();

  constructor(private readonly read: SourceReader) {}

  async handle(req: SourceRequest): Promise<SourceReply> {
    const started = performance.now();
    try {
      if (req.type === 'remove') {
        this.library.remove(req.file);
        return { type: 'removed', id: req.id, file: req.file };
      }
      if (req.type === 'put') {
        const read = await this.read(req.file, req.bytes);
        if (!read.ok) {
          this.library.remove(req.file);
          return { type: 'put', id: req.id, file: req.file, ok: false, reason: read.reason };
        }
        this.library.put(read.doc);
        const words = read.doc.passages.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
        return { type: 'put', id: req.id, file: req.file, ok: true, problems: read.doc.problems, words, ms: performance.now() - started };
      }
      const checks = this.library.check({ quotes: req.quotes, figures: req.figures }, req.exclude);
      return { type: 'checked', id: req.id, checks: [...checks], ms: performance.now() - started };
    } catch (err) {
      return { type: 'failed', id: req.id, message: err instanceof Error ? err.message : String(err) };
    }
  }
}
