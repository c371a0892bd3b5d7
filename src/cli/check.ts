import { parseArgs } from 'node:util';
import { renderFactSheets, type Article } from '../core/render';
import { locateLedger, readLedgerFile } from '../node/ledgerFiles';
import { CliError, UsageError, emit, formatArg, loadArticle, shown } from './common';
import { sourceArgs, checkSources } from './sources';

/**
 * `trade-facts check FILE… [--sources PATH…] [--strict] [--format …] [--out FILE] [--force]`: every
 * fact with its check from the article's ledger and, with sources, each quote and figure checked
 * against them. Resolves to the exit status: 1 with --strict when a quote is altered or a figure
 * differs from its source, else 0.
 */
export async function runCheck(args: string[]): Promise<number> {
  const { sources, rest } = sourceArgs(args);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'md' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
  });
  if (!positionals.length) throw new UsageError('check: no file given');
  if (positionals.includes('-')) throw new UsageError('check: an article from standard input has no ledger; give its file');
  if (values.strict && !sources) throw new UsageError('check: --strict needs --sources');
  const format = formatArg(values.format ?? 'md');
  const articles: Article[] = positionals.map((file) => {
    const { text, analysis } = loadArticle(file);
    const read = readLedgerFile(locateLedger(file).file);
    if (!read.ok) throw new CliError(`${shown(read.file)} ${read.reason}; it was left as it is`);
    return { file, text, analysis, ledger: read.ledger };
  });
  const flagged = sources ? await checkSources(articles, sources) : 0;
  emit(renderFactSheets(format, articles), values.out, values.force ?? false);
  return values.strict && flagged > 0 ? 1 : 0;
}
