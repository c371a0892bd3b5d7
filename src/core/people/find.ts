import { getNlp } from '../nlp';
import type { Sentence } from '../mentions';
import { lowerBound } from '../quotes/search';
import type { Tok } from '../lexicon/tokens';
import { HONORIFICS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS, placeOf } from '../lexicon/words';
import { LEADERS, isNameWord, nameEnd } from './names';
import { titleBefore, titleBeforeComma } from './titles';
import { roleAfter } from './roles';
import { portfolioName } from './portfolio';

/** A person found in a paragraph: the name's tokens i..j-1 and what the text says about them there. */
export interface PersonHit {
  i: number;
  j: number;
  title: string;
  affiliation: string;
  /** Token range of an organization given as affiliation, to list it among organizations too. */
  org: { i: number; j: number } | null;
  honorific: string;
  /** Found only by its shape (a lone capitalized word): kept if it names someone found elsewhere. */
  weak: boolean;
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const CREDIT_LINE = /^[\s*_—–-]*(?:with (?:additional )?(?:assistance|reporting) (?:from|by)|additional reporting by|reporting by|editing by|edited by|written by|compiled by)\s/i;
const GOVERNS = /^(administration|government|white|campaign|cabinet|presidency)$/i;

/**
 * People in one paragraph, by rule: honorific ("Mr. Liu"), title ("Vice Premier He Lifeng"),
 * speech verbs ("said Wendy Cutler"), "the Trump administration", bylines, compromise's own
 * people, well-known leaders; then lone capitalized words as weak mentions.
 */
export function findPersonHits(text: string, toks: Tok[], seesPerson: PersonCheck, isOrg: (i: number) => boolean): PersonHit[] {
  const hits: PersonHit[] = [];
  const taken = new Uint8Array(toks.length);
  const free = (i: number, j: number) => {
    for (let k = i; k < j; k++) if (taken[k] || isOrg(k)) return false;
    return true;
  };
  const add = (i: number, j: number, extra: Partial<PersonHit> = {}): PersonHit | null => {
    if (j <= i || !free(i, j)) return null;
    const h: PersonHit = { i, j, title: '', affiliation: '', org: null, honorific: '', weak: false, ...extra };
    for (let k = i; k < j; k++) taken[k] = 1;
    hits.push(h);
    return h;
  };
  const byline = /^\s*(By|Reporting by|By:)\s/i.test(text);
  // "— With assistance from A and B", "Additional reporting by A; Editing by B": every name is a person.
  const credits = text.length < 300 && CREDIT_LINE.test(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || taken[i]) continue;
    const prev = toks[i - 1];
    // "Minister of Economy, Trade and Industry Kenji Arakawa"
    const pf = portfolioName(toks, i);
    if (pf) {
      const title = text.slice(toks[pf.titleFrom].start, toks[pf.titleTo - 1].end);
      // A "European Commissioner" serves the EU, not a continent.
      const place = prev?.cap ? placeOf(prev.text) : '';
      const affiliation = place === 'Europe' && /^commissioner$/i.test(toks[i].text) ? 'European Union' : place;
      if (add(pf.i, pf.j, { title, affiliation })) {
        i = pf.j - 1;
        continue;
      }
    }
    // "Mr. Trump", "Ms. Cutler"
    if (prev && HONORIFICS.has(low(prev))) {
      const j = nameEnd(toks, i, true);
      if (add(i, j, { honorific: prev.text.endsWith('.') || !/^(mr|mrs|ms|dr)$/i.test(prev.text) ? prev.text : `${prev.text}.` })) {
        i = j - 1;
        continue;
      }
    }
    // "Treasury Secretary Scott Bessent", "Audemars Piguet CEO Ilaria Resta", "President XI"
    if (prev && TITLE_HEADS.has(low(prev))) {
      const j = nameEnd(toks, i, true);
      // "a CEO Roundtable" names an event; "President XI" is a person, "CEO FORUM" a shout.
      const described = j - i === 1 && /^(a|an)$/i.test(toks[titleStartGuess(toks, i)]?.text ?? '');
      if (j > i && !described && !toks.slice(i, j).every((x) => /^\p{Lu}+$/u.test(x.text) && x.text.length > 3)) {
        const tf = titleBefore(text, toks, i);
        if (tf && add(i, j, { title: tf.title, affiliation: tf.affiliation, org: tf.org })) {
          i = j - 1;
          continue;
        }
      }
    }
    const j = nameEnd(toks, i);
    if (j === i) continue;
    const after = toks[j];
    const size = j - i;
    const spoke = (after && SPEECH_VERBS.has(low(after))) || (prev && /^(said|says|according)$/i.test(prev.text)) || (prev?.text === 'to' && low(toks[i - 2]) === 'according');
    // "the Trump administration", "the Albanese government"
    const governs = size <= 2 && after && GOVERNS.test(after.text) && !(after.text === 'White' && toks[j + 1]?.text !== 'House');
    const inByline = (byline && i <= 8) || credits || (after && /^(can|contributed)$/.test(after.text) && /^(be|to)$/.test(toks[j + 1]?.text ?? ''));
    const leader = size === 1 && LEADERS.has(t.text);
    // "The Commission's trade chief, Maros Sefcovic, told reporters": a name set off by commas next to a role or a speech verb.
    // "Patel Kumar, who runs…": only a person is "who" (a company is "which").
    const setOff = after?.text === ',' && (low(toks[j + 1]) === 'who' || (SPEECH_VERBS.has(low(toks[j + 1])) || !!titleBeforeComma(text, toks, i) || roleSetOff(toks, j + 1)));
    // "Okwudili Nnamdi has argued…" opening a sentence; "Jorge Villalobos, 54," (an age is only a person's).
    const stance = t.sentStart && /^(has|had)$/.test(low(after)) && (SPEECH_VERBS.has(low(toks[j + 1])) || (/ly$/.test(low(toks[j + 1])) && SPEECH_VERBS.has(low(toks[j + 2]))));
    const aged = after?.text === ',' && /^\d{1,2}$/.test(toks[j + 1]?.text ?? '') && /^[,.]$/.test(toks[j + 2]?.text ?? '');
    if ((spoke || inByline || setOff || stance || aged || roleAfter(text, toks, j)) && size >= 2) add(i, j);
    else if (governs && size === 1 && !placeOf(t.text)) add(i, j, { affiliation: LEADERS.get(t.text) ?? '' });
    else if (leader) add(i, j, { affiliation: LEADERS.get(t.text) ?? '' });
    else if (size >= 2 && seesPerson(t.start, toks[j - 1].end)) add(i, j);
    else continue;
    i = j - 1;
  }
  // Apposition after a name: "Wendy Cutler, a vice president at the Asia Society Policy Institute".
  for (const h of hits) {
    const pre = h.title ? null : titleBeforeComma(text, toks, h.i);
    if (pre) Object.assign(h, { title: pre.title, affiliation: h.affiliation || pre.affiliation });
    const r = roleAfter(text, toks, h.j);
    if (r) Object.assign(h, { title: h.title || r.title, affiliation: h.affiliation || r.affiliation, org: h.org || r.org });
  }
  // Lone capitalized words: weak mentions, linked only to a person named elsewhere ("Freeland said").
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || isOrg(i) || !isNameWord(toks[i])) continue;
    const w = low(toks[i]);
    if (TITLE_MODIFIERS.has(w)) continue;
    add(i, i + 1, { weak: true });
  }
  return hits.sort((a, b) => a.i - b.i);
}

