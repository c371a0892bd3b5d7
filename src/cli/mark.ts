import path from 'node:path';
import { parseArgs } from 'node:util';
import { anchorLedger, findFact, ledgerFacts, markFact, rebaseLedger, type MarkStatus } from '../core/ledger';
import { lineIndex } from '../core/factSheet';
import { locateLedger, readLedgerFile, writeLedgerFile } from '../node/ledgerFiles';
import { defaultMarker } from '../node/user';
import { CliError, UsageError, loadArticle, shown } from './common';

const STATUSES: readonly MarkStatus[] = ['verified', 'disputed', 'unchecked'];

/** `trade-facts mark FILE --fact TEXT [--occurrence N] --status S [--note] [--source] [--by]`: records a check in the article's ledger. */
export function runMark(args: string[], now = new Date()): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      fact: { type: 'string' }, occurrence: { type: 'string' }, status: { type: 'string' },
      note: { type: 'string' }, source: { type: 'string' }, by: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'mark: give one file' : 'mark: no file given');
  const [file] = positionals;
  if (file === '-') throw new UsageError('mark: an article from standard input has no ledger; give its file');
  if (values.fact === undefined || values.fact.trim() === '') throw new UsageError('mark: --fact TEXT is required');
  const status = values.status as MarkStatus;
  if (!STATUSES.includes(status)) throw new UsageError(`mark: --status must be verified, disputed or unchecked${values.status ? ` (not "${values.status}")` : ''}`);
  const occurrence = values.occurrence === undefined ? undefined : Number(values.occurrence);
  if (occurrence !== undefined && !(Number.isInteger(occurrence) && occurrence >= 1)) throw new UsageError(`mark: --occurrence must be a whole number from 1 (not "${values.occurrence}")`);

  const { text, analysis } = loadArticle(file);
  const read = readLedgerFile(locateLedger(file).file);
  if (!read.ok) throw new CliError(`${shown(read.file)} ${read.reason}; marks are read-only until it is fixed, and it was left as it is`);
  const facts = ledgerFacts(analysis);
  const lineOf = lineIndex(text);
  const found = findFact(facts, values.fact, occurrence);
  if (!found.ok) {
    const lines = found.matches.length ? ` (line${found.matches.length > 1 ? 's' : ''} ${found.matches.map((f) => lineOf(f.start)).join(', ')})` : '';
    throw new CliError(`${file}: ${found.error}${lines}`);
  }
  // Carry marks found in an edited text onto the text as it is, then mark.
  const rebased = rebaseLedger(read.ledger, anchorLedger(read.ledger, facts));
  const by = values.by ?? defaultMarker(path.dirname(path.resolve(file)));
  const ledger = markFact(rebased, anchorLedger(rebased, facts), found.fact.id, { status, note: values.note, source: values.source, by, at: now.toISOString() });
  const written = writeLedgerFile(read, ledger);
  if (!written.ok) throw new CliError(`${shown(read.file)} ${written.reason}; nothing was written`);
  const what = `${found.fact.kind} "${found.fact.text}" (line ${lineOf(found.fact.start)})`;
  process.stdout.write(`${status === 'unchecked' ? `cleared the mark on ${what}` : `marked ${what} ${status}`} in ${shown(read.file)}\n`);
}
