/**
 * A keystroke moves most of an article's mentions and changes nothing else about them: typing in
 * paragraph 12 shifts every mention after the cursor by one and leaves those before it alone. A
 * document pass that reads offsets only to order mentions and to compare them with each other gives,
 * for the moved list, its last result with the same move applied. This file tells such a move apart
 * from any other change, and applies it to a result.
 */

/** A move of a list of spans: offsets from `cut` on shift by `delta`, those before stay. */
export interface Move {
  cut: number;
  delta: number;
}

const OFFSETS = new Set(['start', 'end']);

/** Deep equality of plain data (strings, numbers, booleans, null, arrays and plain objects). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  return sameFields(a as Record<string, unknown>, b as Record<string, unknown>, null);
}

/** The same keys with equal values, the fields in `skip` (when given) aside. */
export function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, skip: Set<string> | null): boolean {
  let count = 0;
  for (const k in a) {
    count++;
    if (!(k in b)) return false;
    if (skip?.has(k)) continue;
    if (!samePlain(a[k], b[k])) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

/**
 * How `after` moved from `before`, when it is the same list in the same order, equal in everything
 * but offsets, and its spans moved as one keystroke moves them: each either stays or shifts by one
 * common amount, keeping its length, and every span that stays lies wholly before every span that
 * shifts, before and after the move (so no comparison between two offsets can come out otherwise).
 * Null for any other change.
 */
export function movedFrom<T extends { start: number; end: number }>(before: readonly T[], after: readonly T[]): Move | null {
  if (before.length !== after.length) return null;
  let delta = 0;
  let stayEnd = -Infinity;
  let shiftStart = Infinity;
  for (let i = 0; i < before.length; i++) {
    const a = before[i];
    const b = after[i];
    const d = b.start - a.start;
    if (b.end - a.end !== d) return null;
    if (d !== 0) {
      if (delta !== 0 && d !== delta) return null;
      delta = d;
      if (a.start < shiftStart) shiftStart = a.start;
    } else if (a.end > stayEnd) stayEnd = a.end;
    if (a !== b && !sameFields(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, OFFSETS)) return null;
  }
  if (delta === 0) return { cut: Infinity, delta: 0 };
  // Strictly apart on both sides of the move: a span that stays ends before any that shifts starts.
  if (!(stayEnd < shiftStart && stayEnd < shiftStart + delta)) return null;
  return { cut: shiftStart, delta };
}

/** An offset of the list before the moves, after them (in order). */
export function moveOffset(at: number, moves: readonly Move[]): number {
  for (const m of moves) if (at >= m.cut) at += m.delta;
  return at;
}

/**
 * A deep copy of plain data whose spans (objects with numeric `start` and `end`) are moved by each
 * move in turn. Every offset in `x` must be an offset of the list the first move was read from.
 */
export function moveAll<T>(x: T, moves: readonly Move[]): T {
  if (typeof x !== 'object' || x === null) return x;
  if (Array.isArray(x)) return x.map((v) => moveAll(v, moves)) as T;
  const out: Record<string, unknown> = {};
  const src = x as Record<string, unknown>;
  const span = moves.length > 0 && typeof src.start === 'number' && typeof src.end === 'number';
  for (const k in src) {
    const v = src[k];
    out[k] = span && OFFSETS.has(k) ? moveOffset(v as number, moves) : typeof v === 'object' ? moveAll(v, moves) : v;
  }
  return out as T;
}
