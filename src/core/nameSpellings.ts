/**
 * A name spelled two ways in one article ("Scott Bessent" and "Mr. Besent"): two people whose
 * surnames differ by one letter (two in long names), typed twice, dropped or swapped, or by an
 * accent, while their given names agree or one is missing. Linking keeps them apart (they are
 * different strings); this is what an editor wants flagged before the story runs.
 */
import type { NameSpelling, Person } from './types';

export type { NameSpelling };


const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Edits (insert, delete, substitute, swap two neighbours) from a to b, stopping above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return Math.min(d[a.length][b.length], max + 1);
}

const parts = (name: string) => name.split(/\s+/).filter(Boolean);

/** Given names agree: the same, one missing, or one an initial of the other. */
function givenAgree(a: string[], b: string[]): boolean {
  const ga = a.slice(0, -1).map(fold);
  const gb = b.slice(0, -1).map(fold);
  if (!ga.length || !gb.length) return true;
  const x = ga[0].replace(/\.$/, '');
  const y = gb[0].replace(/\.$/, '');
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** Whether two surnames look like one name spelled two ways. */
export function spelledTwoWays(a: string, b: string): boolean {
  if (a === b) return false;
  const fa = fold(a);
  const fb = fold(b);
  // The same letters but for accents ("Muller", "Müller").
  if (fa === fb) return true;
  const shorter = Math.min(fa.length, fb.length);
  if (shorter < 5) return false;
  return editDistance(fa, fb, 2) <= (shorter >= 9 ? 2 : 1);
}

/** Whether two full names look like one name spelled two ways (the beat index compares names across articles with it). */
export function namesSpelledTwoWays(x: string, y: string): boolean {
  const a = parts(x);
  const b = parts(y);
  return !!a.length && !!b.length && givenAgree(a, b) && spelledTwoWays(a[a.length - 1], b[b.length - 1]);
}

/** Every pair of the article's people whose names look like one name spelled two ways. */
export function nameSpellings(people: Person[]): NameSpelling[] {
  const out: NameSpelling[] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      if (!namesSpelledTwoWays(people[i].name, people[j].name)) continue;
      const [first, second] = (people[i].mentions[0]?.start ?? 0) <= (people[j].mentions[0]?.start ?? 0) ? [people[i], people[j]] : [people[j], people[i]];
      out.push({
        id: `n${out.length + 1}`,
        people: [first.id, second.id],
        names: [first.name, second.name],
        message: `“${first.name}” and “${second.name}”: one name spelled two ways?`,
      });
    }
  }
  return out;
}
