import type { PersonMention } from '../mentions';
import type { Person } from '../types';
import { NOT_NAMES, placeOf } from '../lexicon/words';
import { stateOffice } from './usStates';
import { rx } from '../lexicon/wordList';
import { CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES } from '../lexicon/nameParticles';
import { CABINET_HEADS, EU_OFFICES, LEGISLATOR_TITLES, LEGISLATORS, MINISTER_TITLE, NATIONAL_TITLE_HEADS, NEWSROOM_TITLE_HEADS, SHARED_US_TITLES, STATE_OFFICES } from '../lexicon/titles';
import { articleFrame, notNation, type ArticleFrame } from './article';
import { LEADERS, nameWords } from './names';
import { lowerBound } from '../quotes/search';

/** A person and the mentions merged into them (document offsets). */
export interface LinkedPerson {
  person: Person;
  mentions: PersonMention[];
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[’]/g, "'");

/** The words a short mention can use for this person: the surname, or a Chinese name's first word. */
function shortForms(name: string): string[] {
  const w = nameWords(name).map(fold);
  if (w.length < 2) return w;
  const forms = [w[w.length - 1]];
  if (w.length === 2 && CHINESE_SURNAMES.has(w[0])) forms.push(w[0]);
  // Korean names put the family name first before a hyphenated given name ("Park Ji-won" → "Ms. Park");
  // Vietnamese ones before one or two given names ("Nguyen Van Thanh" → "Nguyen").
  else if ((w.length === 2 && KOREAN_SURNAMES.has(w[0]) && w[1].includes('-')) || (w.length <= 3 && VIETNAMESE_SURNAMES.has(w[0]))) forms.push(w[0]);
  return forms;
}

/** A Spanish or Portuguese double surname's first part, which second references may use alone: "Claudia Rosario Bisonó" → "rosario". */
function firstSurname(name: string): string {
  const w = nameWords(name).map(fold);
  return w.length >= 3 && /^\p{L}{3,}$/u.test(w[w.length - 2]) ? w[w.length - 2] : '';
}

/**
 * Merges every mention of the same person: full names first, then surnames ("Mr. Liu" → "Liu
 * Pengyu", to the nearest earlier bearer when two share one), then weak lone words that match.
 */
