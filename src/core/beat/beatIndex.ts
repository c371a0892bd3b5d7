/**
 * The beat index: every article's digest, merged. `set` adds or replaces one article and `remove`
 * takes one out, touching only what that article contributed (its name keys, its spelling pairs,
 * its figure buckets); `snapshot()` then gathers the lists and flags, once per change. The
 * extension host uses `snapshotInSlices()`: the same work in steps of a few milliseconds, the
 * thread handed back between them, so a beat of thousands of articles never holds the editor.
 */
import { EntityTable } from './entityTable';
import { SpellingPairs } from './spellingPairs';
import { EntityCache } from './entityCache';
import { figureFlags, readingBucket, spellingFlag } from './flags';
import { nameKey } from './names';
import { runAtOnce, runInSlices, type SliceOptions } from './slices';
import type { ArticleDigest, BeatEntity, BeatFlag, BeatSnapshot, BeatTariff, DigestEntity, DigestReading } from './types';

export type EntityKind = 'person' | 'organization';

const KIND_ORDER = { spelling: 0, title: 1, figure: 2 } as const;
/** The order of names in the lists: the same as `localeCompare`, without building a collator per comparison. */
const byWords = new Intl.Collator().compare;
/** Flags in a fixed order (kind, subject, first place), whatever order the articles came in. */
const flagOrder = (a: BeatFlag, b: BeatFlag) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byWords(a.subject, b.subject) || byFile(a.places[0], b.places[0]) || byFile(a.places[1], b.places[1]);

const byFile = (a: { file: string; start?: number }, b: { file: string; start?: number }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.start ?? 0) - (b.start ?? 0));

/** A built index: the snapshot, and each name key's entity (for references from one article into the others). */
export interface BuiltBeat {
  snapshot: BeatSnapshot;
  entity(kind: EntityKind, name: string): BeatEntity | undefined;
}

export class BeatIndex {
  private readonly digests = new Map<string, ArticleDigest>();
  /** Each article's tariff rates as the snapshot lists them, made once when the article is set. */
  private readonly tariffs = new Map<string, BeatTariff[]>();
  /** The files in path order; undefined after an article comes or goes (not when one is replaced). */
  private sortedFiles: string[] | undefined;
  private readonly people = new EntityTable();
  private readonly organizations = new EntityTable();
  private readonly spellings = new SpellingPairs();
  private readonly readings = new Map<string, Map<string, DigestReading[]>>();
  private cached: BuiltBeat | undefined;
  /** What the last snapshot computed, kept until an article touching it changes: a save recomputes only its own names and figures. */
  private readonly entityCache = { person: new EntityCache(), organization: new EntityCache() };
  private readonly bucketFlags = new Map<string, BeatFlag[]>();
  private readonly dirtyBuckets = new Set<string>();
  /** Counts changes: a build in slices that sees it move starts over (from what the caches kept). */
  private version = 0;
  private inFlight: Promise<BuiltBeat | undefined> | undefined;

  get size(): number {
    return this.digests.size;
  }

  has(file: string): boolean {
    return this.digests.has(file);
  }

  files(): string[] {
    return [...this.digests.keys()];
  }

  /** Whether the last snapshot is still the index's (no article set or removed since). */
  get current(): boolean {
    return !!this.cached;
  }

  /** Adds an article, or replaces what the index had of it. */
  set(digest: ArticleDigest): void {
    if (!this.take(digest.file)) this.sortedFiles = undefined;
    this.digests.set(digest.file, digest);
    this.tariffs.set(digest.file, digest.tariffs.map((t): BeatTariff => ({ file: digest.file, ...t })).sort((a, b) => a.start - b.start));
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
    this.changed();
  }

  /** Takes an article out (deleted, renamed, no longer an article); false when the index did not have it. */
  remove(file: string): boolean {
    if (!this.take(file)) return false;
    this.sortedFiles = undefined;
    this.changed();
    return true;
  }

  /** The index as a snapshot, built at once (the command line; in the editor use snapshotInSlices). */
  snapshot(): BeatSnapshot {
    return this.build().snapshot;
  }

  /** The beat's entry for a person or organization named `name` in some article (for references in other articles). */
  entity(kind: EntityKind, name: string): BeatEntity | undefined {
    return this.build().entity(kind, name);
  }

