/**
 * Which names of the beat look like one name spelled two ways, kept up to date one name at a time:
 * a name new to the beat is compared with the names already there (only those whose surnames are
 * within two letters of its length), and a name gone from the beat takes its pairs with it. So
 * adding an article costs its new names, never a comparison of every name with every other.
 */
import { namesSpelledTwoWays } from '../nameSpellings';
import { surnameOf } from './names';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export class SpellingPairs {
  private readonly names = new Map<string, { name: string; length: number }>();
  private readonly byLength = new Map<number, Set<string>>();
  private readonly pairs = new Map<string, Set<string>>();

  /** A name new to the beat, under its key. */
  add(key: string, name: string): void {
    if (this.names.has(key)) return;
    const length = fold(surnameOf(name)).length;
    for (let l = length - 2; l <= length + 2; l++) {
      for (const other of this.byLength.get(l) ?? []) {
        if (namesSpelledTwoWays(name, this.names.get(other)!.name)) {
          this.link(key, other);
          this.link(other, key);
        }
      }
    }
    this.names.set(key, { name, length });
    let bucket = this.byLength.get(length);
    if (!bucket) this.byLength.set(length, (bucket = new Set()));
    bucket.add(key);
  }

  /** A name no article of the beat uses any more. */
  remove(key: string): void {
    const known = this.names.get(key);
    if (!known) return;
    this.names.delete(key);
    this.byLength.get(known.length)?.delete(key);
    for (const other of this.pairs.get(key) ?? []) this.pairs.get(other)?.delete(key);
    this.pairs.delete(key);
  }

  /** Every pair once, as keys. */
  all(): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const [a, others] of this.pairs) for (const b of others) if (a < b) out.push([a, b]);
    return out;
  }

  private link(a: string, b: string): void {
    let set = this.pairs.get(a);
    if (!set) this.pairs.set(a, (set = new Set()));
    set.add(b);
  }
}
