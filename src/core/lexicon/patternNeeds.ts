/**
 * What text a pattern built with `rx` can match at all: the words of a list, or a run of three or
 * more literal characters ("effective", "margin" of "margins?"), the pattern cannot match without.
 * `rx` makes a regex only once a text holds one of them (compiling is most of what a pattern costs
 * a command-line run, and most patterns never match an article).
 *
 * The answer must never be wrong in one direction: a text the regex could match must always hold one
 * of the words. A word list in the template counts only where every match passes through it: not
 * under ?, * or {0,…}, not in a negative lookaround, and, inside an alternation, only when every
 * alternative needs a list or a run (their words are then put together). A word counts by its longest
 * run without spaces (a phrase's spaces match any whitespace), and a list counts only when all its
 * words are plain ASCII or ’ ‘ (a run: ASCII or ’‘“”–—), which match only themselves in upper or
 * lower case: the text is lower-cased and searched, and a text with ſ or ı (which case-fold onto
 * s and i) always counts as holding the words.
 */
import type { WordList } from './wordList';

/** Lower-case words of which a text must hold one; null when the pattern needs no list. */
export type Needs = readonly string[] | null;

/** A list's words are searched one by one: a longer list is not worth it. */
const MAX_WORDS = 400;
/** Characters past ASCII that match only themselves under `i` and `iu` (no case). */
const LITERAL_EXTRA = '’‘“”–—';
/** Characters with a meaning of their own in a pattern. */
const SYNTAX = '.*+?^$' + '{}()|[]\\';
/** Characters an escape makes literal. */
const ESCAPED_LITERAL = SYNTAX + '/-';
/** Holes are marked in the source by private-use characters from here on. */
const HOLE = 0xe000;

/** The words a text must hold one of for the pattern `raw` with `holes` (as `rx` receives them) to match it. */
export function needs(raw: readonly string[], holes: readonly (WordList | string)[]): Needs {
  const lists: WordList[] = [];
  let src = '';
  for (let i = 0; i < raw.length; i++) {
    src += raw[i];
    if (i < holes.length) {
      const h = holes[i];
      if (typeof h !== 'string') {
        lists.push(h);
        continue;
      }
      src += h;
    }
  }
  // Private-use characters in the source itself would be taken for holes.
  for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) >= HOLE && src.charCodeAt(i) < HOLE + 0x1000) return null;
  if (lists.length > 0x1000) return null;
  src = '';
  let list = 0;
  for (let i = 0; i < raw.length; i++) {
    src += raw[i];
    if (i < holes.length) {
      const h = holes[i];
      src += typeof h === 'string' ? h : String.fromCharCode(HOLE + list++);
    }
  }
  try {
    const parser = new Parser(src, lists);
    const found = parser.disjunction();
    return parser.done() ? found : null;
  } catch {
    return null;
  }
}

let lastText: string | undefined;
let lastLower = '';
let lastAlways = false;

/** True when `text` holds one of `words` in any case (or a character that folds onto a letter it may stand for). */
export function holdsAny(text: string, words: readonly string[]): boolean {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
    lastAlways = lastLower.includes('ſ') || lastLower.includes('ı');
  }
  if (lastAlways) return true;
  for (const w of words) if (lastLower.includes(w)) return true;
  return false;
}

/** A list's words as searched: each word's longest run without spaces; null when a word has other characters. */
function listNeeds(list: WordList): Needs {
  if (list.words.size > MAX_WORDS) return null;
  const out: string[] = [];
  for (const w of list.words) {
    let best = '';
    for (const part of w.split(' ')) if (part.length > best.length) best = part;
    if (!best) return null;
    for (let i = 0; i < best.length; i++) {
      const c = best.charCodeAt(i);
      if ((c < 0x21 || c > 0x7e) && c !== 0x2019 && c !== 0x2018) return null;
      if (c >= 0x41 && c <= 0x5a) return null; // lists are lower case; an upper-case letter is not one of theirs
    }
    out.push(best);
  }
  return out.length ? out : null;
}

/** The fewer words to search, the better; then the longer the shortest. */
function better(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return a.length < b.length;
  return Math.min(...a.map((w) => w.length)) > Math.min(...b.map((w) => w.length));
}

/** A recursive-descent reading of the regex source, far enough to know which parts every match passes through. */
class Parser {
  private pos = 0;
  constructor(
    private readonly src: string,
    private readonly lists: readonly WordList[],
  ) {}

  done(): boolean {
    return this.pos === this.src.length;
  }

