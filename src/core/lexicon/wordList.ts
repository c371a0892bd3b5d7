/**
 * How the lexicon keeps a list of words: once, as a Set for token look-ups and as a generated
 * regex pattern for the rules that read text around a match. Rules outside the lexicon never spell
 * a list of words themselves; they build their patterns from these with `rx`.
 */

import { holdsAny, needs, type Needs } from './patternNeeds';

export interface WordList {
  /** Lower-case words and phrases. */
  readonly words: ReadonlySet<string>;
  /** A non-capturing alternation of the words, longest first, escaped: "(?:steel|aluminum|…)". */
  readonly pattern: string;
  /** True when `word` (any case) is in the list. */
  has(word: string): boolean;
}

/** A string as a pattern that matches it literally. */
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
 *
 * The regex is made when it is first used, and not before the text it is used on could match: most
 * rules keep their patterns in module constants, and a command-line run loads every rule module,
 * but an article gives most rules nothing to read. Made at load, a third of these patterns were
 * parsed by every run and never used (each \p{L} a look-up in ICU); compiled on their first use, two
 * thirds of those a run compiled never matched anything. A pattern that needs one of a list's words
 * (`needs`) is not made while the text it is asked about holds none of them: exec, test, match,
 * matchAll and replace then answer as the regex would, no match (a global or sticky one's lastIndex
 * set back to 0 where a failed match sets it). The object
 * stands in for the RegExp wherever one is used (exec, test, lastIndex, source, flags, and String's
 * replace, match, matchAll, split and search), each call going to the one RegExp it makes.
 */
export function rx(flags = '') {
  return (strings: TemplateStringsArray, ...holes: (WordList | string)[]): RegExp => new LazyRegExp(strings, holes, flags) as unknown as RegExp;
}

// Set `globalThis.__tradeFactsPatterns = []` before the lexicon loads and every pattern is kept there,
// so a test can build them all: a pattern made on first use would otherwise show a typo only when a text first needs it.
const recorded = (globalThis as { __tradeFactsPatterns?: unknown[] }).__tradeFactsPatterns;

/** How many texts a pattern not yet made remembers as holding none of its words. */
const MISSES = 256;

/** A RegExp made on first use, and only once a text could match it (see `rx`). */
class LazyRegExp {
  private made: RegExp | undefined;
  private text: string | undefined;
  /** Words of which a text must hold one (lower case) for the regex to match it; null: none known. Undefined until first asked. */
  private needed: Needs | undefined;
  /** Texts lately found to hold none of the needed words (at most MISSES). */
  private misses: Set<string> | undefined;
  /** lastIndex while the regex is not made. */
  private index = 0;
  /** As RegExp's flags: in their canonical (alphabetical) order. */
  readonly flags: string;
  constructor(
    private readonly strings: TemplateStringsArray,
    private readonly holes: (WordList | string)[],
    flags: string,
  ) {
    this.flags = [...flags].sort().join('');
    recorded?.push(this);
  }
  /** The template with its holes filled: a list's pattern is made only when a regex that holds it is. */
  private get pattern(): string {
    if (this.text === undefined) {
      let src = this.strings.raw[0];
      for (let i = 0; i < this.holes.length; i++) {
        const h = this.holes[i];
        src += (typeof h === 'string' ? h : h.pattern) + this.strings.raw[i + 1];
      }
      this.text = src;
    }
    return this.text;
  }
  private get re(): RegExp {
    if (!this.made) {
      this.made = new RegExp(this.pattern, this.flags);
      this.made.lastIndex = this.index;
    }
    return this.made;
  }
  /**
   * True when `s` cannot hold a match: the regex is not made, and answers no match. `failed` sets
   * lastIndex as a failed exec, match or replace does (to 0 for a global or sticky regex); matchAll
   * leaves it.
   */
  private cannotMatch(s: string, failed = true): boolean {
    if (this.made) return false;
    if (this.needed === undefined) this.needed = needs(this.strings.raw, this.holes);
    if (!this.needed) return false;
    const text = String(s);
    if (!this.misses?.has(text)) {
      if (holdsAny(text, this.needed)) return false;
      // Typing asks the same paragraphs again at every keystroke: a text known to hold none of the
      // words is looked up instead of searched for each of them again.
      if ((this.misses ??= new Set()).size >= MISSES) this.misses.clear();
      this.misses.add(text);
    }
    if (failed && (this.flags.includes('g') || this.flags.includes('y'))) this.index = 0;
    return true;
  }
  /** As RegExp's source, which escapes a slash or line break; the template's text otherwise, without making the regex. */
  get source(): string {
    const text = this.pattern;
    return !text || /[/\n\r\u2028\u2029]/.test(text) ? this.re.source : text;
  }
  get lastIndex(): number {
    return this.made ? this.made.lastIndex : this.index;
  }
  set lastIndex(i: number) {
    if (this.made) this.made.lastIndex = i;
    else this.index = i;
  }
  get global(): boolean {
    return this.flags.includes('g');
  }
  get ignoreCase(): boolean {
    return this.flags.includes('i');
  }
  get multiline(): boolean {
    return this.flags.includes('m');
  }
  get dotAll(): boolean {
    return this.flags.includes('s');
  }
  get unicode(): boolean {
    return this.flags.includes('u');
  }
  get sticky(): boolean {
    return this.flags.includes('y');
  }
  get hasIndices(): boolean {
    return this.flags.includes('d');
  }
  exec(s: string): RegExpExecArray | null {
    return this.cannotMatch(s) ? null : this.re.exec(s);
  }
  test(s: string): boolean {
    return this.cannotMatch(s) ? false : this.re.test(s);
  }
  toString(): string {
    return this.re.toString();
  }
  [Symbol.match](s: string): RegExpMatchArray | null {
    return this.cannotMatch(s) ? null : this.re[Symbol.match](s);
  }
  [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray> {
    return this.cannotMatch(s, false) ? ([] as RegExpMatchArray[]).values() : this.re[Symbol.matchAll](s);
  }
  [Symbol.replace](s: string, r: unknown): string {
    return this.cannotMatch(s) ? String(s) : this.re[Symbol.replace](s, r as string);
  }
  [Symbol.search](s: string): number {
    return this.re[Symbol.search](s);
  }
  [Symbol.split](s: string, limit?: number): string[] {
    return this.re[Symbol.split](s, limit);
  }
}
