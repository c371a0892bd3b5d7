import path from 'node:path';
import { parseArgs } from 'node:util';
import { beatReport } from '../core/beat';
import { indexPaths } from '../node/beat/indexPaths';
import { defaultWorkers } from '../node/beat/pool';
import { UsageError, emit } from './common';

/**
 * `trade-facts index PATH… [--format md|json] [--workers N] [--out FILE] [--force]`: the beat index
 * of every article under the paths, analysed in worker threads (one per core by default). Files that
 * cannot be read, binary files and files gone during the run are counted and listed, never fatal.
 */
export async function runIndex(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'md' },
      workers: { type: 'string', short: 'w' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
    },
  });
  if (!positionals.length) throw new UsageError('index: no file or folder given');
  if (positionals.includes('-')) throw new UsageError('index: give files or folders, not standard input');
  const format = values.format === 'markdown' ? 'md' : values.format;
  if (format !== 'md' && format !== 'json') throw new UsageError(`index: unknown format "${values.format}" (use md or json)`);
  const workers = values.workers === undefined ? defaultWorkers() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`index: --workers must be a whole number from 1 (not "${values.workers}")`);

  const { beat, skipped, factSheets } = await indexPaths(positionals, { workerScript: path.join(__dirname, 'indexWorker.js'), workers });
  const output = format === 'json' ? JSON.stringify({ ...beat, skipped, factSheetsSkipped: factSheets }, null, 2) + '\n' : beatReport(beat, skipped);
  emit(output, values.out, values.force ?? false);
  if (skipped.length) process.stderr.write(`trade-facts: ${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped (listed in the output)\n`);
}