  /** Alternatives separated by |: a text must hold the words one of them needs. */
  disjunction(): Needs {
    const alts: Needs[] = [this.alternative()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.alternative());
    }
    if (alts.length === 1) return alts[0];
    const all: string[] = [];
    for (const a of alts) {
      if (!a) return null;
      all.push(...a);
    }
    return all;
  }

  /**
   * Terms in sequence: each term's needs hold; the best is kept. A run of literal characters (at
   * least three, none optional) is a need of its own: "effective", "margin" of "margins?".
   */
  private alternative(): Needs {
    let best: Needs = null;
    let run = '';
    const consider = (found: Needs) => {
      if (found && (!best || better(found, best))) best = found;
    };
    const flush = () => {
      if (run.length >= 3) consider([run.toLowerCase()]);
      run = '';
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const c = this.literal();
      if (c === undefined) {
        flush();
        consider(this.term());
        continue;
      }
      const q = this.quantifier();
      if (q === 'optional') flush();
      else {
        run += c;
        if (q === 'some') flush();
      }
    }
    flush();
    return best;
  }

  /** The next atom when it is one literal character that matches only itself in either case (consumed); else undefined. */
  private literal(): string | undefined {
    let c = this.src[this.pos];
    let width = 1;
    if (c === '\\') {
      c = this.src[this.pos + 1];
      if (c === undefined || !ESCAPED_LITERAL.includes(c)) return undefined;
      width = 2;
    } else if (SYNTAX.includes(c)) return undefined;
    const code = c.charCodeAt(0);
    if (!((code >= 0x20 && code <= 0x7e) || LITERAL_EXTRA.includes(c))) return undefined;
    this.pos += width;
    return c;
  }

  /** Reads the quantifier after an atom, if any: 'optional' when it allows none, 'some' for + and {n≥1,…}. */
  private quantifier(): 'none' | 'optional' | 'some' {
    const q = this.src[this.pos];
    let kind: 'none' | 'optional' | 'some' = 'none';
    if (q === '?' || q === '*') {
      kind = 'optional';
      this.pos++;
    } else if (q === '+') {
      kind = 'some';
      this.pos++;
    } else if (q === '{') {
      // Else a literal brace (only without the u flag), read as an atom next.
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (m) {
        kind = Number(m[1]) === 0 ? 'optional' : 'some';
        this.pos += m[0].length;
      }
    }
    if (kind !== 'none' && this.src[this.pos] === '?') this.pos++; // lazy
    return kind;
  }

  /** An atom and its quantifier: one that allows no repetition needs nothing. */
  private term(): Needs {
    const found = this.atom();
    return this.quantifier() === 'optional' ? null : found;
  }

  private atom(): Needs {
    const src = this.src;
    const c = src[this.pos++];
    const code = c.charCodeAt(0);
    if (code >= HOLE && code < HOLE + this.lists.length) return listNeeds(this.lists[code - HOLE]);
    if (c === '(') {
      let keep = true;
      if (src[this.pos] === '?') {
        const a = src[this.pos + 1];
        const b = src[this.pos + 2];
        if (a === ':' || a === '=') this.pos += 2;
        else if (a === '!') {
          this.pos += 2;
          keep = false;
        } else if (a === '<' && (b === '=' || b === '!')) {
          this.pos += 3;
          keep = b === '=';
        } else if (a === '<') {
          const close = src.indexOf('>', this.pos);
          if (close < 0) throw new Error('group name');
          this.pos = close + 1;
        } else throw new Error('group');
      }
      const inner = this.disjunction();
      if (src[this.pos] !== ')') throw new Error('group end');
      this.pos++;
      return keep ? inner : null;
    }
    if (c === '[') {
      while (this.pos < src.length && src[this.pos] !== ']') this.pos += src[this.pos] === '\\' ? 2 : 1;
      if (this.pos >= src.length) throw new Error('class end');
      this.pos++;
      return null;
    }
    if (c === '\\') {
      const e = src[this.pos++];
      if ((e === 'p' || e === 'P' || e === 'u' || e === 'k') && (src[this.pos] === '{' || src[this.pos] === '<')) {
        const close = src.indexOf(src[this.pos] === '{' ? '}' : '>', this.pos);
        if (close < 0) throw new Error('escape');
        this.pos = close + 1;
      } else if (e === 'u') this.pos += 4;
      else if (e === 'x') this.pos += 2;
      else if (e === 'c') this.pos += 1;
      else if (e >= '1' && e <= '9') while (src[this.pos] >= '0' && src[this.pos] <= '9') this.pos++;
      return null;
    }
    if (c === ')' || c === '|') throw new Error('unexpected');
    return null;
  }
}
