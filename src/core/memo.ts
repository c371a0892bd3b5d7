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
