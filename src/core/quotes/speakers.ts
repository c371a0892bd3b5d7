import { FEMALE_NAMES, MALE_NAMES } from '../lexicon/personNames';
import { nameWords } from '../people/names';
/**
 * Turns what an attribution says ("Mr. Liu", "the ministry", "Canada's Foreign Affairs Minister")
 * into a speaker of the article: a linked person, an organization, or the cue's own words.
 */
import type { LinkedPerson } from '../linkPeople';
import type { Organization } from '../types';
import { AFFILIATION_JOINERS, GENDERED_HONORIFICS, GENERIC_ORG, HONORIFIC_GENDER, ORG_HEAD, PERSON_ROLE, TITLE_WORDS, UNNAMED_OPENERS } from '../lexicon/speechVerbs';
import { rx } from '../lexicon/wordList';
import { CABINET_HEADS, LEGISLATOR_MARKS, LEGISLATOR_REFERENCES, SPOKES, STATE_OFFICES } from '../lexicon/titles';
import { lowerBound } from './search';
import { memoize } from '../memo';
import { roleWordsAt, sharesRole } from './roles';

export interface Speaker {
  name: string;
  id: string | null;
  person?: LinkedPerson;
  org?: Organization;
  /** An unnamed speaker reported as described ("a ministry spokesperson"). */
  described?: boolean;
}

type Gender = 'he' | 'she';

/** "Mr. " or "Ms " right before a name. */
// "by " right before a name: the agent of a passive clause.
const AGENT_BEFORE = /\bby\s+$/i;
const HONORIFIC_BEFORE = rx('i')`(\b${GENDERED_HONORIFICS}\.?)\s+$`;

/** How many person mentions "the farmer said" reads back for its farmer. */
const DESCRIPTION_REACH = 400;
// A legislator's marks: a house, a committee or a party in the title, "Sen."/"Rep." before the name, "D-Ohio" after it.
const LEGISLATOR_WORD = rx('i')`(?<![\p{L}-])(?:${LEGISLATOR_REFERENCES}|${LEGISLATOR_MARKS})(?![\p{L}-])`;
const PARTY_AFTER = /^,?\s*\(?([DRI])-[A-Z]/;
// "the Ohio Democrat", "the Texas Republican": a party the letter after a name stands for.
const PARTY_HEAD = /^(?:democrat|republican)$/;
// Legislators are told on second reference within a few paragraphs.
const LEGISLATOR_REACH = 1500;

// Between an organization read as a person and the real name: a title or two, no punctuation.
const SAME_PHRASE = /^\s+(?:[\p{L}.-]+\s+){0,3}$/u;

/** " of Banco Norte", " at the Council": an affiliation after a name, not more of it. */
const JOINED_AFFILIATION = rx('i')`^\s*${AFFILIATION_JOINERS}\s`;

/** A word of a title between a company and its person ("Chopard copresident"), not a verb ("met"). */
const titleLike = (w: string) => !w || /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w.toLowerCase()) || PERSON_ROLE.has(w.toLowerCase());

/** People and organizations of the article, indexed for the lookups attribution needs. */
export class Cast {
  /** Every person mention, in text order. */
  readonly mentions: Array<{ start: number; end: number; text: string; lp: LinkedPerson }>;
  readonly orgMentions: Array<{ start: number; end: number; org: Organization }>;
  private readonly gender = new Map<LinkedPerson, Gender>();
  private readonly byForm = new Map<string, number[]>();
  /** Organizations by every form's key, first one named wins. */
  private readonly orgByKey = new Map<string, Organization>();
  private readonly titles = new Map<LinkedPerson, string>();
  private readonly roles = new Map<LinkedPerson, string[]>();

