import { PLACE_NOUNS } from '../lexicon/regions';
import { KNOWN_FAMILY_NAMES as FAMILY_NAMES, KNOWN_GIVEN_NAMES as GIVEN_NAMES } from '../lexicon/worldNames';
import { CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES } from '../lexicon/nameParticles';
import { countryOfPlace } from '../countries';
import type { Tok } from '../lexicon/tokens';
import { decide } from '../rules/rule';
import { BYLINE_OPENERS, CREDIT_OPENERS, CREDIT_ROLES, PLACE_PREPOSITIONS, TITLE_MODIFIERS } from '../lexicon/titles';
import { PARTY_LABELS } from '../lexicon/parties';
import { rx } from '../lexicon/wordList';
import { isNameWord, nameEnd } from './names';
import { NAME_OPENERS, PERSON_EVIDENCE, type PersonCheck, type PersonHit } from './nameRules';
import { ROLE_AFTER_RULES, roleInNextSentence, spokespersonBefore, roleOfBodyBefore } from './roles';
import { portfolioTitleBefore, titleBefore, titleBeforeComma } from './titles';
import { orgRunStart } from './affiliationRules';
import { counterpartTitles, frontedBody, pairedNames, sentenceCountry, sharedPluralTitles } from './context';

export type { PersonHit, PersonCheck } from './nameRules';

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const CREDIT_LINE = rx('i')`(?:^|\n)[\s*_—–(-]*${CREDIT_OPENERS}\s`;
const BYLINE = rx('i')`^[\s*_]*${BYLINE_OPENERS}\s`;
// The credit's verb right before a name: "Reporting by ", "; editing by " (not "additional reporting by").
const CREDIT_VERB = new RegExp(`(?:^|[(;,]\\s*|\\n[\\s*_—–-]*)(${[...CREDIT_ROLES.keys()].join('|')})\\s+by\\s+$`, 'i');

