/**
 * What one keystroke (or paste, or undo) changed in a document, as one replaced stretch, and the
 * comparisons the document passes' per-item memos (./rateMemo.ts, …) make with it. An item whose
 * every read (its window of text and the facts it is handed) lies outside the stretch and is equal
 * to last time's, offsets moved by the same amount, reads the same as last time, moved.
 */

/** The text before `from` is the old text at the same offsets; from `to` on it is the old text from `to - delta` on. */
export interface TextEdit {
  from: number;
  to: number;
  delta: number;
}

const CHUNK = 512;

/** The one stretch in which `after` differs from `before` (the longest common start and end kept out of it). */
export function editBetween(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let from = 0;
  // A chunk at a time while the chunks agree (a string comparison is far quicker than a loop of characters), then character by character.
  while (from + CHUNK <= shorter && before.slice(from, from + CHUNK) === after.slice(from, from + CHUNK)) from += CHUNK;
  while (from < shorter && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tail = 0;
  while (tail + CHUNK <= shorter - from && before.slice(before.length - tail - CHUNK, before.length - tail) === after.slice(after.length - tail - CHUNK, after.length - tail)) tail += CHUNK;
  while (tail < shorter - from && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { from, to: after.length - tail, delta: after.length - before.length };
}

/**
 * How far a read of [start, end) (new offsets) moved since last time: 0 when it lies before the
 * edit, `delta` when it lies after it, null when it overlaps the edited stretch (or its edges:
 * a read that ends where the edit begins may have seen the end of the text, which moved).
 */
export function windowMove(edit: TextEdit, start: number, end: number): number | null {
  if (end < edit.from) return 0;
  if (start > edit.to) return edit.delta;
  return null;
}

const OFFSET_FIELDS = new Set(['start', 'end', 'sentenceStart']);

/**
 * Whether `now` is `then` with its offsets (start, end, sentenceStart) moved by `by` and every other
 * field equal: strings, numbers, booleans and null by value, arrays item by item (one level deep,
 * as a fact's `because` list), nested plain objects field by field.
 */
export function sameMoved(now: unknown, then: unknown, by: number): boolean {
  if (now === then && by === 0) return true;
  if (typeof now !== 'object' || typeof then !== 'object' || now === null || then === null) return now === then;
  if (Array.isArray(now) || Array.isArray(then)) {
    if (!Array.isArray(now) || !Array.isArray(then) || now.length !== then.length) return false;
    for (let i = 0; i < now.length; i++) if (!sameMoved(now[i], then[i], 0)) return false;
    return true;
  }
  const a = now as Record<string, unknown>;
  const b = then as Record<string, unknown>;
  let count = 0;
  for (const k in a) {
    count++;
    if (!(k in b)) return false;
    const x = a[k];
    const y = b[k];
    if (OFFSET_FIELDS.has(k) && typeof x === 'number' && typeof y === 'number') {
      if (x !== y + by) return false;
    } else if (x !== y && !sameMoved(x, y, 0)) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

/** A copy of a fact with its offsets moved by `by` (the same object when `by` is 0). */
export function movedBy<T extends { start: number; end: number; sentenceStart?: number }>(fact: T, by: number): T {
  if (by === 0) return fact;
  const out = { ...fact, start: fact.start + by, end: fact.end + by };
  if (typeof fact.sentenceStart === 'number') out.sentenceStart = fact.sentenceStart + by;
  return out;
}
