import type { LedgerFact } from './facts';
import type { FactCheck, Ledger, LedgerEntry, Orphan } from './types';
import { contextPairs, dice, sameNeighbour, standingAt } from './text';
import { pairUp, type Candidate } from './pairUp';

/** How a fact found its entry: same key, same content elsewhere, same text in an edited sentence, or its own text changed. */
export type AnchorHow = 'exact' | 'moved' | 'edited' | 'changed';

/** Every fact with its check, and the marks whose fact is gone. */
export interface Anchoring {
  facts: LedgerFact[];
  /** `checks[i]` is the check of `facts[i]`. */
  checks: FactCheck[];
  /** How each fact's entry was found; null when it has none. */
  how: Array<AnchorHow | null>;
  /** Entries with no fact in the text, by key. */
  orphans: Orphan[];
}

export interface AnchorOptions {
  /**
   * Keys of the entries that were orphans at the previous anchoring of this document (an editor
   * keeps it): they come back only onto the very text and sentence they were marked on (undo), never
   * onto a fact that was edited into something like them.
   */
  orphaned?: ReadonlySet<string>;
}

/** Same fact text in a sentence edited elsewhere: how much of the sentence must remain. */
export const EDITED_SENTENCE_MIN = 0.5;
/** A fact's own text changed: how much of the rest of its sentence must remain. */
export const CHANGED_CONTEXT_MIN = 0.6;

/** The check of a fact with no ledger entry. */
export const unchecked = (): FactCheck => ({ status: 'unchecked', note: '', source: '', by: '', at: '', ignoredChecks: [], key: null });

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds each ledger entry's fact in the current text, by content only:
 * 1. same kind, text, sentence and occurrence (the key); 2. same kind, text and sentence, another
 * occurrence; 3. same kind and text in a sentence edited elsewhere (word pairs in common); 4. for
 * figures, rates and quotes, a fact in the same place of a similar sentence whose own text differs:
 * `changed`. Steps 3 and 4 need a word beside the fact kept, and are not for entries that were
 * already orphans. A fact gets at most one entry; an entry never lands on a fact whose text its
 * old sentence already held (that was another fact). Entries left over are orphans.
 */
export function anchorLedger(ledger: Ledger, facts: LedgerFact[], options: AnchorOptions = {}): Anchoring {
  const orphaned = options.orphaned ?? new Set<string>();
  const keys = sortedKeys(ledger.entries);
  const entries = keys.map((k) => ledger.entries[k]);
  const factOf = new Map<number, number>();
  const how = new Array<AnchorHow | null>(facts.length).fill(null);
  const factFree = (i: number) => how[i] === null;
  const take = (pairs: Map<number, number>, kind: AnchorHow) => {
    for (const [e, f] of pairs) {
      factOf.set(e, f);
      how[f] = kind;
    }
  };

  // 1. By key.
  const factByKey = new Map(facts.map((f, i) => [f.key, i]));
  entries.forEach((e, ei) => {
    const fi = factByKey.get(keys[ei]);
    if (fi !== undefined && sameContent(e, facts[fi]) && e.occurrence === facts[fi].occurrence) {
      factOf.set(ei, fi);
      how[fi] = 'exact';
    }
  });

  // 2 and 3. Same kind and text: same sentence first (nearest occurrence), then the most similar sentence.
  const byText = new Map<string, number[]>();
  facts.forEach((f, i) => push(byText, `${f.kind}\n${f.text}`, i));
  const sameSentence: Candidate[] = [];
  const editedSentence: Candidate[] = [];
  entries.forEach((e, ei) => {
    if (factOf.has(ei)) return;
    const fuzzy = !orphaned.has(keys[ei]);
    const ctx = contextPairs(e.sentence, e.text, e.occurrence);
    const placesBefore = standingAt(e.sentence, e.text).length;
    for (const fi of byText.get(`${e.kind}\n${e.text}`) ?? []) {
      if (!factFree(fi)) continue;
      const f = facts[fi];
      if (f.sentence === e.sentence) {
        // Occurrences run on through identical sentences: the same place in the nearest copy.
        const k = Math.max(1, placesBefore);
        const [ePlace, fPlace] = [(e.occurrence - 1) % k, (f.occurrence - 1) % k];
        const [eCopy, fCopy] = [Math.floor((e.occurrence - 1) / k), Math.floor((f.occurrence - 1) / k)];
        if (ePlace === fPlace) sameSentence.push({ entry: ei, fact: fi, score: -Math.abs(fCopy - eCopy) });
      } else if (fuzzy) {
        const fctx = contextPairs(f.sentence, f.text, f.occurrence);
        if (!sameNeighbour(ctx, fctx)) continue; // not in the same place: a word beside it must have stayed
        const score = dice(ctx, fctx);
        // Where the text stands more than once, the fact is the one in the same place among them, as
        // long as none came or went: else which one it was can't be told, and the mark is left an orphan.
        const placesNow = standingAt(f.sentence, f.text).length;
        const placed = (placesBefore < 2 && placesNow < 2) || (placesNow === placesBefore && (e.occurrence - 1) % placesBefore === (f.occurrence - 1) % placesNow);
        if (score >= EDITED_SENTENCE_MIN && placed) editedSentence.push({ entry: ei, fact: fi, score });
      }
    }
  });
  take(pairUp(sameSentence, { refuseTies: false }), 'moved');
  take(pairUp(editedSentence.filter((c) => !factOf.has(c.entry) && factFree(c.fact)), { refuseTies: false }), 'edited');

  // 4. The fact's own text changed within a similar sentence.
  take(pairUp(changedCandidates(entries, facts, (ei) => !factOf.has(ei) && !orphaned.has(keys[ei]), factFree), { refuseTies: true }), 'changed');

  const checks = facts.map(unchecked);
  for (const [ei, fi] of factOf) checks[fi] = checkFrom(entries[ei], keys[ei], how[fi] === 'changed');
  const orphans = entries.flatMap((e, ei) => (factOf.has(ei) ? [] : [{ ...e, key: keys[ei] }]));
  return { facts, checks, how, orphans };
}

