/**
 * Whom a title ties a person to, read from the words right before the title: "Chile's Finance
 * Minister" (a country's possessive), "Australian Trade Minister" (a demonym), "Saskatchewan Trade
 * Minister" (a state or province), "NRF Vice President" (an acronym), "Rolex CEO" (a company), and
 * the U.S. offices a trade story names without a country.
 */
import type { Rule } from '../rules/rule';
import { END_HEADS } from '../lexicon/orgHeads';
import type { Tok } from '../lexicon/tokens';
import { BODY_SEATS, ORG_TITLED, SHARED_US_TITLES, TITLE_ORG_WORDS, US_TITLES, GOVERNMENT_HEADS } from '../lexicon/titles';
import { FUNCTION_CAPS, STATES_PROVINCES, placeOf } from '../lexicon/words';
import { countriesOf, sentenceAround } from './sentenceCountries';

/** The title's tokens from..head and the text around them. */
export interface BeforeTitle {
  text: string;
  toks: Tok[];
  /** First token of the title. */
  from: number;
  /** The title's head ("Minister"). */
  head: number;
  title: string;
}

export interface Tie {
  affiliation: string;
  /** Token range of an organization named as the affiliation, to list it among organizations too. */
  org: { i: number; j: number } | null;
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,6}$/u;

/** Start of the capitalized run ending right before token `end` ("Japan Chamber of Commerce and Industry"). */
export function orgRunStart(toks: Tok[], end: number): number {
  let i = end;
  while (i > 0 && end - i < 12) {
    const t = toks[i - 1];
    if (t.word && t.cap && !(t.poss && i !== end) && !FUNCTION_CAPS.has(low(t))) {
      i--;
      if (t.sentStart) break;
      continue;
    }
    if (t.word && /^(of|and|&|for)$/.test(t.text) && toks[i - 2]?.cap && i < end) {
      i--;
      continue;
    }
    // "Switzerland’s Department of…": stop at a country's possessive.
    break;
  }
  while (i < end && !toks[i].cap) i++;
  // A leading country possessive belongs to the sentence, not the name.
  while (i < end - 1 && toks[i].poss && placeOf(toks[i].text)) i++;
  return i;
}

/** The place named by the one or two words ending at token k ("Australian", "South Korean"). */
function placeEndingAt(toks: Tok[], k: number): { place: string; at: number } | null {
  const t = toks[k];
  if (!t || !t.word || !t.cap) return null;
  const two = toks[k - 1]?.word && toks[k - 1].cap && !toks[k - 1].poss ? placeOf(`${toks[k - 1].text} ${t.text}`) : '';
  if (two) return { place: two, at: k - 1 };
  const one = placeOf(t.text);
  // "European Trade Commissioner Lena Hoffmann": an office of Europe is the Union's.
  return one ? { place: one === 'Europe' ? 'European Union' : one, at: k } : null;
}

/** A run of capitalized words before the title that names a body (it holds an organization word). */
function orgBefore(c: BeforeTitle): Tie | null {
  const { toks, text, from, head } = c;
  const before = toks[from - 1];
  if (!before || !before.word || !before.cap || FUNCTION_CAPS.has(low(before))) return null;
  const i = orgRunStart(toks, from);
  if (i >= from) return null;
  // "Union chief Rita Moreno of …": a lone head word opening the sentence is a capitalized common noun, not a body.
  if (from - i === 1 && toks[i].sentStart && END_HEADS.has(low(toks[i]))) return null;
  const hasOrgWord = toks.slice(i, from).some((t) => TITLE_ORG_WORDS.has(t.text));
  // "Port of Tacoma commissioner Leland Fujikawa": a seat on the body, in lower case.
  const seat = !toks[head].cap && BODY_SEATS.has(toks[head].text);
  if (!ORG_TITLED.has(low(toks[head])) && !hasOrgWord && !seat) return null;
  return { affiliation: text.slice(toks[i].start, toks[from - 1].end), org: { i, j: from } };
}

/** The countries other than the U.S. that a title's sentence names, places where it is spoken included ("told reporters in Dhaka"). */
function otherCountriesAround(c: { toks: Tok[]; head: number }): string[] {
  const [s, e] = sentenceAround(c.toks, c.head);
  return [...countriesOf(c.toks, s, e, undefined, true)].filter((x) => x !== 'United States');
}

