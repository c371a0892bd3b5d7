/**
 * A name spelled two ways in one article ("Scott Bessent" and "Mr. Besent"): two people whose
 * surnames differ by one letter (two in long names), typed twice, dropped or swapped, or by an
 * accent, while their given names agree or one is missing. Linking keeps them apart (they are
 * different strings); this is what an editor wants flagged before the story runs.
 */
import type { NameSpelling, Person } from './types';
import { memoize } from './memo';

export type { NameSpelling };


const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Rows of the edit table, reused: surnames of changed names are compared at every keystroke that changes one. */
let rows = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];

/**
 * Edits (insert, delete, substitute, swap two neighbours) from a to b, stopping above `max`. The
 * table is kept three rows at a time (a swap reads two rows back), in rows made once: the table
 * made as arrays was about 45 KB of the 3 MB a keystroke allocates in the bench's article.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length < b.length + 1) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  // Rows i - 2, i - 1 and i of the table, turned round as i grows.
  let back2 = rows[0];
  let back1 = rows[1];
  let row = rows[2];
  for (let j = 0; j <= b.length; j++) back1[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(back1[j] + 1, row[j - 1] + 1, back1[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], back2[j - 2] + 1);
    }
    const free = back2;
    back2 = back1;
    back1 = row;
    row = free;
  }
  return Math.min(back1[b.length], max + 1);
}

const parts = (name: string) => name.split(/\s+/).filter(Boolean);

/** A person's name read once: folded given names (first one, without its full stop) and surname. */
interface NameParts {
  given: string | undefined;
  surname: string;
  folded: string;
}

function nameParts(name: string): NameParts | undefined {
  const p = parts(name);
  if (!p.length) return undefined;
  const surname = p[p.length - 1];
  return { given: p.length > 1 ? fold(p[0]).replace(/\.$/, '') : undefined, surname, folded: fold(surname) };
}

/** Given names agree: the same, one missing, or one an initial of the other. */
function givenAgree(x: string | undefined, y: string | undefined): boolean {
  if (x === undefined || y === undefined) return true;
  return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/** Whether two surnames look like one name spelled two ways. */
export function spelledTwoWays(a: string, b: string): boolean {
  return a !== b && foldedTwoWays(fold(a), fold(b));
}

function foldedTwoWays(fa: string, fb: string): boolean {
  // The same letters but for accents ("Muller", "Müller").
  if (fa === fb) return true;
  const shorter = Math.min(fa.length, fb.length);
  if (shorter < 5) return false;
  return editDistance(fa, fb, 2) <= (shorter >= 9 ? 2 : 1);
}

/** Whether two full names look like one name spelled two ways (the beat index compares names across articles with it). */
export function namesSpelledTwoWays(x: string, y: string): boolean {
  const a = nameParts(x);
  const b = nameParts(y);
  return !!a && !!b && a.surname !== b.surname && givenAgree(a.given, b.given) && foldedTwoWays(a.folded, b.folded);
}

/**
 * The pairs (indices into the list) of names that look like one name spelled two ways. Names are
 * read once, and only surnames within two letters of each other's length are compared (sorted by
 * length). Remembered by the list of names, which typing rarely changes.
 */
const pairsByName = memoize((key: string): ReadonlyArray<readonly [number, number]> => {
  const names = JSON.parse(key) as string[];
  const read = names.flatMap((name, i) => {
    const n = nameParts(name);
    return n ? [{ i, ...n }] : [];
  });
  const byLength = [...read].sort((x, y) => x.folded.length - y.folded.length);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < byLength.length; i++) {
    for (let j = i + 1; j < byLength.length && byLength[j].folded.length - byLength[i].folded.length <= 2; j++) {
      const [a, b] = [byLength[i], byLength[j]];
      if (a.surname === b.surname || !givenAgree(a.given, b.given) || !foldedTwoWays(a.folded, b.folded)) continue;
      pairs.push([a.i, b.i]);
    }
  }
  return pairs;
}, 64);

/** The last list of names asked about and its pairs: at a keystroke the names are most often the same strings, compared without building the memo's key. */
let lastNames: { names: readonly string[]; pairs: ReadonlyArray<readonly [number, number]> } | null = null;

function pairsOf(people: readonly Person[]): ReadonlyArray<readonly [number, number]> {
  const last = lastNames;
  if (last && last.names.length === people.length && people.every((p, i) => p.name === last.names[i])) return last.pairs;
  const names = people.map((p) => p.name);
  const pairs = pairsByName(JSON.stringify(names));
  lastNames = { names, pairs };
  return pairs;
}

/**
 * Every pair of the article's people whose names look like one name spelled two ways. Names are
 * read once, and only surnames within two letters of each other's length are compared (sorted by
 * length), so a long article with many people stays cheap on every keystroke.
 */
export function nameSpellings(people: Person[]): NameSpelling[] {
  const found = pairsOf(people);
  if (!found.length) return [];
  const index = new Map(people.map((p, i) => [p, i]));
  const pairs: Array<[Person, Person]> = [];
  for (const [i, j] of found) {
    const first = (p: Person) => p.mentions[0]?.start ?? 0;
    // In the order the article names them; people in list order break ties, as before.
    const [x, y] = i < j ? [people[i], people[j]] : [people[j], people[i]];
    pairs.push(first(x) <= first(y) ? [x, y] : [y, x]);
  }
  // The order of the pairs is the order of the people list, as a reader goes through it.
  const rank = (pair: [Person, Person]) => Math.min(index.get(pair[0])!, index.get(pair[1])!) * people.length + Math.max(index.get(pair[0])!, index.get(pair[1])!);
  return pairs
    .sort((p, q) => rank(p) - rank(q))
    .map(([first, second], k) => ({
      id: `n${k + 1}`,
      people: [first.id, second.id],
      names: [first.name, second.name],
      message: `“${first.name}” and “${second.name}”: one name spelled two ways?`,
    }));
}
