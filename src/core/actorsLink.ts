import type { LinkedPerson } from './linkPeople';
import { orgKey } from './organizations/orgKey';
import type { Organization } from './types';
import type { PersonMention } from './mentions';
import { lowerBound } from './quotes/search';
import { END_HEADS, FINANCE_FIRM_HEADS } from './lexicon/orgHeads';
import { MODIFIER_PREPOSITIONS, placeOf } from './lexicon/words';
import { NAME_PARTICLES } from './lexicon/nameParticles';
import { rx } from './lexicon/wordList';
import { ASKING_VERBS } from './lexicon/speechVerbs';
import { memoize } from './memo';
import { GOVERNMENT_BODY_HEADS } from './lexicon/governmentActors';
import { COMMISSION_CHAIRS, COMMISSION_HEADS, COMMISSIONER_TITLES, CORPORATE_TITLE_HEADS, AGENCY_TITLE_HEADS, COURT_HEADS, CABINET_HEADS, FIRM_DIRECTOR_KINDS, GENERIC_PORTFOLIO_WORDS, JUDGE_RANKS, JUNIOR_RANKS, PORTFOLIOS, JUDGE_TITLES, PEERS, PERSON_POSSESSIVES, STATE_OFFICE_HEADS } from './lexicon/titles';
import { countryOfPlace, isGovernmentActor } from './countries';
import { readArticleHead } from './articleHead';

/**
 * People are found a paragraph at a time, so "Kinabalu Foundry said…" far from the company's full
 * name reads as a person. A "person" with no title and no Mr./Ms. anywhere whose name is an
 * organization's name or short form is that organization: its mentions move there.
 */