export const AFFILIATION_BEFORE_TITLE: readonly Rule<BeforeTitle, Tie>[] = [
  {
    id: 'person.affiliation.possessive-country',
    kind: 'person',
    decides: 'affiliation',
    anchor: "country + 's before the title",
    reason: "{affiliation}'s own official: the country's possessive opens the title",
    when: (c) => {
      const b = c.toks[c.from - 1];
      const p = b?.poss ? placeEndingAt(c.toks, c.from - 1) : null;
      return p ? { affiliation: p.place, org: null } : null;
    },
    examples: [
      { text: "Chile's Finance Minister Rosa Vidal said the talks would resume.", fact: 'Rosa Vidal', expect: { title: 'Finance Minister', affiliation: 'Chile' } },
      { text: "Japan's Economy Minister Kenta Mori left Geneva on Friday.", fact: 'Kenta Mori', expect: { affiliation: 'Japan' } },
    ],
    counterExamples: [
      { text: "Norland Steel's chief executive Ana Ruiz declined to comment.", fact: 'Ana Ruiz' },
      { text: 'Finance Minister Rosa Vidal said the talks would resume.', fact: 'Rosa Vidal' },
    ],
  },
  {
    id: 'person.affiliation.demonym',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a demonym or country name right before the title',
    reason: 'serves {affiliation}: the title opens with its demonym or name',
    when: (c) => {
      const p = placeEndingAt(c.toks, c.from - 1);
      if (!p || c.toks[c.from - 1].poss) return null;
      // "Bank of Japan Governor": the place is inside a body's name.
      const i = orgRunStart(c.toks, c.from);
      if (i < p.at && c.toks.slice(i, c.from).some((t) => TITLE_ORG_WORDS.has(t.text))) return null;
      return { affiliation: p.place, org: null };
    },
    examples: [
      { text: 'The pact was signed by Australian Trade Minister Dan Tehan on Saturday.', fact: 'Dan Tehan', expect: { title: 'Trade Minister', affiliation: 'Australia' } },
      { text: 'Speaking on Tuesday, European Trade Commissioner Lena Hoffmann said the bloc was ready.', fact: 'Lena Hoffmann', expect: { title: 'Trade Commissioner', affiliation: 'European Union' } },
      { text: 'Chinese President Xi Jinping met the delegation.', fact: 'Xi Jinping', expect: { affiliation: 'China' } },
    ],
    counterExamples: [
      { text: 'Bank of Japan Governor Kazuo Ueda kept rates on hold.', fact: 'Kazuo Ueda' },
      { text: 'Trade Minister Dan Tehan signed the pact on Saturday.', fact: 'Dan Tehan' },
    ],
  },
  {
    id: 'person.affiliation.region',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a state or province right before a government title',
    reason: "serves {affiliation}: a state's or province's own office",
    when: (c) => {
      const b = c.toks[c.from - 1];
      if (!b?.word || !b.cap || !STATES_PROVINCES.has(low(b)) || !GOVERNMENT_HEADS.has(low(c.toks[c.head]))) return null;
      if (c.toks[c.from - 2]?.word && c.toks[c.from - 2].cap && !FUNCTION_CAPS.has(low(c.toks[c.from - 2]))) return null;
      return { affiliation: b.text, org: null };
    },
    examples: [{ text: 'Meanwhile, Manitoba Trade Minister Tomas Rekk sounded upbeat about the talks.', fact: 'Tomas Rekk', expect: { title: 'Trade Minister', affiliation: 'Manitoba' } }],
    counterExamples: [{ text: 'Meanwhile, Trade Minister Tomas Rekk sounded upbeat about the talks.', fact: 'Tomas Rekk' }],
  },
  {
    id: 'person.affiliation.acronym',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a body's acronym right before the title",
    reason: '{affiliation} is named by its acronym before the title',
    when: (c) => {
      const b = c.toks[c.from - 1];
      if (!b?.word || !ACRONYM.test(b.text) || placeOf(b.text) || FUNCTION_CAPS.has(low(b))) return null;
      if (c.toks[c.from - 2]?.word && c.toks[c.from - 2].cap && !c.toks[c.from - 2].sentStart) return null;
      return { affiliation: b.text, org: { i: c.from - 1, j: c.from } };
    },
    examples: [
      { text: '“Shelves filled up early,” said NSA Vice President for Freight and Customs Policy Dana Whitlow.', fact: 'Dana Whitlow', expect: { affiliation: 'NSA' } },
      { text: 'WTO Director-General Ngozi Okonjo-Iweala urged restraint.', fact: 'Ngozi Okonjo-Iweala', expect: { affiliation: 'WTO' } },
    ],
    counterExamples: [{ text: 'U.S. Trade Representative Jamieson Greer spoke on Monday.', fact: 'Jamieson Greer', expect: { affiliation: 'United States' } }],
  },
  {
    id: 'person.affiliation.org-before-title',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a body's name right before the title",
    reason: "works for {affiliation}: the body's name opens the title",
    when: orgBefore,
    examples: [
      { text: 'Chinese Embassy spokesman Liu Pengyu told reporters the tariffs were unfair.', fact: 'Liu Pengyu', expect: { title: 'spokesman', affiliation: 'Chinese Embassy' } },
      { text: 'Rolex CEO Jean-Frederic Dufour declined to comment.', fact: 'Jean-Frederic Dufour', expect: { affiliation: 'Rolex' } },
      { text: 'Port of Tacoma commissioner Leland Fujikawa said two shipping lines had called.', fact: 'Leland Fujikawa', expect: { title: 'commissioner', affiliation: 'Port of Tacoma' } },
    ],
    counterExamples: [
      { text: 'Chinese President Xi Jinping met the delegation.', fact: 'Xi Jinping', expect: { affiliation: 'China' } },
      { text: 'Union chief Rita Moreno of the Autoworkers Alliance warned of layoffs.', fact: 'Rita Moreno', expect: { affiliation: 'Autoworkers Alliance' } },
    ],
  },
  {
    id: 'person.affiliation.us-office',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a U.S. office named without a country ("Treasury Secretary")',
    reason: 'a U.S. office: trade reporting names it without the country',
    when: (c) => {
      const title = c.title.replace(/\s+/g, ' ');
      if (US_TITLES.has(title)) return { affiliation: 'United States', org: null };
      if (!SHARED_US_TITLES.has(title)) return null;
      // "Commerce Secretary Anjali Deshmukh said India was studying the talks", "… told reporters in Dhaka": another country's office.
      return otherCountriesAround(c).length ? null : { affiliation: 'United States', org: null };
    },
    examples: [
      { text: 'Treasury Secretary Scott Bessent said talks would resume.', fact: 'Scott Bessent', expect: { affiliation: 'United States' } },
      { text: 'Treasury Secretary Scott Bessent said the talks are an opportunity for China to change course.', fact: 'Scott Bessent', expect: { affiliation: 'United States' } },
      { text: 'Commerce Secretary Gina Raimondo said the rule would stand.', fact: 'Gina Raimondo', expect: { affiliation: 'United States' } },
    ],
    counterExamples: [
      { text: 'Finance Secretary Rosa Vidal said talks would resume.', fact: 'Rosa Vidal' },
      { text: 'Commerce Secretary Anjali Deshmukh told reporters in New Delhi that India was studying the talks.', fact: 'Anjali Deshmukh', expect: { affiliation: 'India' } },
      // Where the office speaks tells whose it is.
      { text: 'Agriculture Secretary Mahbubur Rahman Talukder told reporters in Dhaka. Talukder said India had set a target.', fact: 'Mahbubur Rahman Talukder', expect: { affiliation: 'Bangladesh' } },
    ],
  },
  {
    id: 'person.affiliation.office-country',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'an office both the U.S. and other countries have ("Agriculture Secretary"), in a sentence naming one other country',
    reason: 'the office of {affiliation}, the one country its sentence names',
    when: (c) => {
      const title = c.title.replace(/\s+/g, ' ');
      if (!SHARED_US_TITLES.has(title)) return null;
      const others = otherCountriesAround(c);
      return others.length === 1 ? { affiliation: others[0], org: null } : null;
    },
    examples: [{ text: 'Agriculture Secretary Mahbubur Rahman Talukder told reporters in Dhaka. Talukder said India had set a target.', fact: 'Mahbubur Rahman Talukder', expect: { affiliation: 'Bangladesh' } }],
    counterExamples: [{ text: 'Commerce Secretary Gina Raimondo said the rule would stand.', fact: 'Gina Raimondo', expect: { affiliation: 'United States' } }],
  },
];