  constructor(
    readonly people: LinkedPerson[],
    readonly organizations: Organization[],
    private readonly text: string,
  ) {
    this.mentions = people.flatMap((lp) => lp.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, lp }))).sort((a, b) => a.start - b.start);
    // Each mention under every word a cue may name it by, so a name lookup reads only its candidates.
    this.mentions.forEach((m, i) => {
      for (const k of formKeys(m.lp.person.name, m.text)) {
        const list = this.byForm.get(k);
        if (list) list.push(i);
        else this.byForm.set(k, [i]);
      }
    });
    for (const o of organizations) for (const f of [o.name, ...o.aliases]) if (!this.orgByKey.has(orgKey(f))) this.orgByKey.set(orgKey(f), o);
    this.orgMentions = organizations.flatMap((org) => org.mentions.map((m) => ({ start: m.start, end: m.end, org }))).sort((a, b) => a.start - b.start);
    for (const lp of people) {
      for (const m of lp.mentions) {
        const honorific = (m.honorific || HONORIFIC_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1] || '').toLowerCase();
        const g = HONORIFIC_GENDER[honorific] ?? HONORIFIC_GENDER[honorific.replace(/\.$/, '')];
        if (g) this.gender.set(lp, g);
      }
      // Else the given name, when the name lists mark it as a man's or a woman's ("Rodrigo", "Marisela" is neither).
      if (!this.gender.has(lp)) {
        const g = givenNameGender(lp.person.name);
        if (g) this.gender.set(lp, g);
      }
    }
  }

  genderOf(lp: LinkedPerson): Gender | undefined {
    return this.gender.get(lp);
  }

  /** Remembers the gender a resolved "he"/"she" gave a person. */
  learnGender(lp: LinkedPerson, g: Gender): void {
    if (!this.gender.has(lp)) this.gender.set(lp, g);
  }

  /** Each person's speaker, made once per cast (speakers are read, never changed). */
  private readonly speakers = new Map<LinkedPerson, Speaker>();

  personSpeaker(lp: LinkedPerson): Speaker {
    let who = this.speakers.get(lp);
    if (!who) this.speakers.set(lp, (who = { name: lp.person.name, id: lp.person.id, person: lp }));
    return who;
  }

  orgSpeaker(org: Organization): Speaker {
    return { name: org.name, id: org.id, org };
  }

  /** The first person or organization mention inside [start, end), outside the given quote spans. */
  firstMentionIn<T extends { start: number; end: number }>(list: T[], start: number, end: number, outside: Array<{ start: number; end: number }>): T | undefined {
    for (let i = lowerBound(list, start, (m) => m.start); i < list.length && list[i].start < end; i++) {
      if (!outside.some((q) => list[i].start >= q.start && list[i].start < q.end)) return list[i];
    }
    return undefined;
  }

  /**
   * The first person named in [start, end) outside quotes, reading "Chopard copresident Karl-Friedrich
   * Scheufele" as one phrase whose person is the last name in it.
   */
  subjectPersonIn(start: number, end: number, outside: Array<{ start: number; end: number }>): { start: number; end: number; lp: LinkedPerson } | undefined {
    let first = this.firstMentionIn(this.mentions, start, end, outside);
    // "Asked by Nandini Bhatt of Kaveri Research whether …, chief financial officer Arvind Menon was blunt": the agent
    // of a fronted "by" clause is not who the sentence is about; the person after its comma is.
    if (first && AGENT_BEFORE.test(this.text.slice(Math.max(start, first.start - 4), first.start))) {
      const next = this.firstMentionIn(this.mentions, first.end, end, outside);
      if (next && this.text.slice(first.end, next.start).includes(',')) first = next;
    }
    for (let n = 0; first && n < 3; n++) {
      const next = this.firstMentionIn(this.mentions, first.end, end, outside);
      const between = this.text.slice(first.end, next?.start);
      if (!next || !SAME_PHRASE.test(between) || !between.trim().split(/\s+/).every(titleLike)) break;
      first = next;
    }
    return first;
  }

  /**
   * The people named in [start, end) outside quotes, the sentence's subject first, then the others
   * in text order ("Mr. Brandt met Ms. Oyelaran": Brandt, Oyelaran). Bounded: a sentence names a few.
   */
  peopleIn(start: number, end: number, outside: Array<{ start: number; end: number }>): LinkedPerson[] {
    const subject = this.subjectPersonIn(start, end, outside);
    if (!subject) return [];
    const out = [subject.lp];
    for (let i = lowerBound(this.mentions, start, (m) => m.start); i < this.mentions.length && this.mentions[i].start < end && out.length < 8; i++) {
      const m = this.mentions[i];
      if (!out.includes(m.lp) && !outside.some((q) => m.start >= q.start && m.start < q.end)) out.push(m.lp);
    }
    return out;
  }

  /** Names already resolved, by where they start: "he said" reads back over the same cues for every quote. */
  private readonly named = new Map<number, { name: string; end: number; who: Speaker }>();

  /** "Mr. Liu" at 812 → Liu Pengyu: by the mention there, else by surname or organization name, else the cue's words. */
  byName(name: string, start: number, end: number): Speaker {
    const known = this.named.get(start);
    if (known && known.name === name && known.end === end) return known.who;
    const who = this.readName(name, start, end);
    this.named.set(start, { name, end, who });
    return who;
  }

  /** `byName`, read (it reads only what the cast was built from: the same answer every time it is asked). */
  private readName(name: string, start: number, end: number): Speaker {
    const at = this.firstMentionIn(this.mentions, Math.max(0, start - 40), end, []);
    if (at && at.start < end && at.end > start) {
      // The cue read a fuller name than the person list holds ("Pankaj Bedi" vs "Pankaj"): show the cue's.
      const cue = memoNormalize(name);
      const known = memoNormalize(at.lp.person.name);
      // Only when the extra words follow the name: "Economic Security Ana Petrova" is a title's tail, not a fuller name.
      // "Ana Ruiz of Banco Norte" is Ana Ruiz, of her bank: a joining word ends the name.
      if (wordCount(cue) > wordCount(known) && cue.startsWith(known) && !JOINED_AFFILIATION.test(cue.slice(known.length))) return { name, id: at.lp.person.id, person: at.lp };
      return this.personSpeaker(at.lp);
    }
    const org = this.orgMentions.find((o) => o.start < end && o.end > start);
    if (org && org.end >= end) return this.orgSpeaker(org.org);

    const key = memoNormalize(name);
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    const single = !key.includes(' ');
    const candidates = mentionsOf(this.byForm.get(`full:${key}`), this.byForm.get(`last:${surname}`), single ? this.byForm.get(`first:${key}`) : undefined);
    let best: LinkedPerson | undefined;
    let bestDistance = Infinity;
    // Chinese names put the family name first: "Mr. Liu" is Liu Pengyu. (Words compared in place: a cue is matched against every candidate at every keystroke.)
    const spacedKey = ` ${key}`;
    const names = (f: string) => f === key || endsWithWord(f, surname) || f.endsWith(spacedKey) || (single && startsWithWord(f, key));
    for (const i of candidates) {
      const m = this.mentions[i];
      if (!names(memoNormalize(m.lp.person.name)) && !names(memoNormalize(m.text))) continue;
      const d = Math.abs(m.start - start);
      if (d < bestDistance) {
        bestDistance = d;
        best = m.lp;
      }
    }
    if (best) return this.personSpeaker(best);
    const namedOrg = this.orgByKey.get(orgKey(name));
    if (namedOrg) return this.orgSpeaker(namedOrg);
    return { name, id: null };
  }

  /**
   * "the prime minister" → the person titled so, mentioned last before `at`; "the ministry" → the
   * last organization with that word in its name. Unnamed speakers ("a government source") → null.
   */
  byDescription(description: string, at: number): Speaker | null {
    const words = description.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
    if (!words.length || UNNAMED_OPENERS.has(words[0])) return null;
    const head = words[words.length - 1].replace(/\.$/, '');
    // "the Office of the U.S. Trade Representative": an office of a post is a body, not whoever holds the post.
    const of = words.indexOf('of');
    if (of > 0 && of <= 2 && (ORG_HEAD.has(words[of - 1]) || GENERIC_ORG.has(words[of - 1]))) {
      const org = this.orgByKey.get(orgKey(description.replace(/^the\s+/i, '')));
      return org ? this.orgSpeaker(org) : null;
    }
    if (ORG_HEAD.has(head) || GENERIC_ORG.has(head)) {
      // The organizations named before `at`, nearest first.
      let fallback: Organization | undefined;
      for (let i = lowerBound(this.orgMentions, at, (o) => o.start) - 1; i >= 0; i--) {
        const o = this.orgMentions[i];
        fallback ??= o.org;
        if (o.org.name.toLowerCase().includes(head)) return this.orgSpeaker(o.org);
      }
      return fallback && GENERIC_ORG.has(head) ? this.orgSpeaker(fallback) : null;
    }
    if (head.length <= 2) return null;
    // The nearest person titled so, or described so beside a name ("Omar Haddad, a grain importer,").
    const first = lowerBound(this.mentions, at, (m) => m.start) - 1;
    for (let i = first; i >= 0 && first - i < DESCRIPTION_REACH; i--) {
      const lp = this.mentions[i].lp;
      if (this.titleOf(lp).includes(head) || sharesRole(head, this.rolesOf(lp))) return this.personSpeaker(lp);
    }
    // "Sen. Ray Delacorte, D-Ohio, took the opposite line. … “…,” the Ohio Democrat said."
    if (words[0] === 'the' && LEGISLATOR_REFERENCES.has(head)) {
      // A party's member by the party's letter after the name ("D-Ohio") or the party in title or affiliation; else any legislator.
      const party = PARTY_HEAD.test(head) ? head : '';
      for (let i = first; i >= 0 && at - this.mentions[i].end < LEGISLATOR_REACH; i--) {
        if (this.legislator(this.mentions[i].lp, party)) return this.personSpeaker(this.mentions[i].lp);
      }
    }
    // "Hennie van der Merwe counts the birds … “…,” said the broiler farmer": a plain description of the
    // untitled person the paragraph just named (not an office, which is someone else's: "the minister").
    const last = this.mentions[first];
    if (words[0] === 'the' && last && at - last.end < 300 && !this.text.slice(last.end, at).includes('\n') && !this.titleOf(last.lp)) {
      if (!CABINET_HEADS.has(head) && !STATE_OFFICES.has(head) && !SPOKES.has(head) && head !== 'official') return this.personSpeaker(last.lp);
    }
    return null;
  }

  /** The person named last before `at`, not the byline's writer: who "Her answers have been lightly edited" is about. */
  lastPersonBefore(at: number): Speaker | null {
    for (let i = lowerBound(this.mentions, at, (m) => m.start) - 1; i >= 0; i--) {
      const lp = this.mentions[i].lp;
      if (!lp.mentions.some((m) => m.because?.includes('person.is.byline'))) return this.personSpeaker(lp);
    }
    return null;
  }

  /** Whether the article marks a person as a legislator: by title or affiliation, "Sen."/"Rep." before a mention, a party label after one; of `party` ("democrat"), when given. */
  private legislator(lp: LinkedPerson, party: string): boolean {
    const held = `${this.titleOf(lp)} ${lp.person.affiliation}`;
    if (party) return held.toLowerCase().includes(party) || lp.mentions.some((m) => PARTY_AFTER.exec(this.text.slice(m.end, m.end + 12))?.[1] === party[0].toUpperCase());
    if (LEGISLATOR_WORD.test(held)) return true;
    return lp.mentions.some((m) => LEGISLATOR_WORD.test(this.text.slice(Math.max(0, m.start - 6), m.start)) || PARTY_AFTER.test(this.text.slice(m.end, m.end + 12)));
  }

  /** The lower-case words the article sets beside any of a person's mentions. */
  private rolesOf(lp: LinkedPerson): string[] {
    let r = this.roles.get(lp);
    if (r === undefined) this.roles.set(lp, (r = lp.mentions.flatMap((m) => roleWordsAt(this.text, m.start, m.end))));
    return r;
  }

  private titleOf(lp: LinkedPerson): string {
    let t = this.titles.get(lp);
    if (t === undefined) this.titles.set(lp, (t = [lp.person.title, ...lp.mentions.map((m) => m.title)].filter(Boolean).join(' ').toLowerCase()));
    return t;
  }

}

