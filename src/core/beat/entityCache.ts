/**
 * The beat's entities (and title flags) as last built, rebuilt only for the name keys an added,
 * replaced or removed article touched, or whose grouping changed (a lone surname joining or
 * leaving a full name). A save thus rebuilds a handful of people, not the whole beat.
 */
import { beatEntity, groupKeys } from './beatEntities';
import { titleFlag } from './flags';
import { nameKey } from './names';
import type { EntityTable } from './entityTable';
import type { BeatEntity, BeatFlag, DigestEntity } from './types';

/** Entities looked up unchanged between two yields. */
const KEPT_PER_STEP = 500;

export class EntityCache {
  private readonly built = new Map<string, { keys: string; entity: BeatEntity; flag: BeatFlag | undefined }>();
  private readonly dirty = new Set<string>();
  private readonly flags = new WeakMap<BeatEntity, BeatFlag | undefined>();

  touch(entities: readonly DigestEntity[]): void {
    for (const e of entities) this.dirty.add(nameKey(e.name));
  }

  /**
   * Each name key → its beat entity (keys grouped under one entity share it). A generator that
   * yields after each entity it rebuilds (and every few hundred it keeps), so the caller can hand
   * the thread back between them; nothing is marked clean until it has run to its end.
   */
  *entities(table: EntityTable, joinSurnames: boolean): Generator<void, Map<string, BeatEntity>> {
    const groups = new Map<string, string[]>();
    for (const [key, shown] of groupKeys(table.byKey.keys(), joinSurnames)) {
      const list = groups.get(shown);
      if (list) list.push(key);
      else groups.set(shown, [key]);
    }
    yield;
    const out = new Map<string, BeatEntity>();
    let kept = 0;
    for (const [shown, list] of groups) {
      const keys = list.length === 1 ? list[0] : list.sort().join('\n');
      let entry = this.built.get(shown);
      if (!entry || entry.keys !== keys || list.some((k) => this.dirty.has(k))) {
        const entity = yield* beatEntity(list.map((k) => table.byKey.get(k)!));
        entry = { keys, entity, flag: titleFlag(entity) };
        this.built.set(shown, entry);
        this.flags.set(entity, entry.flag);
        yield;
      } else if (++kept % KEPT_PER_STEP === 0) yield;
      for (const k of list) out.set(k, entry.entity);
    }
    for (const shown of [...this.built.keys()]) if (!groups.has(shown)) this.built.delete(shown);
    this.dirty.clear();
    return out;
  }

  /** The title flag of an entity this cache built. */
  titleFlag(entity: BeatEntity): BeatFlag | undefined {
    return this.flags.get(entity);
  }
}