/** A headline in title case: short, no closing period, most long words capitalized. */
function isHeadline(text: string, toks: Tok[]): boolean {
  if (toks.length > 20 || /[.!?]["”’]?\s*$/.test(text)) return false;
  const long = toks.filter((t) => t.word && t.text.length > 3);
  return long.length >= 3 && long.filter((t) => t.cap).length >= long.length * 0.8;
}

/**
 * People in one paragraph, by rule: openers (a portfolio title, an honorific, a title, a body's
 * title, "counterpart") fix where a name starts; evidence rules (a speech verb, a byline, an
 * apposition, an age, compromise's tagger…) make a plain run of name words a person. Then titles
 * set off around the name, and lone capitalized words as weak mentions.
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
    const h: PersonHit = { i, j, title: '', affiliation: '', org: null, honorific: '', weak: false, because: [], ...extra };
    for (let k = i; k < j; k++) taken[k] = 1;
    hits.push(h);
    return h;
  };
  const byline = BYLINE.test(text);
  // "— With assistance from A and B", "Additional reporting by A; Editing by B": every name is a person.
  // Where a credit line opens ("(Reporting by …", or a masthead's "Edited by …" line): names from there on are credited.
  const creditAt = text.length < 300 ? CREDIT_LINE.exec(text)?.index ?? -1 : -1;
  const headline = isHeadline(text, toks);
  let party = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.word || taken[i]) continue;
    const opened = decide(NAME_OPENERS, { text, toks, i, headline, seesPerson });
    if (opened && add(opened.value.i, opened.value.j, { ...opened.value, because: opened.value.because })) {
      i = opened.value.j - 1;
      continue;
    }
    // "Republican Tom Hale": a party label before a name is not part of it.
    // "Progressive Conservative government": a label alone (or two) is never a name.
    if (t.cap && PARTY_LABELS.has(t.text)) {
      if (isNameWord(toks[i + 1]) && !PARTY_LABELS.has(toks[i + 1].text) && toks[i + 1].start - t.end === 1) party = i + 1;
      continue;
    }
    const j = nameEnd(toks, i);
    if (j === i) continue;
    // "Back in Santa Catarina, …": after "in" or "near" a run of name words is a place, unless its names are people's.
    if (PLACE_PREPOSITIONS.has(low(toks[i - 1])) && !toks[i - 1].cap && !seesPerson(toks[i].start, toks[j - 1].end)) continue;
    // "in Quang Nam province": a place noun after the words makes them a place, whoever else bears the name.
    if (PLACE_PREPOSITIONS.has(low(toks[i - 1])) && !toks[j]?.cap && PLACE_NOUNS.has(low(toks[j]))) continue;
    const ev = decide(PERSON_EVIDENCE, { text, toks, i, j, byline, credits: creditAt >= 0 && toks[i].start >= creditAt, seesPerson });
    if (!ev) continue;
    const extra = ev.value === true ? {} : ev.value;
    const because = [...(party === i ? ['person.name.party-label'] : []), ev.rule];
    if (add(i, j, { ...extra, because })) i = j - 1;
  }
  // Titles set off around a name: "The minister, Ryutaro Hashimoto,", "Wendy Cutler, a vice president at …".
  for (const h of hits) {
    // "(Reporting by Ana Ruiz; editing by Tom Hale)": the credit's verb is the role (a credit line is under 300 characters).
    if (creditAt >= 0 && toks[h.i].start >= creditAt && !h.title && !h.weak) {
      const verb = CREDIT_VERB.exec(text.slice(0, toks[h.i].start))?.[1].toLowerCase();
      const role = verb ? CREDIT_ROLES.get(verb) : undefined;
      if (role) [h.title] = [role, h.because.push('person.title.credit-role')];
    }
    // "Trade Minister Dr. Ana Souza", "Minister of State for Finance Shri Raghav Menon": a title before the honorific.
    if (!h.title && h.honorific && h.i > 1) {
      const before = titleBefore(text, toks, h.i - 1);
      if (before) {
        Object.assign(h, { title: before.title, affiliation: h.affiliation || before.affiliation, org: h.org || before.org });
        h.because.push('person.title.before-honorific', ...(h.affiliation === before.affiliation ? before.because : []));
      }
    }
    if (!h.title && !h.weak && h.i > 2) {
      const portfolio = portfolioTitleBefore(text, toks, h.i);
      if (portfolio) {
        Object.assign(h, { title: portfolio.title, affiliation: h.affiliation || portfolio.affiliation, org: h.org || portfolio.org });
        h.because.push('person.title.portfolio-before', ...(h.affiliation === portfolio.affiliation ? portfolio.because : []));
      }
    }
    if (!h.title) {
      // "The Union Minister of State for Finance, Shri Aravind Menon,": the set-off title before the honorific.
      const pre = titleBeforeComma(text, toks, h.i) ?? (h.honorific ? titleBeforeComma(text, toks, h.i - 1) : null);
      const spoke = pre ? null : spokespersonBefore(text, toks, h.i);
      const ofBody = pre || spoke ? null : roleOfBodyBefore(text, toks, h.honorific ? h.i - 1 : h.i);
      const found = pre ? { f: pre, rule: 'person.title.set-off-before' } : spoke ? { f: spoke, rule: 'person.title.spokesperson-for' } : ofBody ? { f: ofBody, rule: 'person.title.of-body-before' } : null;
      if (found) {
        Object.assign(h, { title: found.f.title, affiliation: h.affiliation || found.f.affiliation, org: h.org || found.f.org });
        h.because.push(found.rule, ...(h.affiliation === found.f.affiliation ? found.f.because : []));
        if (pre?.antecedent && !h.affiliation) h.antecedent = pre.antecedent;
      }
    }
    roleAfterHit(text, toks, h);
    if (!h.weak && !h.affiliation) ownerBefore(text, toks, h, hits);
    if (!h.weak && !h.title && !h.affiliation) {
      const next = roleInNextSentence(text, toks, hits, h);
      if (next) Object.assign(h, { title: next.title, affiliation: next.affiliation, org: next.org, because: [...h.because, ...next.because] });
    }
  }
  counterpartTitles(hits);
  sharedPluralTitles(toks, hits);
  sentenceCountry(text, toks, hits);
  frontedBody(text, toks, hits);
  // Lone capitalized words: weak mentions, linked only to a person named elsewhere ("Freeland said").
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || isOrg(i)) continue;
    const paired = pairedNames(toks, i);
    if (paired) {
      for (const span of paired) hits.push({ i, j: i + 1, title: '', affiliation: '', org: null, honorific: '', weak: true, because: ['person.name.paired'], span });
      continue;
    }
    if (!isNameWord(toks[i])) continue;
    const w = low(toks[i]);
    if (TITLE_MODIFIERS.has(w) || PARTY_LABELS.has(w)) continue;
    const h = add(i, i + 1, { weak: true, because: ['person.name.short-form'] });
    // "Brandt, a senior economist at Nordbank,": a role can come with the surname, long after the full name.
    if (h) roleAfterHit(text, toks, h);
  }
  return hits.sort((a, b) => a.i - b.i);
}

/**
 * "She spoke to Geneva Trade Review's Tobias Kägi": a body's possessive right before the name, of two
 * capitalized words or more and not a place, is whom the person works for.
 */
function ownerBefore(text: string, toks: Tok[], h: PersonHit, hits: PersonHit[]): void {
  const owner = toks[h.i - 1];
  if (!owner?.poss || !owner.cap || !/^(?:['’]s?)?\s$/.test(text.slice(owner.end, toks[h.i].start))) return;
  let s = orgRunStart(toks, h.i);
  // "Tamati Waaka and ACT's Gregor Stainton": a person named before "and" is no part of the body.
  for (const other of hits) if (other !== h && other.i >= s && other.j < h.i) s = Math.max(s, other.j + 1);
  if (h.i - s < 2) return;
  const name = text.slice(toks[s].start, owner.end).replace(/['’]s?$/, '');
  // (An "and" outside an "of" name joins two people or bodies: "co-leader Tamati Waaka and ACT's …".)
  if (countryOfPlace(name) || (/\band\b/.test(name) && !/\bof\b/.test(name))) return;
  Object.assign(h, { affiliation: name, org: h.org ?? { i: s, j: h.i } });
  h.because.push('person.affiliation.possessive-org');
}

/** Fills a hit's missing title or affiliation from a role right after it (", a senior fellow at …"). */
function roleAfterHit(text: string, toks: Tok[], h: PersonHit): void {
  // "Sarah Lind, 54, a dairy farmer": the age set off after the name is passed over.
  const aged = toks[h.j]?.text === ',' && /^\d{1,3}$/.test(toks[h.j + 1]?.text ?? '') && toks[h.j + 2]?.text === ',';
  const r = decide(ROLE_AFTER_RULES, { text, toks, j: aged ? h.j + 2 : h.j });
  if (!r || (h.title && h.affiliation)) return;
  const takesTitle = !h.title && !!r.value.title;
  const takesAffiliation = !h.affiliation && !!r.value.affiliation;
  if (takesTitle || takesAffiliation) {
    Object.assign(h, { title: h.title || r.value.title, affiliation: h.affiliation || r.value.affiliation, org: h.org || r.value.org });
    h.because.push(r.rule, ...(takesAffiliation ? r.value.because : []));
  }
  if (r.value.antecedent && !h.affiliation) h.antecedent = r.value.antecedent;
}

/**
 * A stretch is a person's name when the lexicon knows its names: compromise's own given and family
 * names (generated into lexicon/personNames.ts, so compromise's tagger need not load), a family
 * name written first (Chinese, Korean, Vietnamese), never a place.
 */
export function lexiconPeople(text: string): PersonCheck {
  return (start, end) => {
    const words = text.slice(start, end).split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}'-]/gu, '').toLowerCase()).filter(Boolean);
    if (!words.length || countryOfPlace(text.slice(start, end))) return false;
    // Chinese, Korean and Vietnamese names open with the family name ("Lu Yiming").
    const familyFirst = words.length >= 2 && (CHINESE_SURNAMES.has(words[0]) || KOREAN_SURNAMES.has(words[0]) || VIETNAMESE_SURNAMES.has(words[0]));
    return familyFirst || GIVEN_NAMES.has(words[0]) || FAMILY_NAMES.has(words[words.length - 1]);
  };
}
