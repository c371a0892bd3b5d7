import type { Ledger, LedgerEntry } from './types';
import { LEDGER_FORMAT } from './types';

const same = (a: LedgerEntry | undefined, b: LedgerEntry | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** The newer of two versions of an entry: later `at`, then (a tie) the greater JSON, so both sides agree. */
function newer(a: LedgerEntry, b: LedgerEntry): LedgerEntry {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

/**
 * Merges two versions of a ledger (the one in memory and the one found on disk, or two windows'),
 * losing no entry: every key of either is kept, and where both changed the same key the newer
 * mark wins. With `base` (the version both started from), a key one side removed and the other
 * left as it was stays removed; without it, removals come back rather than risk losing a mark.
 * Symmetric: merge(a, b) equals merge(b, a).
 */
export function mergeLedgers(ours: Ledger, theirs: Ledger, base?: Ledger): Ledger {
  const entries: Record<string, LedgerEntry> = {};
  const keys = new Set([...Object.keys(ours.entries), ...Object.keys(theirs.entries)]);
  for (const key of [...keys].sort()) {
    const a = ours.entries[key];
    const b = theirs.entries[key];
    const was = base?.entries[key];
    if (a && b) entries[key] = same(a, b) ? a : same(a, was) ? b : same(b, was) ? a : newer(a, b);
    else {
      const kept = (a ?? b) as LedgerEntry;
      if (!(was && same(kept, was))) entries[key] = kept; // removed on one side, untouched on the other: stays removed
    }
  }
  return { format: Math.max(LEDGER_FORMAT, ours.format, theirs.format), entries };
}
