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

export class EntityCache {
  private readonly built = new Map<string, { keys: string; entity: BeatEntity; flag: BeatFlag | undefined }>();
  private readonly dirty = new Set<string>();
  private readonly flags = new WeakMap<BeatEntity, BeatFlag | undefined>();

  touch(entities: readonly DigestEntity[]): void {
    for (const e of entities) this.dirty.add(nameKey(e.name));
  }

  /** Each name key → its beat entity (keys grouped under one entity share it). */
  entities(table: EntityTable, joinSurnames: boolean): Map<string, BeatEntity> {
    const groups = new Map<string, string[]>();
    for (const [key, shown] of groupKeys(table.byKey.keys(), joinSurnames)) groups.set(shown, [...(groups.get(shown) ?? []), key]);
    const out = new Map<string, BeatEntity>();
    for (const [shown, list] of groups) {
      const keys = list.sort().join('\n');
      let entry = this.built.get(shown);
      if (!entry || entry.keys !== keys || list.some((k) => this.dirty.has(k))) {
        const entity = beatEntity(list.map((k) => table.byKey.get(k)!));
        entry = { keys, entity, flag: titleFlag(entity) };
        this.built.set(shown, entry);
        this.flags.set(entity, entry.flag);
      }
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
