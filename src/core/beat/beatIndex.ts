/**
 * The beat index: every article's digest, merged. `set` adds or replaces one article and `remove`
 * takes one out, touching only what that article contributed (its name keys, its spelling pairs,
 * its figure buckets); `snapshot()` then gathers the lists and flags, once per change.
 */
import { EntityTable } from './entityTable';
import { SpellingPairs } from './spellingPairs';
import { EntityCache } from './entityCache';
import { figureFlags, readingBucket, spellingFlag } from './flags';
import { nameKey } from './names';
import type { ArticleDigest, BeatEntity, BeatFlag, BeatSnapshot, BeatTariff, DigestReading } from './types';

export type EntityKind = 'person' | 'organization';

const KIND_ORDER = { spelling: 0, title: 1, figure: 2 } as const;
/** Flags in a fixed order (kind, subject, first place), whatever order the articles came in. */
const flagOrder = (a: BeatFlag, b: BeatFlag) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.subject.localeCompare(b.subject) || byFile(a.places[0], b.places[0]) || byFile(a.places[1], b.places[1]);

const byFile = (a: { file: string; start?: number }, b: { file: string; start?: number }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.start ?? 0) - (b.start ?? 0));

export class BeatIndex {
  private readonly digests = new Map<string, ArticleDigest>();
  private readonly people = new EntityTable();
  private readonly organizations = new EntityTable();
  private readonly spellings = new SpellingPairs();
  private readonly readings = new Map<string, Map<string, DigestReading[]>>();
  private cached?: { snapshot: BeatSnapshot; people: Map<string, BeatEntity>; organizations: Map<string, BeatEntity> };
  /** What the last snapshot computed, kept until an article touching it changes: a save recomputes only its own names and figures. */
  private readonly entityCache = { person: new EntityCache(), organization: new EntityCache() };
  private readonly bucketFlags = new Map<string, BeatFlag[]>();
  private readonly dirtyBuckets = new Set<string>();

  get size(): number {
    return this.digests.size;
  }

  has(file: string): boolean {
    return this.digests.has(file);
  }

  files(): string[] {
    return [...this.digests.keys()];
  }

  /** Adds an article, or replaces what the index had of it. */
  set(digest: ArticleDigest): void {
    this.remove(digest.file);
    this.digests.set(digest.file, digest);
    for (const key of this.people.add(digest.file, digest.people)) this.spellings.add(key, this.nameOf(key));
    this.organizations.add(digest.file, digest.organizations);
    this.touch(digest);
    for (const r of digest.readings) {
      const bucket = readingBucket(r);
      let files = this.readings.get(bucket);
      if (!files) this.readings.set(bucket, (files = new Map()));
      const mine = files.get(digest.file);
      if (mine) mine.push(r);
      else files.set(digest.file, [r]);
    }
    this.cached = undefined;
  }

  /** Takes an article out (deleted, renamed, no longer an article); false when the index did not have it. */
  remove(file: string): boolean {
    const old = this.digests.get(file);
    if (!old) return false;
    this.digests.delete(file);
    this.touch(old);
    for (const key of this.people.remove(file, old.people)) this.spellings.remove(key);
    this.organizations.remove(file, old.organizations);
    for (const r of old.readings) {
      const bucket = readingBucket(r);
      const files = this.readings.get(bucket);
      if (files?.delete(file) && !files.size) this.readings.delete(bucket);
    }
    this.cached = undefined;
    return true;
  }

  snapshot(): BeatSnapshot {
    return this.build().snapshot;
  }

  /** The beat's entry for a person or organization named `name` in some article (for references in other articles). */
  entity(kind: EntityKind, name: string): BeatEntity | undefined {
    const built = this.build();
    return (kind === 'person' ? built.people : built.organizations).get(nameKey(name));
  }

  /** Marks what an article contributes as changed: its name keys and its figure buckets. */
  private touch(digest: ArticleDigest): void {
    this.entityCache.person.touch(digest.people);
    this.entityCache.organization.touch(digest.organizations);
    for (const r of digest.readings) this.dirtyBuckets.add(readingBucket(r));
  }

  private nameOf(key: string): string {
    const files = this.people.byKey.get(key);
    const first = files?.values().next().value;
    return first?.[0]?.name ?? key;
  }

  private build(): NonNullable<BeatIndex['cached']> {
    if (this.cached) return this.cached;
    const people = this.entityCache.person.entities(this.people, true);
    const organizations = this.entityCache.organization.entities(this.organizations, false);
    const list = (m: Map<string, BeatEntity>) => [...new Set(m.values())].sort((a, b) => a.name.localeCompare(b.name));
    const snapshot: BeatSnapshot = {
      schema: 1,
      articles: [...this.digests.values()].map((d) => ({ file: d.file, words: d.words })).sort(byFile),
      people: list(people),
      organizations: list(organizations),
      tariffs: [...this.digests.values()].flatMap((d) => d.tariffs.map((t): BeatTariff => ({ file: d.file, ...t }))).sort(byFile),
      flags: this.flags(people),
    };
    return (this.cached = { snapshot, people, organizations });
  }

  private flags(people: Map<string, BeatEntity>): BeatFlag[] {
    const spelling = this.spellings
      .all()
      .filter(([a, b]) => people.get(a) !== people.get(b))
      .map(([a, b]) => [this.firstUse(a), this.firstUse(b)].sort(byFile))
      .map(([a, b]) => spellingFlag(a, b));
    const titles = [...new Set(people.values())].map((p) => this.entityCache.person.titleFlag(p)).filter((f): f is BeatFlag => !!f);
    for (const bucket of this.dirtyBuckets) {
      const files = this.readings.get(bucket);
      if (files) this.bucketFlags.set(bucket, figureFlags(files));
      else this.bucketFlags.delete(bucket);
    }
    this.dirtyBuckets.clear();
    const figures = [...this.bucketFlags.values()].flat();
    return [...spelling, ...titles, ...figures].sort(flagOrder);
  }

  /** Where a name key is first used: the first article (by path) that uses it, its first mention. */
  private firstUse(key: string): { name: string; file: string; start: number; place: ArticleDigest['people'][number]['mentions'][number] } {
    const [file, list] = [...this.people.byKey.get(key)!].sort(([a], [b]) => (a < b ? -1 : 1))[0];
    const place = list[0].mentions[0];
    return { name: list[0].name, file, start: place.start, place };
  }
}
