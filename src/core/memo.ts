/** When a memo is full, drops its oldest half. */
function makeRoom(map: Map<unknown, unknown>, limit: number): void {
  if (map.size < limit) return;
  let drop = limit >> 1;
  for (const k of map.keys()) {
    if (drop-- <= 0) break;
    map.delete(k);
  }
}

/**
 * Remembers a pure function of a string (a paragraph, a name) so document-level passes, which run
 * on every keystroke, do not redo work for text that did not change. Bounded: when full, the
 * oldest half is dropped.
 */
export function memoize<T>(fn: (key: string) => T, limit = 5000): ((key: string) => T) & { readonly size: number } {
  const seen = new Map<string, T>();
  const remembered = (key: string): T => {
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      makeRoom(seen, limit);
      v = fn(key);
      seen.set(key, v);
    }
    return v as T;
  };
  // How many are kept (for tests of the bound).
  return Object.defineProperty(remembered, 'size', { get: () => seen.size }) as typeof remembered & { readonly size: number };
}

/**
 * Remembers a pure function of a text and a short detail about it (a rate's place in its sentence).
 * Keyed by the text itself rather than a key built from it: the sentences of an unchanged paragraph
 * are the same string objects at every keystroke, so V8 finds them without hashing or comparing
 * their characters again, where a built key is copied, hashed and compared in full each time.
 * Bounded by texts: when full, the oldest half is dropped.
 */
export class TextMemo<T> {
  private readonly byText = new Map<string, Map<string | number, T>>();
  constructor(private readonly limit = 5000) {}

  get(text: string, detail: string | number, make: () => T): T {
    const details = this.byText.get(text);
    if (details?.has(detail)) return details.get(detail) as T;
    const v = make();
    this.set(text, detail, v);
    return v;
  }

  /** What is remembered for the text and detail, if anything. */
  find(text: string, detail: string | number): T | undefined {
    return this.byText.get(text)?.get(detail);
  }

  set(text: string, detail: string | number, value: T): void {
    let details = this.byText.get(text);
    if (!details) {
      makeRoom(this.byText, this.limit);
      this.byText.set(text, (details = new Map()));
    }
    details.set(detail, value);
  }

  /** How many texts are kept (for tests of the bound). */
  get size(): number {
    return this.byText.size;
  }
}

/**
 * Like TextMemo, with the detail a short list of numbers and strings compared item by item: no key
 * string is built, hashed and compared at every keystroke. Keeps a few details per text (the latest
 * ones) and a bounded number of texts, the oldest half dropped when full.
 */
export class TupleMemo<T> {
  private readonly byText = new Map<string, Array<{ detail: ReadonlyArray<string | number>; value: T }>>();
  constructor(
    private readonly limit = 5000,
    private readonly perText = 8,
  ) {}

  find(text: string, detail: ReadonlyArray<string | number>): T | undefined {
    return this.findWhere(text, (d) => sameTuple(d, detail));
  }

  /** What is remembered for the text with a detail that `fits` (so a caller can compare without building the detail). */
  findWhere(text: string, fits: (detail: ReadonlyArray<string | number>) => boolean): T | undefined {
    const entries = this.byText.get(text);
    if (entries) for (const e of entries) if (fits(e.detail)) return e.value;
    return undefined;
  }

  set(text: string, detail: ReadonlyArray<string | number>, value: T): void {
    let entries = this.byText.get(text);
    if (!entries) {
      makeRoom(this.byText, this.limit);
      this.byText.set(text, (entries = []));
    }
    if (entries.length >= this.perText) entries.shift();
    entries.push({ detail, value });
  }

  /** How many texts are kept (for tests of the bound). */
  get size(): number {
    return this.byText.size;
  }
}

function sameTuple(a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
