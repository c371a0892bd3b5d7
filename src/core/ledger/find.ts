import type { LedgerFact } from './facts';
import { normalizeSentence } from './text';

/** A fact found by its text, or why none was (in words for the command line). */
export type FoundFact = { ok: true; fact: LedgerFact } | { ok: false; error: string; matches: LedgerFact[] };

/**
 * The fact whose text is `text` (a figure or rate as written, a name, a quote's words): its
 * `occurrence`-th (1-based, in text order) when several read the same. Errors when there is none,
 * or several and no occurrence is given, or the occurrence is out of range.
 */
export function findFact(facts: LedgerFact[], text: string, occurrence?: number): FoundFact {
  const wanted = normalizeSentence(text);
  const matches = facts.filter((f) => f.text === wanted).sort((a, b) => a.start - b.start);
  if (!matches.length) {
    const near = facts.filter((f) => f.text.toLowerCase().includes(wanted.toLowerCase())).slice(0, 5);
    const hint = near.length ? `; did you mean ${near.map((f) => JSON.stringify(f.text)).join(', ')}?` : '';
    return { ok: false, error: `no fact reads ${JSON.stringify(wanted)}${hint}`, matches: near };
  }
  if (occurrence === undefined) {
    if (matches.length === 1) return { ok: true, fact: matches[0] };
    return { ok: false, error: `${JSON.stringify(wanted)} is ${matches.length} facts; say which with --occurrence 1 to ${matches.length}`, matches };
  }
  if (occurrence >= 1 && occurrence <= matches.length) return { ok: true, fact: matches[occurrence - 1] };
  return { ok: false, error: `${JSON.stringify(wanted)} has ${matches.length === 1 ? 'one occurrence' : `${matches.length} occurrences`}, not ${occurrence}`, matches };
}