/** The words of a normalized name (single spaces): its spaces and one. */
function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * The mentions a name's forms index, each once, in text order. Asked for every name a cue gives, at
 * every keystroke: made as one list, not a set of the three lists spread and then sorted.
 */
function mentionsOf(a: readonly number[] | undefined, b: readonly number[] | undefined, c: readonly number[] | undefined): number[] {
  const all: number[] = [];
  const add = (list: readonly number[] | undefined) => {
    if (list) for (let i = 0; i < list.length; i++) all.push(list[i]);
  };
  add(a);
  add(b);
  add(c);
  all.sort((x, y) => x - y);
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  all.length = n;
  return all;
}

/** The words a cue may name a mention by (its person's name, its own text), remembered: the cast is rebuilt at every keystroke. */
const keysByName = new Map<string, Map<string, readonly string[]>>();
function formKeys(name: string, text: string): readonly string[] {
  let byText = keysByName.get(name);
  if (!byText) {
    if (keysByName.size > 10_000) keysByName.clear();
    keysByName.set(name, (byText = new Map()));
  }
  let keys = byText.get(text);
  if (!keys) {
    const out = new Set<string>();
    for (const f of new Set([memoNormalize(name), memoNormalize(text)])) {
      const words = f.split(' ');
      for (const k of [`full:${f}`, `last:${words[words.length - 1]}`, `first:${words[0]}`]) out.add(k);
    }
    byText.set(text, (keys = [...out]));
  }
  return keys;
}

