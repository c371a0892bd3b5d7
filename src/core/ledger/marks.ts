import type { Analysis } from '../types';
import { anchorLedger, type Anchoring } from './anchor';
import { ledgerFacts } from './facts';
import type { Ledger, LedgerEntry, Mark } from './types';

/** What an operation works on: an analysis (anchored afresh) or an anchoring the caller already has. */
export type LedgerSource = Analysis | Anchoring;

/** A fact by its analysis id ("f3", "t1", "p2"; a tariff rate's figure id finds the rate). */
export type FactRef = string | { id: string };

/** Anchors the ledger on an analysis, or passes an anchoring through. */
export function anchoringOf(ledger: Ledger, source: LedgerSource): Anchoring {
  return 'how' in source ? source : anchorLedger(ledger, ledgerFacts(source));
}

function indexOf(anchoring: Anchoring, ref: FactRef): number {
  const id = typeof ref === 'string' ? ref : ref.id;
  return anchoring.facts.findIndex((f) => f.id === id || f.alsoIds.includes(id));
}

function withEntries(ledger: Ledger, edit: (entries: Record<string, LedgerEntry>) => void): Ledger {
  const entries = { ...ledger.entries };
  edit(entries);
  return { ...ledger, entries };
}

/**
 * Marks a fact verified or disputed (or `unchecked`: clears the mark, keeping ignored checks), with
 * its note, source, who and when. The entry is keyed by the fact as it reads now, replacing any
 * entry anchored on it (a `changed` one included). Returns a new ledger; the same one when the
 * fact is not in the analysis.
 */
export function markFact(ledger: Ledger, source: LedgerSource, ref: FactRef, mark: Mark): Ledger {
  const anchoring = anchoringOf(ledger, source);
  const i = indexOf(anchoring, ref);
  if (i < 0) return ledger;
  const fact = anchoring.facts[i];
  const old = anchoring.checks[i];
  return withEntries(ledger, (entries) => {
    if (old.key) delete entries[old.key];
    if (mark.status === 'unchecked' && !old.ignoredChecks.length) return;
    const entry: LedgerEntry = {
      kind: fact.kind,
      text: fact.text,
      sentence: fact.sentence,
      occurrence: fact.occurrence,
      status: mark.status,
      note: mark.note ?? '',
      source: mark.source ?? '',
      by: mark.by,
      at: mark.at,
    };
    if (old.ignoredChecks.length) entry.ignoredChecks = [...old.ignoredChecks];
    entries[fact.key] = entry;
  });
}

/** Clears a fact's mark (its ignored checks stay). */
export function clearFact(ledger: Ledger, source: LedgerSource, ref: FactRef, who: { by: string; at: string }): Ledger {
  return markFact(ledger, source, ref, { status: 'unchecked', ...who });
}

/**
 * Ignores (or, with `ignore` false, shows again) one check on a fact ("implied", "no-speaker",
 * "name-spelling"…), kept in the ledger. An existing entry keeps its mark and anchor; a fact with
 * none gets an `unchecked` entry that only holds the ignored check.
 */
export function ignoreCheck(ledger: Ledger, source: LedgerSource, ref: FactRef, code: string, who: { by: string; at: string }, ignore = true): Ledger {
  const anchoring = anchoringOf(ledger, source);
  const i = indexOf(anchoring, ref);
  if (i < 0) return ledger;
  const fact = anchoring.facts[i];
  const key = anchoring.checks[i].key ?? fact.key;
  const old: LedgerEntry = ledger.entries[key] ?? { kind: fact.kind, text: fact.text, sentence: fact.sentence, occurrence: fact.occurrence, status: 'unchecked', note: '', source: '', ...who };
  const codes = new Set(old.ignoredChecks ?? []);
  if (ignore) codes.add(code);
  else codes.delete(code);
  return withEntries(ledger, (entries) => {
    const { ignoredChecks: _, ...rest } = old;
    const entry: LedgerEntry = codes.size ? { ...rest, ignoredChecks: [...codes].sort() } : rest;
    if (entry.status === 'unchecked' && !codes.size) delete entries[key];
    else entries[key] = entry;
  });
}

/** Removes an orphan (or any entry) by its key. */
export function removeEntry(ledger: Ledger, key: string): Ledger {
  if (!(key in ledger.entries)) return ledger;
  return withEntries(ledger, (entries) => delete entries[key]);
}

/**
 * Moves entries found in an edited text (same fact, sentence edited elsewhere, or moved) onto the
 * fact as it reads now, so later edits are measured from here; `changed` entries and orphans stay
 * as they were (undoing the edit restores the mark). Returns the same ledger when nothing moved.
 */
export function rebaseLedger(ledger: Ledger, anchoring: Anchoring): Ledger {
  const moves: Array<[string, string, LedgerEntry]> = [];
  anchoring.facts.forEach((f, i) => {
    const how = anchoring.how[i];
    const key = anchoring.checks[i].key;
    if ((how !== 'moved' && how !== 'edited') || !key || key === f.key) return;
    moves.push([key, f.key, { ...ledger.entries[key], sentence: f.sentence, occurrence: f.occurrence }]);
  });
  if (!moves.length) return ledger;
  return withEntries(ledger, (entries) => {
    for (const [from] of moves) delete entries[from];
    for (const [from, to, entry] of moves) {
      if (to in entries) entries[from] = ledger.entries[from]; // never over another entry: keep it where it was
      else entries[to] = entry;
    }
  });
}
