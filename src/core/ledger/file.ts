import { LEDGER_FORMAT, type FactKind, type Ledger, type LedgerEntry, type LedgerRead, type MarkStatus } from './types';

/** A ledger with no marks. */
export const emptyLedger = (): Ledger => ({ format: LEDGER_FORMAT, entries: {} });

const KINDS: readonly FactKind[] = ['figure', 'tariff', 'person', 'organization', 'quote'];
const STATUSES: readonly MarkStatus[] = ['verified', 'disputed', 'unchecked'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown): x is string => typeof x === 'string';

/** One entry as read, or why it is not one. */
function readEntry(x: unknown): LedgerEntry | string {
  if (!isObject(x)) return 'is not an object';
  const { kind, text, sentence = '', occurrence = 1, status, note = '', source = '', by = '', at = '', ignoredChecks } = x;
  if (!KINDS.includes(kind as FactKind)) return `has an unknown kind ${JSON.stringify(kind)}`;
  if (!STATUSES.includes(status as MarkStatus)) return `has an unknown status ${JSON.stringify(status)}`;
  if (!str(text) || !str(sentence) || !str(note) || !str(source) || !str(by) || !str(at)) return 'has a field that is not text';
  if (!Number.isInteger(occurrence) || (occurrence as number) < 1) return 'has an occurrence that is not a whole number from 1';
  if (ignoredChecks !== undefined && !(Array.isArray(ignoredChecks) && ignoredChecks.every(str))) return 'has ignoredChecks that are not a list of codes';
  const entry: LedgerEntry = { kind: kind as FactKind, text, sentence, occurrence: occurrence as number, status: status as MarkStatus, note, source, by, at };
  if (ignoredChecks?.length) entry.ignoredChecks = [...ignoredChecks].sort();
  return entry;
}

/**
 * Reads a ledger file's text. Anything this version can't read in full (not JSON, not a ledger, a
 * newer format, a malformed entry) gives `ok: false` with a one-line reason: the caller shows it,
 * keeps marks read-only and must not write the file. Never throws.
 */
export function parseLedger(text: string): LedgerRead {
  const refuse = (reason: string): LedgerRead => ({ ok: false, readOnly: true, reason });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse(`is not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!isObject(data)) return refuse('is not a Trade Facts ledger (not a JSON object)');
  const { format, entries } = data;
  if (!Number.isInteger(format) || (format as number) < 1) return refuse('is not a Trade Facts ledger (no "format" number)');
  if ((format as number) > LEDGER_FORMAT) return refuse(`was written by a newer Trade Facts (ledger format ${format}; this version reads format ${LEDGER_FORMAT})`);
  if (!isObject(entries)) return refuse('is not a Trade Facts ledger ("entries" is not an object)');
  const ledger = emptyLedger();
  for (const [key, value] of Object.entries(entries)) {
    const entry = readEntry(value);
    if (typeof entry === 'string') return refuse(`has an entry ${JSON.stringify(key.slice(0, 60))} that ${entry}`);
    ledger.entries[key] = entry;
  }
  return { ok: true, ledger };
}

/** JSON with every object's keys sorted, so the same ledger always reads the same. */
function sorted(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(sorted);
  if (!isObject(x)) return x;
  return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted(x[k])]));
}

/** A ledger as its file holds it: sorted keys, 2-space indent, one entry per fact, a final newline. */
export function serializeLedger(ledger: Ledger): string {
  const entries = Object.fromEntries(
    Object.entries(ledger.entries).map(([k, e]) => {
      const { ignoredChecks, ...rest } = e;
      return [k, ignoredChecks?.length ? { ...rest, ignoredChecks: [...ignoredChecks].sort() } : rest];
    }),
  );
  return JSON.stringify(sorted({ format: ledger.format, entries }), null, 2) + '\n';
}

/** The folder, at a workspace folder's root, that holds the ledgers. */
export const LEDGER_DIR = '.trade-facts';

/**
 * Where an article's ledger lives, relative to the root that holds `.trade-facts/`: the article's
 * relative path mirrored, plus ".json" (`drafts/tariffs.md` → `.trade-facts/drafts/tariffs.md.json`).
 * Null when the article is not below the root.
 */
export function ledgerPathFor(articleRelative: string): string | null {
  const parts = articleRelative.split(/[\\/]+/).filter((p) => p && p !== '.');
  if (!parts.length || parts.includes('..')) return null;
  return `${LEDGER_DIR}/${parts.join('/')}.json`;
}
