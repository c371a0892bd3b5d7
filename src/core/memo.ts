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
      if (seen.size >= limit) {
        let drop = limit >> 1;
        for (const k of seen.keys()) {
          if (drop-- <= 0) break;
          seen.delete(k);
        }
      }
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
      if (this.byText.size >= this.limit) {
        let drop = this.limit >> 1;
        for (const k of this.byText.keys()) {
          if (drop-- <= 0) break;
          this.byText.delete(k);
        }
      }
      this.byText.set(text, (details = new Map()));
    }
    details.set(detail, value);
  }

  /** How many texts are kept (for tests of the bound). */
  get size(): number {
    return this.byText.size;
  }
}