export function linkPeople(mentions: PersonMention[], text = '', frame: ArticleFrame = articleFrame(text)): LinkedPerson[] {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const people: LinkedPerson[] = [];
  const byFull = new Map<string, LinkedPerson>();
  const newPerson = (m: PersonMention): LinkedPerson => {
    const lp: LinkedPerson = { person: { id: '', because: [], name: m.text, title: '', affiliation: '', mentions: [] }, mentions: [] };
    people.push(lp);
    return lp;
  };
  // Full names, longest first: "Echeverría Paz" after "Federico Echeverría Paz" is his double
  // surname (Spanish, Portuguese), not a second person.
  const byTail = new Map<string, LinkedPerson>();
  const full = ordered.filter((m) => !m.weak && nameWords(m.text).length >= 2);
  full.sort((a, b) => nameWords(b.text).length - nameWords(a.text).length || a.start - b.start);
  for (const m of full) {
    const w = nameWords(m.text).map(fold);
    const key = `${w[0]} ${w[w.length - 1]}`;
    // "De la Fuente", "Ponce de León" after "Mariana de la Fuente", "Ricardo Ponce de León": the family name, written whole.
    const lp = byFull.get(key) ?? byTail.get(w.join(' ')) ?? newPerson(m);
    byFull.set(key, lp);
    for (let n = 2; n < w.length && n <= 3; n++) if (!byTail.has(w.slice(-n).join(' '))) byTail.set(w.slice(-n).join(' '), lp);
    lp.mentions.push(m);
  }
  // Short forms, strong before weak; a lone word no full name claims becomes a person only if strong.
  // Indexed by short form, with each person's mention starts kept sorted, so linking stays linear.
  const bySurname = new Map<string, LinkedPerson[]>();
  for (const lp of people) for (const f of shortForms(lp.person.name)) bySurname.set(f, [...(bySurname.get(f) ?? []), lp]);
  // "Rosario said" after "Claudia Rosario Bisonó": only when no one's surname proper is that word ("Pereyra" is Washington Pereyra's, not Matías Pereyra Suárez's).
  const byFirstSurname = new Map<string, LinkedPerson[]>();
  for (const lp of people) {
    const f = firstSurname(lp.person.name);
    if (f) byFirstSurname.set(f, [...(byFirstSurname.get(f) ?? []), lp]);
  }
  const byLoneWord = new Map<string, LinkedPerson>();
  const starts = new Map<LinkedPerson, number[]>(people.map((lp) => [lp, lp.mentions.map((x) => x.start)]));
  const add = (lp: LinkedPerson, m: PersonMention) => {
    lp.mentions.push(m);
    const list = starts.get(lp) ?? [];
    list.splice(lowerBound(list, m.start, (x) => x), 0, m.start);
    starts.set(lp, list);
  };
  const assign = (m: PersonMention): void => {
    const f = fold(nameWords(m.text)[0] ?? m.text);
    const owners = bySurname.get(f) ?? byFirstSurname.get(f) ?? [];
    let lp: LinkedPerson | undefined = owners.length > 1 ? nearest(owners, m.start, starts) : owners[0];
    lp ??= byLoneWord.get(f);
    if (!lp && !m.weak) byLoneWord.set(f, (lp = newPerson(m)));
    if (lp) add(lp, m);
  };
  for (const m of ordered) if (!m.weak && nameWords(m.text).length < 2) assign(m);
  // A lone word that is also a common word ("He") needs an honorific to count.
  for (const m of ordered) if (m.weak && !NOT_NAMES.has(m.text.toLowerCase())) assign(m);
  for (const lp of people) finish(lp, frame);
  return people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The person whose latest mention before `at` is closest (else the first one). */
function nearest(owners: LinkedPerson[], at: number, starts: Map<LinkedPerson, number[]>): LinkedPerson {
  let best = owners[0];
  let bestAt = -1;
  for (const lp of owners) {
    const list = starts.get(lp) ?? [];
    const before = list[lowerBound(list, at, (x) => x) - 1];
    if (before !== undefined && before > bestAt) [best, bestAt] = [lp, before];
  }
  return best;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const FORMER = /^(?:former|ex-)/i;
const headOf = (title: string): string => title.split(/\s+/).pop()?.toLowerCase() ?? '';
/** A cabinet title, or an office of state as written before a name ("President", not a firm's "president"). */
// "Minister of Trade, Industry and Energy": the head comes before its portfolio.
/** Whether a title's head is one of `heads`: its last word, or the word before its portfolio ("Minister of Trade, Industry and Energy"). */
const headIn = (title: string, heads: { has(w: string): boolean }): boolean => heads.has(headOf(title)) || heads.has(headOf(title.split(/\s+(?:of|for)\s+/)[0]));
const cabinetHead = (title: string): boolean => headIn(title, CABINET_HEADS);
// "Vice-President Ana Ruiz" as "Vice President"; "said congressman Ana Ruiz": no firm has one.
const servesState = (title: string): boolean =>
  !!title && (cabinetHead(title) || (/^\p{Lu}/u.test(title) && STATE_OFFICES.has(title.replace(/-/g, ' '))) || LEGISLATORS.has(title));
/** A title only a newsroom gives ("Editor", "staff writer"): its last word. */
/** A member of Congress by title: "Senator", "U.S. Representative", "Rep.", "Congresswoman". */
const LEGISLATOR_TITLE = rx('i')`(?:^|\b(?:U\.S\.|US|state)\s+)${LEGISLATOR_TITLES}$`;
const newsroomTitle = (title: string): boolean => !!title && NEWSROOM_TITLE_HEADS.has(headOf(title));
/** A title only a nation holds (a bloc has commissioners and a president, not ministers or senators). */
const nationalTitle = (title: string): boolean => headIn(title, NATIONAL_TITLE_HEADS);

/**
 * Fullest name; the fullest title stated at any mention (one with its affiliation first); the
 * affiliation of that mention, else of any mention, else what the article says around them (a
 * leader's country, the dateline's country for a cabinet title, a byline's outlet). The reasons of
 * the mentions that decided name, title and affiliation come first in `because`.
 */
function finish(lp: LinkedPerson, frame: ArticleFrame): void {
  lp.mentions.sort((a, b) => a.start - b.start);
  const p = lp.person;
  let nameM = lp.mentions[0];
  for (const m of lp.mentions) {
    const better = nameWords(m.text).length - nameWords(p.name).length || m.text.length - p.name.length;
    if (better > 0) [p.name, nameM] = [m.text, m];
  }
  let titleM: PersonMention | undefined;
  for (const m of lp.mentions) {
    if (!m.title) continue;
    // A role the person held before ("Choi, a former ambassador …") gives way to the one they hold.
    const better = !titleM || (Number(!FORMER.test(m.title)) - Number(!FORMER.test(titleM.title)) || Number(!!m.affiliation) - Number(!!titleM.affiliation) || words(m.title) - words(titleM.title)) > 0;
    if (better) titleM = m;
  }
  p.title = titleM?.title ?? '';
  const affM = titleM?.affiliation ? titleM : lp.mentions.find((m) => m.affiliation);
  const extra: string[] = [];
  p.affiliation = affM?.affiliation ?? '';
  const byline = lp.mentions.some((m) => m.because?.includes('person.is.byline')) || (!!frame.signedBy && p.name === frame.signedBy);
  // "By Ana Ruiz, policy editor": the byline's own role, and still the outlet she writes for.
  const bylineTitled = byline && !p.title && !!frame.bylineRole;
  if (bylineTitled) [p.title] = [frame.bylineRole, extra.push('person.title.byline-role')];
  // "— Naomi Athersmith, Editor" closing a newsletter: the role she signs with.
  else if (!p.title && frame.signedRoles.has(p.name)) [p.title] = [frame.signedRoles.get(p.name)!, extra.push('person.title.sign-off')];
  // "NATALIA VERGARA (host): Welcome back …": the role a transcript's label gives.
  else if (!p.title && frame.labelRoles.has(p.name.toUpperCase())) [p.title] = [frame.labelRoles.get(p.name.toUpperCase())!, extra.push('person.title.transcript-label')];
  // "— Léa Morand, editor, The Tariff Ledger": the body named after the role she signs with.
  if (!p.affiliation && p.title && p.title === frame.signedRoles.get(p.name) && frame.signedBodies.has(p.name)) [p.affiliation] = [frame.signedBodies.get(p.name)!, extra.push('person.affiliation.sign-off')];
  // "NEW DELHI — … Commerce Secretary Ritika Venkatesan told reporters": an office both countries have is the dateline's.
  let dropped = '';
  if (affM?.because?.includes('person.affiliation.us-office') && SHARED_US_TITLES.has(p.title.toLowerCase()) && frame.datelineCountry && frame.datelineCountry !== 'United States') {
    [p.affiliation, dropped] = [frame.datelineCountry, 'person.affiliation.us-office'];
    extra.push('person.affiliation.dateline');
  }
  // The United States has no ministers: "Assistant Minister for Manufacturing" in a story naming America most is not its.
  // (Asked only for a title that serves a state: the frame's main country reads the whole article.)
  const serves = (country: () => string) => servesState(p.title) && !!country() && !(country() === 'United States' && MINISTER_TITLE.test(p.title));
  if (!p.affiliation) {
    const leader = LEADERS.get(nameWords(p.name).slice(-1)[0] ?? '') || LEADERS.get(nameWords(p.name)[0] ?? '');
    if (leader) [p.affiliation] = [leader, extra.push('person.affiliation.leader')];
    else if (byline && frame.outlet && (!p.title || bylineTitled || !!titleM?.because?.includes('person.title.credit-role'))) [p.affiliation] = [frame.outlet, extra.push('person.affiliation.byline-outlet')];
    // "— Editor, Hannah Stroud" under a newsletter's masthead: a newsroom's title with no body is the outlet's.
    else if (newsroomTitle(p.title) && frame.outlet) [p.affiliation] = [frame.outlet, extra.push('person.affiliation.newsroom-title')];
    // "Trade Commissioner Elske Vandenbroucke" in a story about the EU: the bloc's office, whatever country the story names most.
    else if (EU_OFFICES.has(p.title) && frame.namesEU) [p.affiliation] = ['European Union', extra.push('person.affiliation.eu-office')];
    else if (serves(() => frame.datelineCountry)) [p.affiliation] = [frame.datelineCountry, extra.push('person.affiliation.dateline')];
    else if (serves(() => frame.headlineCountry)) [p.affiliation] = [frame.headlineCountry, extra.push('person.affiliation.headline')];
    else if (serves(() => frame.mainCountry) && !(nationalTitle(p.title) && notNation(frame.mainCountry))) [p.affiliation] = [frame.mainCountry, extra.push('person.affiliation.main-country')];
    // "Trade Minister Kwon Seo-yeon" in a story naming the EU as often as Korea, or the United States as often as Canada.
    else if (servesState(p.title) && nationalTitle(p.title)) {
      const nation = MINISTER_TITLE.test(p.title) ? frame.mainNonUSNation : frame.mainNation;
      if (nation) [p.affiliation] = [nation, extra.push('person.affiliation.main-nation')];
    }
  }
  // "State Sen. Marisol Ybarra", "the state's Commerce Secretary, Russell Boykin": a state's officer serves the state, not its country.
  const countryOnly = () => !p.affiliation || !!placeOf(p.affiliation);
  if (p.title && (stateOffice(p.title) || frame.statesOwnTitle(p.title)) && frame.mainUSState && countryOnly()) {
    [p.affiliation] = [frame.mainUSState, extra.push('person.affiliation.state-office')];
  } else if (p.title && LEGISLATOR_TITLE.test(p.title) && countryOnly()) {
    // "Senator Nathaniel Hobart of South Carolina": a member of Congress serves the state named after the name.
    const state = frame.stateAfterName(lp.mentions.map((m) => m.end));
    if (state) [p.affiliation] = [state, extra.push('person.affiliation.state-after-name')];
  }
  const because: string[] = [];
  for (const m of [nameM, titleM, affM, ...lp.mentions]) for (const id of m?.because ?? []) if (!because.includes(id) && id !== dropped) because.push(id);
  for (const id of extra) if (!because.includes(id)) because.push(id);
  p.because = because;
  p.mentions = lp.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
}
