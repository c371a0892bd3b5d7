/** The beat's people (or organizations) by name key, each with the articles that name them; updated one article at a time. */
import { nameKey } from './names';
import type { DigestEntity } from './types';

export class EntityTable {
  readonly byKey = new Map<string, Map<string, DigestEntity[]>>();

  /** Files an article's entities; returns the keys new to the beat. */
  add(file: string, entities: readonly DigestEntity[]): string[] {
    const fresh: string[] = [];
    for (const e of entities) {
      const key = nameKey(e.name);
      let files = this.byKey.get(key);
      if (!files) {
        this.byKey.set(key, (files = new Map()));
        fresh.push(key);
      }
      const list = files.get(file);
      if (list) list.push(e);
      else files.set(file, [e]);
    }
    return fresh;
  }

  /** Takes an article's entities out; returns the keys no article uses any more. */
  remove(file: string, entities: readonly DigestEntity[]): string[] {
    const gone: string[] = [];
    for (const e of entities) {
      const key = nameKey(e.name);
      const files = this.byKey.get(key);
      if (!files?.delete(file) || files.size) continue;
      this.byKey.delete(key);
      gone.push(key);
    }
    return gone;
  }
}