const normalized = new Map<string, string>();
/** normalize(), remembered: the same few names are compared thousands of times in a long report. */
function memoNormalize(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    if (normalized.size > 10_000) normalized.clear();
    normalized.set(name, (n = normalize(name)));
  }
  return n;
}

function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the last word of `f` (after its last space) is `word`, a word without spaces. */
const endsWithWord = (f: string, word: string) => f.endsWith(word) && (f.length === word.length || f[f.length - word.length - 1] === ' ');
/** Whether the first word of `f` (before its first space) is `word`, a word without spaces. */
const startsWithWord = (f: string, word: string) => f.startsWith(word) && (f.length === word.length || f[word.length] === ' ');

/** The gender a person's given name marks ("Rodrigo" he, "Marisela" neither), null for none; remembered by name, the cast being rebuilt at every keystroke. */
const givenNameGender = memoize((name: string): Gender | null => {
  const given = nameWords(name);
  if (given.length < 2) return null;
  const first = given[0].toLowerCase();
  return MALE_NAMES.has(first) ? 'he' : FEMALE_NAMES.has(first) ? 'she' : null;
});

/** Organization names compared without "the", a leading "U.S." or a country's possessive; remembered (asked for every name at every keystroke). */
const orgKey = memoize((name: string): string => orgKeyOf(name));

function orgKeyOf(name: string): string {
  return normalize(name.replace(/^the\s+/i, '').replace(/^(?:U\.?S\.?|US)\s+/, '').replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, ''));
}
