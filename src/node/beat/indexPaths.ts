/**
 * The beat index of files and folders, as `trade-facts index` builds it: article files found
 * (findArticles), digested by worker threads (IndexPool), merged into one index. Whatever happens
 * to a file on the way (unreadable, binary, deleted or renamed while the run goes, replaced by a
 * folder) is a skipped file with its reason, never an error.
 */
import { BeatIndex, type BeatSnapshot } from '../../core/beat';
import type { SkippedFile } from '../../core/beat/report';
import { findArticles } from './findArticles';
import type { IndexReply } from './messages';
import { IndexPool } from './pool';

export interface IndexedPaths {
  beat: BeatSnapshot;
  /** Sorted by file. */
  skipped: SkippedFile[];
  factSheets: number;
}

export interface IndexPathsOptions {
  /** The bundled worker script (dist/indexWorker.js). */
  workerScript: string;
  workers: number;
  /** Hears each file's reply as it comes (progress; the tests change files mid-run here). */
  onReply?(reply: IndexReply): void;
}

export async function indexPaths(paths: readonly string[], opts: IndexPathsOptions): Promise<IndexedPaths> {
  const found = findArticles(paths);
  const skipped: SkippedFile[] = [...found.skipped];
  const index = new BeatIndex();
  const pool = new IndexPool(opts.workerScript, Math.min(opts.workers, Math.max(1, found.files.length)));
  try {
    await pool.run(found.files, {
      onReply: (r) => {
        if (r.type === 'digest') index.set(r.digest);
        else skipped.push({ file: r.file, reason: r.reason });
        opts.onReply?.(r);
      },
    });
  } finally {
    await pool.close();
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { beat: index.snapshot(), skipped, factSheets: found.factSheets };
}