export function reclaimOrganizations(people: LinkedPerson[], organizations: Organization[], text = ''): LinkedPerson[] {
  ownersAcrossParagraphs(people, organizations, text);
  fullBodyNames(people, organizations);
  companyOfficers(people, organizations, text);
  agencyOfficials(people, organizations, text);
  portfolioBodies(people, organizations);
  membersOfCommission(people, organizations);
  familyFirms(people, organizations);
  nearestFirm(people, organizations);
  judgesOfCourt(people, organizations);
  colleagues(people, text);
  callAnalysts(people, text);
  const byKey = new Map<string, Organization>();
  for (const o of organizations) for (const form of [o.name, ...o.aliases]) byKey.set(orgKey(form), o);
  if (!byKey.size) return people;
  return people.filter((lp) => {
    if (lp.mentions.some((m) => m.title || m.honorific)) return true;
    const org = byKey.get(orgKey(lp.person.name));
    if (!org) return true;
    for (const m of lp.mentions) {
      org.mentions.push({ start: m.start, end: m.end, text: m.text });
      if (m.text !== org.name && !org.aliases.includes(m.text)) org.aliases.push(m.text);
    }
    org.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

const NEAR = 600;

const ANALYSTS = /\banalysts?\b/i;
const ASKS = rx('i')`\b(?:${ASKING_VERBS})\b`;

/**
 * "… passing it on?" asked Brent Oyelaran of Cardinal Ridge Capital': on a call that analysts join,
 * someone of a broker, bank or research house who asks is an analyst (no title of their own given).
 */
function callAnalysts(people: LinkedPerson[], text: string): void {
  // The few untitled people of a finance firm first: the whole text is searched only when there is one.
  const asking = people.filter((lp) => !lp.person.title && lp.person.affiliation && FINANCE_FIRM_HEADS.has(lp.person.affiliation.split(/\s+/).pop()!.toLowerCase()));
  if (!asking.length || !ANALYSTS.test(text)) return;
  for (const lp of asking) {
    const p = lp.person;
    const asks = lp.mentions.some((m) => {
      const from = Math.max(text.lastIndexOf('.', m.start), text.lastIndexOf('\n', m.start), text.lastIndexOf('?', m.start)) + 1;
      const to = text.slice(m.end).search(/[.!?\n]/);
      return ASKS.test(text.slice(from, to < 0 ? text.length : m.end + to));
    });
    if (!asks) continue;
    p.title = 'analyst';
    p.because = [...p.because, 'person.title.call-analyst'];
  }
}
const GOVERNMENT_BODY = rx('iu')`(?<![\p{L}-])${GOVERNMENT_BODY_HEADS}(?![\p{L}-])`;
// "of EU output", "to Chinese buyers": a name between a preposition and a lower-case noun.
const PREPOSITION_BEFORE = rx('iu')`(?<![\p{L}-])${MODIFIER_PREPOSITIONS}\s+(?:the\s+)?$`;
const NOUN_AFTER = rx('u')`^\s+(?!(?:${NAME_PARTICLES}|of|and|y|e)\s)\p{Ll}+(?:\s|[.,;:])`;
const modifierAt = (text: string, start: number, end: number): boolean =>
  !!text && PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && NOUN_AFTER.test(text.slice(end, end + 30));

/**
 * "The American Cycling Importers Council filed the petition. … Darnell Whitfield, the council's
 * president, said …": a role owned by "the council" or "its" belongs to the body named last before,
 * in an earlier paragraph (a noun must be in the body's name; "its" must be near). With no body
 * whose name holds the noun ("the group's president" after "industry association Aço Nordeste"),
 * the nearest body before stands for it.
 */
function ownersAcrossParagraphs(people: LinkedPerson[], organizations: Organization[], text: string): void {
  const asking = people.filter((lp) => !lp.person.affiliation && lp.mentions.some((x) => (x as { antecedent?: string }).antecedent));
  if (!asking.length) return;
  const holds = (o: Organization, noun: string) => [o.name, ...o.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(noun));
  const mentions = organizations.flatMap((o) => o.mentions.map((m) => ({ end: m.end, start: m.start, org: o }))).sort((a, b) => a.end - b.end);
  for (const lp of asking) {
    const m = lp.mentions.find((x) => (x as { antecedent?: string }).antecedent) as PersonMention & { antecedent: string };
    const noun = m.antecedent;
    if (noun === '@') {
      // "Our chief executive" in a newsletter: the body the article names most often.
      // A government body does not write "our executive director" in trade copy: the writer is a trade body or firm.
      const own = organizations.filter((o) => !GOVERNMENT_BODY.test(o.name) && !isGovernmentActor(o.name)).sort((a, b) => b.mentions.length - a.mentions.length)[0];
      if (own && own.mentions.length >= 2) {
        lp.person.affiliation = own.name;
        lp.person.because = [...lp.person.because, 'person.affiliation.own-body'];
      }
      continue;
    }
    const named = noun !== '*' && organizations.some((o) => holds(o, noun));
    let best: { at: number; name: string } | null = null;
    for (let n = lowerBound(mentions, m.start + 1, (x) => x.end) - 1, seen = 0; n >= 0 && seen < LOOK_BACK; n--, seen++) {
      if (named && !holds(mentions[n].org, noun)) continue;
      // "… accounting for 60% of EU output. Its secretary-general, …": a body named as a modifier owns no role.
      if (!named && modifierAt(text, mentions[n].start, mentions[n].end)) continue;
      best = { at: mentions[n].start, name: mentions[n].org.name };
      break;
    }
    if (!best || (!named && m.start - best.at > NEAR)) continue;
    lp.person.affiliation = best.name;
    lp.person.because = [...lp.person.because, 'person.affiliation.antecedent'];
  }
}

/** Not a government, an agency or a bloc acting as one ("European Union"): a body that can employ a firm's officer. */
const isFirm = (o: Organization): boolean => !GOVERNMENT_BODY.test(o.name) && !isGovernmentActor(o.name) && !countryOfPlace(o.name);

/**
 * "Chairman Lin Cheng-hao told an earnings call …" in a story about one firm: an officer with a
 * firm's title and no body of their own works for the firm the article is about, one non-government
 * body named at least three times and at least twice as often as any other.
 */
function companyOfficers(people: LinkedPerson[], organizations: Organization[], text: string): void {
  storyOfficers(people, organizations, text, firmTitle, isFirm, 3, 'person.affiliation.company-story');
}

/**
 * "Director General Pham Quoc Trung said the measure …" in a notice of one agency: an official with an
 * agency's title and no body of their own works for the government body the article is about, one named
 * at least twice and at least twice as often as any other.
 */
function agencyOfficials(people: LinkedPerson[], organizations: Organization[], text: string): void {
  const isAgency = (o: Organization): boolean => GOVERNMENT_BODY.test(o.name) && !countryOfPlace(o.name);
  storyOfficers(people, organizations, text, (title) => !firmTitle(title) && title.toLowerCase().split(/[\s-]+/).some((w) => AGENCY_TITLE_HEADS.has(w)), isAgency, 2, 'person.affiliation.agency-story');
}

// The words of a portfolio that name a ministry by what it does ("Agriculture", "Finance"), not by its kind or rank.
// Remembered by title, as cabinetTitle: both are asked of every titled person at every keystroke (the lists read, never changed).
export const PORTFOLIO_WORDS = memoize((title: string): readonly string[] => title.toLowerCase().split(/[\s,'’-]+/).filter((w) => PORTFOLIOS.has(w) && !GENERIC_PORTFOLIO_WORDS.has(w)));

/**
 * "Agriculture Undersecretary Teodoro Manalastas" in a story that names "the Department of Agriculture":
 * an official whose title names a portfolio, with no body of their own (or only the story's country), works
 * for the one government body the article names with that portfolio in its name.
 */
function portfolioBodies(people: LinkedPerson[], organizations: Organization[]): void {
  // (A cabinet minister or secretary speaks for the country; their juniors for the ministry.)
  const asking = people.filter((lp) => lp.person.title && !cabinetTitle(lp.person.title) && (!lp.person.affiliation || lp.person.because.some((b) => WEAK_COUNTRY_RULES.has(b))) && PORTFOLIO_WORDS(lp.person.title).length);
  if (!asking.length) return;
  const bodies = organizations.filter((o) => GOVERNMENT_BODY.test(o.name));
  for (const lp of asking) {
    const words = PORTFOLIO_WORDS(lp.person.title);
    const held = bodies.filter((o) => {
      const named = o.name.toLowerCase().split(/[^\p{L}]+/u);
      return words.every((w) => named.includes(w));
    });
    if (held.length !== 1) continue;
    lp.person.affiliation = held[0].name;
    lp.person.because = [...lp.person.because.filter((b) => !WEAK_COUNTRY_RULES.has(b)), 'person.affiliation.portfolio-body'];
  }
}
const WEAK_COUNTRY_RULES = new Set(['person.affiliation.main-country', 'person.affiliation.sentence-country']);
/** "Economy Minister", "Commerce Secretary", "Minister of Investment": a cabinet post (not "Deputy Minister", "Minister of State", "Principal Secretary"). */
export const cabinetTitle = memoize((title: string): boolean => {
  const words = title.toLowerCase().split(/[\s,-]+/);
  return words.some((w) => CABINET_HEADS.has(w)) && !words.some((w) => JUNIOR_RANKS.has(w));
});

/** Gives people whose title `asks` and who have no body the one body of the kind `isBody` the article is about. */
function storyOfficers(people: LinkedPerson[], organizations: Organization[], text: string, asks: (title: string) => boolean, isBody: (o: Organization) => boolean, least: number, rule: string): void {
  // (Only such a title asks: the text is read for the bodies' names only then.)
  const asking = people.filter((lp) => !lp.person.affiliation && lp.person.title && asks(lp.person.title));
  if (!asking.length) return;
  // Counted in the text: "Acuícola del Mar S.A. (Acuamar)" then "Acuamar" alone, which no paragraph reads as a body.
  // (Not inside a person's name: "Harold J. Pettigrew of Pettigrew Lane LLP".)
  const names = people.flatMap((lp) => lp.mentions.map((m): [number, number] => [m.start, m.end]));
  // A body the headline names counts once more: the headline says which firm the story is about.
  // (The head is read from the text's start only: a headline is a short first line.)
  const headline = readArticleHead(text.slice(0, HEAD_READ)).headline;
  const head = headline ? text.indexOf(headline) + headline.length : 0;
  const times = new Map(organizations.filter(isBody).map((o) => [o, Math.max(o.mentions.length, timesNamed(text, o, names)) + (o.mentions.some((m) => m.start < head) ? 1 : 0)]));
  const bodies = [...times.keys()].sort((a, b) => times.get(b)! - times.get(a)!);
  const [top, next] = bodies;
  if (!top || times.get(top)! < least || (next && times.get(next)! * 2 > times.get(top)!)) return;
  for (const lp of asking) {
    lp.person.affiliation = top.name;
    lp.person.because = [...lp.person.because, rule];
  }
}

/** How much of the text's start is read for its headline. */
const HEAD_READ = 2000;

/** How often `text` names a body by its name or a short form of it, as whole words (a name holding a short form counts once). */
function timesNamed(text: string, o: Organization, names: Array<[number, number]>): number {
  if (!text) return 0;
  const forms = [o.name, ...o.aliases].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
  const taken: Array<[number, number]> = [...names];
  const before = taken.length;
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.length - before;
}

/** A title only a firm gives: "chief executive", "plant manager", "Executive Vice President" (not "Vice President", "Minister"). */
function firmTitle(title: string): boolean {
  const words = title.toLowerCase().split(/[\s-]+/);
  // "Executive Vice President", "senior vice president": a corporate modifier makes a president a firm's officer.
  const corporate = words.some(
    (w, k) =>
      CORPORATE_TITLE_HEADS.has(w) ||
      (w === 'president' && (words[k - 2] === 'executive' || words[k - 2] === 'senior' || words[k - 1] === 'executive')) ||
      // "managing director", "Finance director", "company secretary": a firm's director or secretary.
      (w === 'director' && k > 0 && FIRM_DIRECTOR_KINDS.has(words[k - 1])) ||
      // "Finance chief", "operations chief": a firm's department head.
      (w === 'chief' && k > 0 && k === words.length - 1 && FIRM_DIRECTOR_KINDS.has(words[k - 1])) ||
      (w === 'secretary' && words[k - 1] === 'company'),
  );
  return corporate && !words.some((w, k) => STATE_OFFICE_HEADS.has(w) && !(w === 'president' && corporate) && !(w === 'secretary' && words[k - 1] === 'company'));
}

/**
 * "… the third floor of the Larkspur Upholstery plant … said Gail Hensworth, the plant manager": a
 * firm's officer with no body of their own works for the company named just before them (within 400
 * characters), when it is the only company named there.
 */
function nearestFirm(people: LinkedPerson[], organizations: Organization[]): void {
  const asking = people.filter((lp) => !lp.person.affiliation && firmTitle(lp.person.title));
  if (!asking.length) return;
  const firms = organizations
    .filter(isFirm)
    .flatMap((o) => o.mentions.map((m) => ({ start: m.start, org: o })))
    .sort((a, b) => a.start - b.start);
  for (const lp of asking) {
    const first = Math.min(...lp.mentions.map((m) => m.start));
    // One company in reach, or it is no guess to make ("Kestrel Packaging and Orion Glass reported results. Chairman …").
    const near = new Set<Organization>();
    for (let n = lowerBound(firms, first, (x) => x.start) - 1; n >= 0 && first - firms[n].start <= FIRM_NEAR; n--) near.add(firms[n].org);
    if (near.size !== 1) continue;
    lp.person.affiliation = [...near][0].name;
    lp.person.because = [...lp.person.because, 'person.affiliation.nearest-firm'];
  }
}
/**
 * "Anika Sorensen, an analyst at Kessel & Vaart Bank, … Her colleague Jort Hanssen, who covers consumer
 * goods, was more cautious": a colleague works where the person named last before them does.
 */
function colleagues(people: LinkedPerson[], text: string): void {
  const asking = people.filter((lp) => !lp.person.affiliation && lp.mentions.some((m) => COLLEAGUE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))));
  if (!asking.length) return;
  for (const lp of asking) {
    const at = lp.mentions.find((m) => COLLEAGUE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))!.start;
    let best: { end: number; affiliation: string } | null = null;
    for (const other of people) {
      if (other === lp || !other.person.affiliation) continue;
      for (const m of other.mentions) if (m.end <= at && at - m.end <= COLLEAGUE_NEAR && (!best || m.end > best.end)) best = { end: m.end, affiliation: other.person.affiliation };
    }
    if (!best) continue;
    lp.person.affiliation = best.affiliation;
    lp.person.because = [...lp.person.because, 'person.affiliation.colleague'];
  }
}
const COLLEAGUE_BEFORE = rx('iu')`(?<![\p{L}-])${PERSON_POSSESSIVES}\s+${PEERS}\s+(?:at\s+the\s+\p{L}+\s+)?$`;
/** How far back (characters) the person a colleague is introduced beside is looked for. */
const COLLEAGUE_NEAR = 800;

/** How far back (characters) a firm's officer's company is looked for. */
const FIRM_NEAR = 400;

/**
 * "Judge Miriam Oduya-Klein said Commerce had failed to explain …" in a story about a ruling of the
 * U.S. Court of International Trade: a judge with no body of their own sits on the one court the article names.
 */
function judgesOfCourt(people: LinkedPerson[], organizations: Organization[]): void {
  const asking = people.filter((lp) => !lp.person.affiliation && JUDGE_TITLE.test(lp.person.title));
  if (!asking.length) return;
  const courts = organizations.filter((o) => COURT_NAME.test(o.name));
  if (courts.length !== 1) return;
  for (const lp of asking) {
    lp.person.affiliation = courts[0].name;
    lp.person.because = [...lp.person.because, 'person.affiliation.court'];
  }
}
/**
 * "fifth-generation winemaker Bronwyn Kleemann … Kleemann Family Wines sold about 40 per cent": a person
 * with no body whose family name opens the name of one company in the article works there (a family
 * firm, a partner's law firm). Not a surname that is a place ("Washington").
 */
function familyFirms(people: LinkedPerson[], organizations: Organization[]): void {
  // Built when a person first asks: filtering every organization for every person was about a twentieth of a keystroke in a long article.
  let byFirstWord: Map<string, Organization[]> | undefined;
  for (const lp of people) {
    if (lp.person.affiliation) continue;
    const words = lp.person.name.split(/\s+/);
    const surname = words[words.length - 1];
    if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(surname) || countryOfPlace(surname) || placeOf(surname)) continue;
    // The firms whose name opens with `${surname} ` (the surname has no space, so its first word is the surname), in order.
    const firms = (byFirstWord ??= firmsByFirstWord(organizations)).get(surname);
    if (firms?.length !== 1) continue;
    lp.person.affiliation = firms[0].name;
    lp.person.because = [...lp.person.because, 'person.affiliation.family-firm'];
  }
}

/** The firms among `organizations` by the word before the first space of their name (none for a name without one), in order. */
function firmsByFirstWord(organizations: Organization[]): Map<string, Organization[]> {
  const out = new Map<string, Organization[]>();
  for (const o of organizations) {
    const space = o.name.indexOf(' ');
    if (space <= 0 || !isFirm(o)) continue;
    const word = o.name.slice(0, space);
    const list = out.get(word);
    if (list) list.push(o);
    else out.set(word, [o]);
  }
  return out;
}

/**
 * "Commissioner David Okonjo dissented" in a story about a vote of the U.S. International Trade
 * Commission: a commissioner with no body of their own sits on the one commission the article names,
 * and so does its chairman once a commissioner is named ("Chairman Lorraine Abernathy and
 * Commissioners …"; a chairman alone may be a company's).
 */
function membersOfCommission(people: LinkedPerson[], organizations: Organization[]): void {
  const isCommissioner = (title: string) => COMMISSIONER_TITLE.test(title);
  if (!people.some((lp) => isCommissioner(lp.person.title))) return;
  const commissions = organizations.filter((o) => COMMISSION_NAME.test(o.name));
  if (commissions.length !== 1) return;
  for (const lp of people) {
    // (The article's main country or dateline is only a guess for a title with no body: the commission beats it.)
    const guessed = lp.person.because.some((b) => COUNTRY_GUESSES.has(b));
    if ((lp.person.affiliation && !guessed) || !(isCommissioner(lp.person.title) || COMMISSION_CHAIR.test(lp.person.title))) continue;
    lp.person.affiliation = commissions[0].name;
    lp.person.because = [...lp.person.because.filter((b) => !COUNTRY_GUESSES.has(b)), 'person.affiliation.commission'];
  }
}
const COUNTRY_GUESSES = new Set(['person.affiliation.main-country', 'person.affiliation.dateline']);
const COMMISSIONER_TITLE = rx('iu')`^${COMMISSIONER_TITLES}$`;
const COMMISSION_CHAIR = rx('iu')`^${COMMISSION_CHAIRS}$`;
const COMMISSION_NAME = rx('iu')`(?<![\p{L}-])${COMMISSION_HEADS}(?![\p{L}-])`;

const JUDGE_TITLE = rx('iu')`^(?:${JUDGE_RANKS}\s+)?${JUDGE_TITLES}$`;
const COURT_NAME = rx('iu')`(?<![\p{L}-])${COURT_HEADS}(?![\p{L}-])`;

/** How many organization mentions back a role's owner is looked for. */
const LOOK_BACK = 50;

/**
 * "The Southern African Poultry Producers' Council welcomed the ruling. The Council's trade committee
 * chairman, Dr. Sipho Ndlovu, …": an affiliation of one capitalized head word is the body named
 * before whose name ends with it, the nearest one.
 */
function fullBodyNames(people: LinkedPerson[], organizations: Organization[]): void {
  // Mentions of bodies of two words or more, by their last word, in document order.
  let byHead: Map<string, { start: number; name: string }[]> | null = null;
  for (const lp of people) {
    const short = lp.person.affiliation;
    if (!/^\p{Lu}[\p{L}-]+$/u.test(short) || !END_HEADS.has(short.toLowerCase())) continue;
    byHead ??= bodiesByHead(organizations);
    const list = byHead.get(short.toLowerCase());
    if (!list) continue;
    const first = Math.min(...lp.mentions.map((m) => m.start));
    const n = lowerBound(list, first, (x) => x.start) - 1;
    if (n < 0) continue;
    lp.person.affiliation = list[n].name;
    lp.person.because = [...lp.person.because, 'person.affiliation.full-body-name'];
  }
}

function bodiesByHead(organizations: Organization[]): Map<string, { start: number; name: string }[]> {
  const out = new Map<string, { start: number; name: string }[]>();
  for (const o of organizations) {
    const words = o.name.split(/\s+/);
    if (words.length < 2) continue;
    const head = words[words.length - 1].toLowerCase();
    const list = out.get(head) ?? [];
    for (const m of o.mentions) list.push({ start: m.start, name: o.name });
    out.set(head, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}