  /**
   * The index built in slices of `budgetMs`, the thread handed back between them. An article set
   * or removed meanwhile starts the build over from what its caches kept, so what resolves is the
   * index as it is then; undefined when `cancelled` says stop. One build at a time: a second call
   * while one runs shares it.
   */
  snapshotInSlices(opts: SliceOptions): Promise<BuiltBeat | undefined> {
    if (this.cached) return Promise.resolve(this.cached);
    this.inFlight ??= (async () => {
      try {
        for (;;) {
          const version = this.version;
          const built = await runInSlices(this.steps(), { ...opts, cancelled: () => !!opts.cancelled?.() || this.version !== version });
          if (built || opts.cancelled?.()) return built;
        }
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }

  private build(): BuiltBeat {
    return this.cached ?? runAtOnce(this.steps());
  }

  private changed(): void {
    this.cached = undefined;
    this.version++;
  }

  /** Forgets what an article contributed; false when the index did not have it. */
  private take(file: string): boolean {
    const old = this.digests.get(file);
    if (!old) return false;
    this.digests.delete(file);
    this.tariffs.delete(file);
    this.touch(old);
    for (const key of this.people.remove(file, old.people)) this.spellings.remove(key);
    this.organizations.remove(file, old.organizations);
    for (const r of old.readings) {
      const bucket = readingBucket(r);
      const files = this.readings.get(bucket);
      if (files?.delete(file) && !files.size) this.readings.delete(bucket);
    }
    return true;
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

  /**
   * The build, step by step: it yields between entities, figure buckets and lists, and never
   * changes the index itself; what it caches is marked clean only by the step that finishes it.
   */
  private *steps(): Generator<void, BuiltBeat> {
    const people = yield* this.entityCache.person.entities(this.people, true);
    const organizations = yield* this.entityCache.organization.entities(this.organizations, false);
    const files = (this.sortedFiles ??= [...this.digests.keys()].sort());
    yield;
    const articles = files.map((file) => ({ file, words: this.digests.get(file)!.words }));
    const tariffs: BeatTariff[] = [];
    for (const file of files) for (const t of this.tariffs.get(file)!) tariffs.push(t);
    yield;
    const list = (m: Map<string, BeatEntity>) => [...new Set(m.values())].sort((a, b) => byWords(a.name, b.name));
    const lists = { people: list(people), organizations: list(organizations) };
    yield;
    const flags = yield* this.flags(people, lists.people);
    const snapshot: BeatSnapshot = { schema: 1, articles, people: lists.people, organizations: lists.organizations, tariffs, flags };
    const byKind = { person: people, organization: organizations };
    return (this.cached = { snapshot, entity: (kind, name) => byKind[kind].get(nameKey(name)) });
  }

  private *flags(byKey: Map<string, BeatEntity>, people: BeatEntity[]): Generator<void, BeatFlag[]> {
    const spelling = this.spellings
      .all()
      .filter(([a, b]) => byKey.get(a) !== byKey.get(b))
      .map(([a, b]) => [this.firstUse(a), this.firstUse(b)].sort(byFile))
      .map(([a, b]) => spellingFlag(a, b));
    const titles = people.map((p) => this.entityCache.person.titleFlag(p)).filter((f): f is BeatFlag => !!f);
    yield;
    for (const bucket of [...this.dirtyBuckets]) {
      const files = this.readings.get(bucket);
      if (files) this.bucketFlags.set(bucket, figureFlags(files));
      else this.bucketFlags.delete(bucket);
      this.dirtyBuckets.delete(bucket);
      yield;
    }
    const all = [...spelling, ...titles];
    for (const list of this.bucketFlags.values()) for (const f of list) all.push(f);
    return all.sort(flagOrder);
  }

  /** Where a name key is first used: the first article (by path) that uses it, its first mention. */
  private firstUse(key: string): { name: string; file: string; start: number; place: ArticleDigest['people'][number]['mentions'][number] } {
    let first: [string, DigestEntity[]] | undefined;
    for (const entry of this.people.byKey.get(key)!) if (!first || entry[0] < first[0]) first = entry;
    const [file, list] = first!;
    const place = list[0].mentions[0];
    return { name: list[0].name, file, start: place.start, place };
  }
}
