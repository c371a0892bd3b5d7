import { parseArgs } from 'node:util';
import { renderFactSheets, type Article } from '../core/render';
import { locateLedger, readLedgerFile } from '../node/ledgerFiles';
import { CliError, UsageError, emit, formatArg, loadArticle, shown } from './common';

/** `trade-facts check FILE… [--format …] [--out FILE] [--force]`: every fact with its check from the article's ledger. */
export function runCheck(args: string[]): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f', default: 'md' }, out: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } },
  });
  if (!positionals.length) throw new UsageError('check: no file given');
  if (positionals.includes('-')) throw new UsageError('check: an article from standard input has no ledger; give its file');
  const format = formatArg(values.format ?? 'md');
  const articles: Article[] = positionals.map((file) => {
    const { text, analysis } = loadArticle(file);
    const read = readLedgerFile(locateLedger(file).file);
    if (!read.ok) throw new CliError(`${shown(read.file)} ${read.reason}; it was left as it is`);
    return { file, text, analysis, ledger: read.ledger };
  });
  emit(renderFactSheets(format, articles), values.out, values.force ?? false);
}
