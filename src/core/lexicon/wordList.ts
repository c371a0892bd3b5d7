/**
 * How the lexicon keeps a list of words: once, as a Set for token look-ups and as a generated
 * regex pattern for the rules that read text around a match. Rules outside the lexicon never spell
 * a list of words themselves; they build their patterns from these with `rx`.
 */

export interface WordList {
  /** Lower-case words and phrases. */
  readonly words: ReadonlySet<string>;
  /** A non-capturing alternation of the words, longest first, escaped: "(?:steel|aluminum|…)". */
  readonly pattern: string;
  /** True when `word` (any case) is in the list. */
  has(word: string): boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One word of the alternation, escaped; a phrase's spaces match any run of whitespace. */
const alternative = (w: string): string => (w.includes(' ') ? escape(w).replace(/ +/g, '\\s+') : escape(w));

/** The list as copy writes it in names, each word capitalized ("Revenue Service", "Corp"): for case-sensitive patterns. */
export function capitalizedPattern(list: WordList): string {
  return `(?:${[...list.words].map((w) => alternative(w.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()))).join('|')})`;
}

/** Builds a list from words or "a|b|c" strings; phrases keep their spaces (matched as \s+). */
export function wordList(...entries: (string | readonly string[] | WordList)[]): WordList {
  const words = new Set<string>();
  for (const e of entries) {
    const items = typeof e === 'string' ? e.split('|') : 'words' in e ? [...(e as WordList).words] : e;
    for (const w of items) {
      const t = w.trim();
      if (t) words.add(t.toLowerCase());
    }
  }
  // The pattern is made when a rule first builds a regex from the list: many lists are only looked
  // up, and a command-line run should not sort and escape them all before reading its article.
  let pattern: string | undefined;
  return {
    words,
    get pattern() {
      return (pattern ??= `(?:${[...words].sort((a, b) => b.length - a.length).map(alternative).join('|')})`);
    },
    has: (w: string) => words.has(w.toLowerCase()),
  };
}

/**
 * A RegExp from a template whose holes are word lists (their pattern) or raw regex source:
 * rx('iu')`\b${GOODS}\s+from\b`. Backslashes in the template are kept as written.
 */
export function rx(flags = '') {
  return (strings: TemplateStringsArray, ...holes: (WordList | string)[]): RegExp => {
    let src = strings.raw[0];
    holes.forEach((h, i) => {
      src += (typeof h === 'string' ? h : h.pattern) + strings.raw[i + 1];
    });
    return new RegExp(src, flags);
  };
}