/** The entries' keys in sorted order (a ledger read from its file is already sorted: checked, not sorted again). */
function sortedKeys(entries: Ledger['entries']): string[] {
  const keys = Object.keys(entries);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return keys.sort();
  return keys;
}

function sameContent(e: LedgerEntry, f: LedgerFact): boolean {
  return e.kind === f.kind && e.text === f.text && e.sentence === f.sentence;
}

const CAN_CHANGE = new Set(['figure', 'tariff', 'quote']);

function changedCandidates(entries: LedgerEntry[], facts: LedgerFact[], entryFree: (i: number) => boolean, factFree: (i: number) => boolean): Candidate[] {
  // Usually every entry found its fact by now: then no fact's context needs reading.
  if (!entries.some((e, ei) => CAN_CHANGE.has(e.kind) && entryFree(ei))) return [];
  // An index of the free facts' context word pairs, so each entry scores only facts that share one.
  const contexts = new Map<number, Set<string>>();
  const index = new Map<string, number[]>();
  facts.forEach((f, fi) => {
    if (!factFree(fi) || !CAN_CHANGE.has(f.kind)) return;
    const ctx = f.kind === 'quote' ? contextPairs(f.text, '') : contextPairs(f.sentence, f.text, f.occurrence);
    contexts.set(fi, ctx);
    for (const p of ctx) push(index, `${f.kind}\n${p}`, fi);
  });
  const out: Candidate[] = [];
  entries.forEach((e, ei) => {
    if (!entryFree(ei) || !CAN_CHANGE.has(e.kind)) return;
    const ctx = e.kind === 'quote' ? contextPairs(e.text, '') : contextPairs(e.sentence, e.text, e.occurrence);
    const shared = new Map<number, number>();
    for (const p of ctx) for (const fi of index.get(`${e.kind}\n${p}`) ?? []) shared.set(fi, (shared.get(fi) ?? 0) + 1);
    for (const [fi, n] of shared) {
      const f = facts[fi];
      const score = (2 * n) / (ctx.size + (contexts.get(fi)?.size ?? 0));
      if (score < CHANGED_CONTEXT_MIN || f.text === e.text) continue;
      if (e.kind !== 'quote' && !inPlaceOf(e, f, ctx, contexts.get(fi)!)) continue;
      out.push({ entry: ei, fact: fi, score });
    }
  });
  return out;
}

/**
 * Whether fact `f` can be entry `e`'s fact with its text edited: it sits in the same place (a
 * neighbour word kept), neither text is repeated in its sentence, its text is new to the sentence
 * (else it is a fact that was already there), and the old text has gone (else the marked fact is
 * still there, unread or elsewhere).
 */
function inPlaceOf(e: LedgerEntry, f: LedgerFact, ectx: Set<string>, fctx: Set<string>): boolean {
  if (!sameNeighbour(ectx, fctx)) return false;
  // A text repeated in its sentence ("5% … 5%"): which repeat was edited can't be told.
  const [oldBefore, newNow] = [standingAt(e.sentence, e.text).length, standingAt(f.sentence, f.text).length];
  if (oldBefore > 1 || newNow > 1) return false;
  return newNow > standingAt(e.sentence, f.text).length && standingAt(f.sentence, e.text).length < oldBefore;
}

function checkFrom(e: LedgerEntry, key: string, changed: boolean): FactCheck {
  const base = { note: e.note, source: e.source, by: e.by, at: e.at, key };
  if (changed) return { ...base, status: e.status === 'unchecked' ? 'unchecked' : 'changed', was: e.text, ignoredChecks: [] };
  return { ...base, status: e.status, ignoredChecks: [...(e.ignoredChecks ?? [])] };
}

/** Every fact's check by analysis id (a tariff rate's figure id included). */
export function checksById(anchoring: Anchoring): Map<string, FactCheck> {
  const byId = new Map<string, FactCheck>();
  anchoring.facts.forEach((f, i) => [f.id, ...f.alsoIds].forEach((id) => byId.set(id, anchoring.checks[i])));
  return byId;
}

/** The check of the fact with this analysis id ("f3", or the figure id of a tariff rate's span). */
export function checkOf(anchoring: Anchoring, id: string): FactCheck {
  const i = anchoring.facts.findIndex((f) => f.id === id || f.alsoIds.includes(id));
  return i >= 0 ? anchoring.checks[i] : unchecked();
}