/** People a story describes by trade rather than office: ", a Cape Town fruit exporter,". */
const TRADE_ROLES = new Set(
  'exporter|importer|grower|farmer|rancher|producer|manufacturer|retailer|wholesaler|shopkeeper|consultant|lawyer|entrepreneur|investor|broker|dealer|worker|farmworker|businessman|businesswoman|exec|economist|spokesperson|lobbyist|veteran|shipper|distributor|buyer|seller|merchant|banker|accountant|engineer|steelworker|fisherman|winemaker|brewer|owner|operator'.split('|'),
);

/**
 * ", the trade minister,", ", a senior analyst.", ", a Cape Town fruit exporter," after a name: a
 * role closed by a lower-case title word or trade (place words may sit before it).
 */
function roleSetOff(toks: Tok[], k: number): boolean {
  // Capitalized words ("Cape Town") only after an article: without one, "Ms. Lee, Commerce Minister" is a list.
  const article = /^(a|an|the)$/.test(low(toks[k]));
  if (article) k++;
  for (let n = 0; n < 6 && toks[k]?.word && (article || !toks[k].cap || toks[k].poss); n++, k++) {
    const w = low(toks[k]);
    if (!toks[k].cap && !toks[k].poss && (TITLE_HEADS.has(w) || TRADE_ROLES.has(w)) && /^(,|\.|of|at|for|in|and|who|based|from|with)$/.test(low(toks[k + 1]))) return true;
  }
  return false;
}

/** The token before a title ending at i-1 (a rough look-back over title words). */
function titleStartGuess(toks: Tok[], i: number): number {
  let k = i - 1;
  while (k > 0 && toks[k - 1].word && (TITLE_HEADS.has(low(toks[k - 1])) || TITLE_MODIFIERS.has(low(toks[k - 1])))) k--;
  return k - 1;
}

const LONG_SENTENCE = 2000;
const WINDOW = 200;

/** Spans compromise tags as people in a sentence, in paragraph offsets. */
function peopleIn(s: Sentence): Array<[number, number]> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return getNlp()(s.text).people().json({ offset: true }).map((p: any) => [s.start + p.offset.start, s.start + p.offset.start + p.offset.length]);
  } catch {
    return [];
  }
}

/** Does compromise see a person within [start, end) of the paragraph? */
export type PersonCheck = (start: number, end: number) => boolean;

/**
 * Asks compromise, one sentence at a time and only for sentences that hold a candidate, whether
 * it tags a person there: tagging the whole paragraph would cost more than all our own rules.
 */
export function compromisePeople(text: string, sentences: Sentence[]): PersonCheck {
  const seen = new Map<number, Array<[number, number]>>();
  return (start, end) => {
    let s = sentences[lowerBound(sentences, start + 1, (x) => x.end)] ?? { start: 0, end: text.length, text };
    // A run-on "sentence" (a pasted table, a 1 MB line) is tagged only around the candidate.
    if (s.end - s.start > LONG_SENTENCE) {
      const a = Math.max(s.start, start - WINDOW);
      const b = Math.min(s.end, end + WINDOW);
      s = { start: a, end: b, text: text.slice(a, b) };
    }
    let spans = seen.get(s.start);
    if (!spans) seen.set(s.start, (spans = peopleIn(s)));
    return spans.some(([a, b]) => a < end && b > start);
  };
}
