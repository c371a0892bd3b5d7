/**
 * Countries and blocs as trade reporting names them: full names, short forms ("U.S.", "EU"),
 * capitals standing for governments ("Beijing", "Ottawa"), demonyms ("Chinese") and the
 * agencies and leaders whose actions are a country's ("the Commerce Department", "Trump").
 * The words are in lexicon/countries.ts (every ISO country) and lexicon/governmentActors.ts.
 */
import { escape } from './lexicon/wordList';
import { CONGRESS_COUNTRIES, SHARED_BODY_NAMES } from './lexicon/governmentActors';
import { AGENCY_NAME_TAILS, SHARED_NAMES, COUNTRY_FORMS, CUSTOMS_UNION_NAMES, DEMONYMS, NAME_HEADS, PLACE_PREFIXES } from './lexicon/countries';
import { memoize } from './memo';
import { GOVERNMENT_ACTORS, GOVERNMENT_PEOPLE } from './lexicon/governmentActors';

/** Blocs that charge one tariff for all their members ("the common external tariff"). */
export const CUSTOMS_UNIONS = new Set(CUSTOMS_UNION_NAMES);

/** Lower-cased form → canonical country, over every table. */
const BY_FORM = new Map<string, string>();
for (const [canon, forms] of COUNTRY_FORMS) for (const f of forms) BY_FORM.set(f.toLowerCase(), canon);
const BY_DEMONYM = new Map<string, string>();
for (const [d, canon] of DEMONYMS) BY_DEMONYM.set(d.toLowerCase(), canon);
const BY_ACTOR = new Map<string, string>();
for (const table of [GOVERNMENT_ACTORS, GOVERNMENT_PEOPLE]) for (const [canon, forms] of Object.entries(table)) for (const f of forms) BY_ACTOR.set(f.toLowerCase(), canon);

const clean = (s: string): string =>
  s
    .trim()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ');

/** "U.S." / "the United States" / "Washington" → "United States"; "" when the text names no country or bloc. */
export function normalizeCountry(text: string): string {
  const t = clean(text).toLowerCase();
  return BY_FORM.get(t) ?? BY_FORM.get(t.replace(/\.$/, '')) ?? '';
}

/** "Chinese" → "China", "U.S." → "United States"; "" when not a demonym. */
export function countryOfDemonym(text: string): string {
  return BY_DEMONYM.get(clean(text).toLowerCase()) ?? '';
}

/** A country name, capital, demonym, agency or leader → the country or bloc it stands for; "" if none. */
export function countryOfActor(text: string): string {
  const t = clean(text).toLowerCase();
  return BY_FORM.get(t) ?? BY_DEMONYM.get(t) ?? BY_ACTOR.get(t) ?? BY_ACTOR.get(t.replace(/^(?:the\s+)?(?:u\.s\.|us)\s+/, '')) ?? '';
}

/** A country, capital or demonym (not an agency or leader): what a tariff's target can name as origin. */
export function countryOfPlace(text: string): string {
  const t = clean(text).toLowerCase();
  return BY_FORM.get(t) ?? BY_DEMONYM.get(t) ?? '';
}

/** An agency, official, leader or trade law ("Commerce Department", "Section 232"), not a place or people. */
export function isGovernmentActor(text: string): boolean {
  const t = clean(text).toLowerCase();
  return !BY_FORM.has(t) && !BY_DEMONYM.has(t) && countryOfActor(text) !== '';
}

const BY_LEADER = new Map<string, string>();
for (const [canon, forms] of Object.entries(GOVERNMENT_PEOPLE)) for (const f of forms) BY_LEADER.set(f, canon);

/** A leader or trade chief as the article writes the name ("Trump", "Ebrard", "Xi Jinping") → their country; "" if none. A person, not an office. */
export function leaderCountry(name: string): string {
  return BY_LEADER.get(clean(name)) ?? '';
}

/** A place in a text where a country or bloc (or its agency, capital, leader or demonym) is named. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  country: string;
}


/** A node's children by code point; `rest` holds the words' remaining parts until `grown` sorts them. */
type TrieNode = Map<string, TrieNode> & { end?: boolean; rest?: string[] };

/**
 * A node with its children made: a run reads a few paths of the trie's ~8,000 nodes, so each is
 * made on the first visit rather than all at start-up (which cost every command-line run ~10 ms).
 */
function grown(n: TrieNode): TrieNode {
  const rest = n.rest;
  if (!rest) return n;
  n.rest = undefined;
  for (const w of rest) {
    if (!w) {
      n.end = true;
      continue;
    }
    const ch = String.fromCodePoint(w.codePointAt(0)!);
    let child = n.get(ch);
    if (!child) n.set(ch, (child = Object.assign(new Map(), { rest: [] as string[] })));
    child.rest!.push(w.slice(ch.length));
  }
  return n;
}

