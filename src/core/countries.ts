/**
 * Countries and blocs as trade reporting names them: full names, short forms ("U.S.", "EU"),
 * capitals standing for governments ("Beijing", "Ottawa"), demonyms ("Chinese") and the
 * agencies and leaders whose actions are a country's ("the Commerce Department", "Trump").
 * The words are in lexicon/countries.ts (every ISO country) and lexicon/governmentActors.ts.
 */
import { SHARED_NAMES, COUNTRY_FORMS, CUSTOMS_UNION_NAMES, DEMONYMS, NAME_HEADS, PLACE_PREFIXES } from './lexicon/countries';
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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One regex source matching any of `words`, built as a trie ("Guinea(?:-Bissau(?:an)?)?") so a
 * thousand forms cost a few character tests per position, not a thousand. Longer continuations
 * are tried first, so the longest form wins as in a longest-first alternation.
 */
function triePattern(words: readonly string[]): string {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      if (!n.has(ch)) n.set(ch, new Map());
      n = n.get(ch)!;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.entries()].map(([ch, child]) => (ch === ' ' ? '\\s+' : escape(ch)) + emit(child));
    if (!alts.length) return '';
    const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

// Every form but "the …" ones (those only normalize a phrase already found).
const ALL_FORMS = [...new Set([...[...COUNTRY_FORMS.values()].flat(), ...DEMONYMS.keys(), ...Object.values(GOVERNMENT_ACTORS).flat(), ...Object.values(GOVERNMENT_PEOPLE).flat()])].filter(
  (f) => !/^the /.test(f),
);
// Case-sensitive: "US" the country, not "us" the pronoun; "Abe" the leader needs its capital.
const ACTOR_RE = new RegExp(`(?<![\\p{L}\\p{N}.])${triePattern(ALL_FORMS)}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');

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
  if (!SHARED_NAMES.has(possessive ? found.slice(0, -2) : found)) return false;
  // "Chad Bown", "Jordan Peterson"; "Michael Jordan", "New Jersey" (but "In Jordan," starts a sentence).
  if (next) return true;
  const before = text.slice(Math.max(0, at - 40), at);
  const prev = PREVIOUS_WORD.exec(before);
  return !!prev && (PLACE_PREFIXES.has(prev[1]) || !SENTENCE_START.test(before.slice(0, prev.index)));
}

/** Every country, bloc, capital, demonym, agency or leader named in `text`, in order. */
function findActorsIn(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(ACTOR_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "Seoul-based Hyosung", "Hong Kong-listed": where a company sits is not a government acting.
    if (BASED_AFTER.test(text.slice(end, end + 20))) continue;
    if (partOfAnotherName(text, start, end, m[0])) continue;
    const country = countryOfActor(m[0]);
    if (country) out.push({ start, end, text: m[0], country });
  }
  return out;
}

/**
 * Every country, bloc, capital, demonym, agency or leader named in `text`, in order. Remembered per
 * text: the document-level passes (tariff context, figure checks, people) ask again for the same
 * sentences on every keystroke. The lists are frozen, so no caller can change another's answer.
 */
export const findActors: (text: string) => readonly ActorMention[] = memoize((text: string) =>
  Object.freeze(findActorsIn(text).map((a) => Object.freeze(a))),
);
