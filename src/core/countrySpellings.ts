/**
 * Facts name a country as the article spells it. A story that writes "Viet Nam" or "Türkiye" throughout
 * (as agencies of those governments, the UN and much regional press do) gets cards that say so, not
 * the project's own "Vietnam" or "Turkey": the desk checks a card against the copy, word for word.
 * Only a country's own name in another spelling counts (./lexicon/countries.ts NAME_SPELLINGS), and
 * only when the article uses it more often than the usual one.
 */
import { NAME_SPELLINGS } from './lexicon/countries';
import { escape } from './lexicon/wordList';
import type { Person, Quote, TariffRate } from './types';

const counted = new Map<string, RegExp>();
const countOf = (text: string, form: string): number => {
  let re = counted.get(form);
  if (!re) counted.set(form, (re = new RegExp(`(?<![\\p{L}-])${escape(form)}(?![\\p{L}-])`, 'gu')));
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

// The last article's answer: asked once per analysis, with the same text on most keystrokes' neighbours.
let last: { text: string; asked: string; spelling: Map<string, string> } | null = null;

/** Canonical name → the article's spelling, for the given countries that the article spells otherwise. */
export function articleSpellings(text: string, countries: ReadonlySet<string>): Map<string, string> {
  const asked = [...countries].filter((c) => NAME_SPELLINGS.has(c)).sort().join('|');
  if (!asked) return new Map();
  if (last && last.text === text && last.asked === asked) return last.spelling;
  const spelling = new Map<string, string>();
  for (const country of asked.split('|')) {
    let best = country;
    let most = countOf(text, country);
    for (const form of NAME_SPELLINGS.get(country)!) {
      const n = countOf(text, form);
      if (n > most) [best, most] = [form, n];
    }
    if (best !== country) spelling.set(country, best);
  }
  last = { text, asked, spelling };
  return spelling;
}

/**
 * The facts with every country they name as imposer, affiliation or speaking government in the article's
 * spelling. Facts are shared with the caches of the keystroke before: changed ones are copies.
 */
export function spellCountries(text: string, facts: { people: Person[]; rates: TariffRate[]; quotes: Quote[] }): { people: Person[]; rates: TariffRate[]; quotes: Quote[] } {
  const { people, rates, quotes } = facts;
  const named = new Set<string>();
  for (const r of rates) if (r.imposer) named.add(r.imposer);
  for (const p of people) if (p.affiliation) named.add(p.affiliation);
  for (const q of quotes) if (q.speaker && q.speakerKind === 'government') named.add(q.speaker);
  const spelling = articleSpellings(text, named);
  if (!spelling.size) return facts;
  return {
    rates: rates.map((r) => (spelling.has(r.imposer) ? { ...r, imposer: spelling.get(r.imposer)! } : r)),
    people: people.map((p) => (spelling.has(p.affiliation) ? { ...p, affiliation: spelling.get(p.affiliation)! } : p)),
    quotes: quotes.map((q) => (q.speaker && q.speakerKind === 'government' && spelling.has(q.speaker) ? { ...q, speaker: spelling.get(q.speaker)! } : q)),
  };
}
