/**
 * The facts `analyze` hands out are numbered copies of the facts the passes read (`f12`, `t3`). At a
 * keystroke most of them are the very objects they were last time (a paragraph before the edit
 * keeps its placed facts, a rate whose reading is reused is last time's): those at the same place in
 * the list keep last time's copy instead of being copied again. Output objects are read, never
 * changed, by everything after `analyze`. One per document and kind of fact.
 */
export class Numbered<I, O> {
  private from: readonly I[] = [];
  private made: readonly O[] = [];

  /** `items.map(make)`, with last time's copy where the item and its place are last time's. */
  list(items: readonly I[], make: (item: I, i: number) => O): O[] {
    const out = new Array<O>(items.length);
    const from = this.from;
    for (let i = 0; i < items.length; i++) out[i] = items[i] === from[i] ? this.made[i] : make(items[i], i);
    this.from = items;
    this.made = out;
    return out;
  }
}
