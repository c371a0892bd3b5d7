/** Text helpers for anchoring marks by content: normalized sentences, their words, similarity. */

/** A sentence as the ledger keeps it: NFC, straight quotes, single spaces, no Markdown emphasis. */
export function normalizeSentence(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/(^|\s)[*_]+|[*_]+(?=\s|$|[.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stands for the fact itself in its sentence, so where the fact sits counts in a comparison. */
const SLOT = '\u0000';
const WORD = /[\p{L}\p{N}]/u;

/** Where `text` stands in `sentence` as a whole fact ("5%" does not stand in "15%" nor "2.5%"). */
export function standingAt(sentence: string, text: string): number[] {
  const at: number[] = [];
  if (!text) return at;
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
    const before = sentence[i - 1] ?? ' ';
    const after = sentence[i + text.length] ?? ' ';
    if (!WORD.test(before) && !WORD.test(after) && !(/[.,]/.test(before) && /\d/.test(text[0]))) at.push(i);
  }
  return at;
}

/**
 * The word pairs of a sentence with the fact's own text taken out (a slot in its place): what
 * stays the same when the fact itself is edited, and where it sits. `nth` (1-based) picks which
 * of several places the text stands in; the count wraps, as occurrences run on through identical
 * sentences.
 */
export function contextPairs(sentence: string, text: string, nth = 1): Set<string> {
  const places = standingAt(sentence, text);
  const at = places.length ? places[(nth - 1) % places.length] : -1;
  const withSlot = at >= 0 ? `${sentence.slice(0, at)} ${SLOT} ${sentence.slice(at + text.length)}` : sentence;
  const words = withSlot.toLowerCase().match(/[\p{L}\p{N}\u0000]+/gu) ?? [];
  const pairs = new Set<string>();
  for (let i = 0; i <= words.length; i++) pairs.add(`${words[i - 1] ?? '^'} ${words[i] ?? '$'}`);
  return pairs;
}

/** Whether two contexts share a pair next to the slot: the fact has the same word on one side at least. */
export function sameNeighbour(a: Set<string>, b: Set<string>): boolean {
  for (const p of a) if (p.includes(SLOT) && b.has(p)) return true;
  return false;
}

/** Dice coefficient of two sets: 1 when equal, 0 when disjoint. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

const FNV_START = 0x811c9dc5;

/** FNV-1a (32 bits) of `s`, continuing from `state`: hash a shared prefix once, then each ending. */
export function fnv(s: string, state = FNV_START): number {
  let h = state;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A short stable hash (FNV-1a, 32 bits, hex) for keys. */
export const hash8 = (s: string, state = FNV_START): string => fnv(s, state).toString(16).padStart(8, '0');