/** A trie of `words` by code point; a space stands for any run of whitespace. */
function trieOf(words: readonly string[]): TrieNode {
  return grown(Object.assign(new Map(), { rest: [...words] }));
}

/**
 * The same trie as one regex source ("Guinea(?:-Bissau(?:an)?)?"): longer continuations first, a
 * space as `\s+`. Not used to search (V8 takes ~50 ms to compile it, paid by every command-line
 * run); it is the specification `scanActors` is tested against.
 */
export function actorPatternSource(): string {
  const emit = (n: TrieNode): string => {
    const alts = [...grown(n).entries()].map(([ch, child]) => (ch === ' ' ? '\\s+' : escape(ch)) + emit(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return `(?<![\\p{L}\\p{N}.])${emit(ACTOR_TRIE)}(?:['’]s)?(?![\\p{L}\\p{N}])`;
}

// Every form but "the …" ones (those only normalize a phrase already found).
export const ACTOR_FORMS: readonly string[] = [...new Set([...[...COUNTRY_FORMS.values()].flat(), ...DEMONYMS.keys(), ...Object.values(GOVERNMENT_ACTORS).flat(), ...Object.values(GOVERNMENT_PEOPLE).flat()])].filter(
  (f) => !/^the /.test(f),
);
const ACTOR_TRIE = trieOf(ACTOR_FORMS);
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** The first code unit of every form: most positions of a text start none. */
const FIRST_UNITS = new Uint8Array(0x10000);
for (const ch of ACTOR_TRIE.keys()) FIRST_UNITS[ch.charCodeAt(0)] = 1;

/** Is the code point `ch` ("" at either end of the text) a letter or digit? ASCII without a regex. */
function isLetterOrNumber(ch: string): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_NUMBER_RE.test(ch);
}

/** The code point at `i` as a string ("" at the end). */
const pointAt = (text: string, i: number): string => (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
/** The code point ending just before `i`, as a regex lookbehind reads it. */
function pointBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return i >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text[i - 2]) ? text.slice(i - 2, i) : text[i - 1];
}

/**
 * Where a form that starts at `at` ends, or -1: the walk `actorPatternSource()` describes, with its
 * backtracking order (longer continuations first, then an optional "'s", then a word boundary).
 */
function matchFrom(text: string, node: TrieNode, at: number): number {
  grown(node);
  // Only one child can match here: the one of this code point, or the space child (no form holds
  // other whitespace than a plain space, which the unit test checks), so no order is lost.
  const ch = pointAt(text, at);
  const literal = ch !== ' ' ? node.get(ch) : undefined;
  if (literal) {
    const end = matchFrom(text, literal, at + ch.length);
    if (end >= 0) return end;
  }
  const spaced = node.get(' ');
  if (spaced) {
    let k = at;
    while (k < text.length && SPACE.test(text[k])) k++;
    for (; k > at; k--) {
      const end = matchFrom(text, spaced, k);
      if (end >= 0) return end;
    }
  }
  if (node.size && !node.end) return -1;
  // The form ends here: an optional possessive, then no letter or digit.
  if ((text[at] === "'" || text[at] === '’') && text[at + 1] === 's' && !isLetterOrNumber(pointAt(text, at + 2))) return at + 2;
  return isLetterOrNumber(pointAt(text, at)) ? -1 : at;
}

/**
 * Every form of the trie in `text`, left to right without overlaps, as `matchAll` of
 * `actorPatternSource()` would give them (case-sensitive, Unicode word edges), by walking the trie
 * from each position whose character starts a form.
 */
export function scanActors(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (FIRST_UNITS[unit] === 0) {
      i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const starts = ACTOR_TRIE.has(pointAt(text, i));
    const before = starts ? pointBefore(text, i) : '';
    const end = starts && before !== '.' && !isLetterOrNumber(before) ? matchFrom(text, ACTOR_TRIE, i) : -1;
    if (end > i) {
      out.push({ start: i, end });
      i = end;
    } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return out;
}

const BASED_AFTER = /^-(?:based|headquartered|listed)\b/;
const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{L}\p{M}]*)/u;
const PREVIOUS_WORD = /(\p{Lu}[\p{L}\p{M}.'’-]*)[ \t]+$/u;
const SENTENCE_START = /(?:^|[.!?:;"“”(\n]\s*)$/;

/** "Washington Post", "Paris Agreement", "Uruguay Round": the country names something else. */
function partOfAnotherName(text: string, at: number, end: number, found: string): boolean {
  const possessive = /['’]s$/.test(found);
  const spaced = !possessive && (text[end] === ' ' || text[end] === '\t');
  const next = spaced ? NEXT_WORD.exec(text.slice(end, end + 40))?.[1] : undefined;
  if (next && NAME_HEADS.has(next)) return true;
  if (next && AGENCY_NAME_TAILS.has(next) && isGovernmentActor(found)) return true;
  // "the Trade Remedies Authority of Vietnam": another country's body of the same name ("of Vietnam" is read on its own).
  if (!possessive && isGovernmentActor(found) && countryAfterOf(text.slice(end, end + 60), countryOfActor(found))) return true;
  if (!SHARED_NAMES.has(possessive ? found.slice(0, -2) : found)) return false;
  // "Chad Bown", "Jordan Peterson"; "Michael Jordan", "New Jersey" (but "In Jordan," starts a sentence).
  if (next) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  const prev = PREVIOUS_WORD.exec(before);
  return !!prev && (PLACE_PREFIXES.has(prev[1]) || !SENTENCE_START.test(before.slice(0, prev.index)));
}

// " of the Republic of Korea": on the same line, so a paragraph's reading is the whole text's.
const OF_PLACE = /^[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{L}.'’-]*){0,3})/u;

/** Whether `after` opens with "of" and a country or bloc other than `own` ("… Authority of Vietnam"). */
function countryAfterOf(after: string, own: string): boolean {
  const m = OF_PLACE.exec(after);
  if (!m) return false;
  const words = m[1].split(/[ \t]+/);
  for (let n = words.length; n > 0; n--) {
    const c = normalizeCountry(words.slice(0, n).join(' ').replace(/[,.;:]$/, ''));
    if (c) return c !== own;
  }
  return false;
}

/**
 * Whether a form could run on past the end of `text` over whitespace ("… in South" then "Korea" on
 * the next line): some stretch reaching the end walks the trie to a node with a space child. Read
 * by the paragraph-wise count of actors (../linkMemo.ts), which holds only where no form does.
 */
export function mayRunOnActor(text: string): boolean {
  // A walk reads one code unit or more of the form for each one of the text that is not
  // whitespace: it starts at most a longest form's length of such units before the end.
  let from = text.length;
  for (let n = 0; from > 0 && n < longestForm(); from--) if (!SPACE.test(text[from - 1])) n++;
  for (let i = from; i < text.length; i++) if (FIRST_UNITS[text.charCodeAt(i)] !== 0 && walksToSpace(text, ACTOR_TRIE, i)) return true;
  return false;
}

let longest = 0;
/** The length of the longest form, in code units. */
function longestForm(): number {
  if (!longest) for (const f of ACTOR_FORMS) longest = Math.max(longest, f.length);
  return longest;
}

/** Whether the trie walk from `at` (as `matchFrom` walks) can reach the end of `text` at a node with a space child. */
function walksToSpace(text: string, node: TrieNode, at: number): boolean {
  grown(node);
  if (at >= text.length) return node.has(' ');
  const ch = pointAt(text, at);
  const literal = ch !== ' ' ? node.get(ch) : undefined;
  if (literal && walksToSpace(text, literal, at + ch.length)) return true;
  const spaced = node.get(' ');
  if (!spaced) return false;
  let k = at;
  while (k < text.length && SPACE.test(text[k])) k++;
  for (; k > at; k--) if (walksToSpace(text, spaced, k)) return true;
  return false;
}

/** Every country, bloc, capital, demonym, agency or leader named in `text`, in order. */
export function findActorsIn(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const { start, end } of scanActors(text)) {
    const found = text.slice(start, end);
    // "Seoul-based Hyosung", "Hong Kong-listed": where a company sits is not a government acting.
    if (BASED_AFTER.test(text.slice(end, end + 20))) continue;
    if (partOfAnotherName(text, start, end, found)) continue;
    const country = countryOfActor(found);
    if (country) out.push({ start, end, text: found, country });
  }
  // "following approval by Congress …, tariffs will apply to countries with which Mexico has no agreement":
  // "Congress" is not Washington's in a text that names, by its name, another country whose legislature is a Congress.
  if (out.some(namesSharedBody) && out.some(namesCongressCountry)) return out.filter((a) => !namesSharedBody(a));
  return out;
}

/** "Congress": a body other countries have under the same bare name. */
export const namesSharedBody = (a: ActorMention): boolean => SHARED_BODY_NAMES.has(a.text);
/** A country whose legislature is also a Congress, named by its name (not a demonym). */
export const namesCongressCountry = (a: ActorMention): boolean => CONGRESS_COUNTRIES.has(a.country) && !DEMONYMS.has(a.text);

/**
 * Every country, bloc, capital, demonym, agency or leader named in `text`, in order. Remembered per
 * text: the document-level passes (tariff context, figure checks, people) ask again for the same
 * sentences on every keystroke. The lists are frozen, so no caller can change another's answer.
 */
export const findActors: (text: string) => readonly ActorMention[] = memoize((text: string) =>
  Object.freeze(findActorsIn(text).map((a) => Object.freeze(a))),
);
