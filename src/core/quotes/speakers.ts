/**
 * Turns what an attribution says ("Mr. Liu", "the ministry", "Canada's Foreign Affairs Minister")
 * into a speaker of the article: a linked person, an organization, or the cue's own words.
 */
import type { LinkedPerson } from '../linkPeople';
import type { Organization } from '../types';
import { GENERIC_ORG, HONORIFIC_GENDER, ORG_HEAD } from './words';
import { lowerBound } from './search';

export interface Speaker {
  name: string;
  id: string | null;
  person?: LinkedPerson;
  org?: Organization;
}

type Gender = 'he' | 'she';

// Between an organization read as a person and the real name: a title or two, no punctuation.
const SAME_PHRASE = /^\s+(?:[\p{L}.-]+\s+){0,3}$/u;

/** People and organizations of the article, indexed for the lookups attribution needs. */
export class Cast {
  /** Every person mention, in text order. */
  readonly mentions: Array<{ start: number; end: number; lp: LinkedPerson }>;
  readonly orgMentions: Array<{ start: number; end: number; org: Organization }>;
  private readonly gender = new Map<LinkedPerson, Gender>();

  constructor(
    readonly people: LinkedPerson[],
    readonly organizations: Organization[],
    private readonly text: string,
  ) {
    this.mentions = people.flatMap((lp) => lp.mentions.map((m) => ({ start: m.start, end: m.end, lp }))).sort((a, b) => a.start - b.start);
    this.orgMentions = organizations.flatMap((org) => org.mentions.map((m) => ({ start: m.start, end: m.end, org }))).sort((a, b) => a.start - b.start);
    for (const lp of people) {
      for (const m of lp.mentions) {
        const honorific = (m.honorific || /(\b(?:Mr|Mrs|Ms|Miss|Sir|Dame)\.?)\s+$/.exec(text.slice(Math.max(0, m.start - 6), m.start))?.[1] || '').toLowerCase();
        const g = HONORIFIC_GENDER[honorific] ?? HONORIFIC_GENDER[honorific.replace(/\.$/, '')];
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

  personSpeaker(lp: LinkedPerson): Speaker {
    return { name: lp.person.name, id: lp.person.id, person: lp };
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
    for (let n = 0; first && n < 3; n++) {
      const next = this.firstMentionIn(this.mentions, first.end, end, outside);
      if (!next || !SAME_PHRASE.test(this.text.slice(first.end, next.start))) break;
      first = next;
    }
    return first;
  }

  /** "Mr. Liu" at 812 → Liu Pengyu: by the mention there, else by surname or organization name, else the cue's words. */
  byName(name: string, start: number, end: number): Speaker {
    const at = this.firstMentionIn(this.mentions, Math.max(0, start - 40), end, []);
    if (at && at.start < end && at.end > start) {
      // The cue read a fuller name than the person list holds ("Pankaj Bedi" vs "Pankaj"): show the cue's.
      const cue = normalize(name);
      const known = normalize(at.lp.person.name);
      if (cue.split(' ').length > known.split(' ').length && cue.includes(known)) return { name, id: at.lp.person.id, person: at.lp };
      return this.personSpeaker(at.lp);
    }
    const org = this.orgMentions.find((o) => o.start < end && o.end > start);
    if (org && org.end >= end) return this.orgSpeaker(org.org);

    const key = normalize(name);
    const surname = key.split(' ').pop() ?? '';
    let best: LinkedPerson | undefined;
    let bestDistance = Infinity;
    for (const m of this.mentions) {
      const forms = [normalize(m.lp.person.name), normalize(this.textOf(m))];
      // Chinese names put the family name first: "Mr. Liu" is Liu Pengyu.
      const single = !key.includes(' ');
      const hit = forms.some((f) => f === key || f.split(' ').pop() === surname || f.endsWith(' ' + key) || (single && f.split(' ')[0] === key));
      if (!hit) continue;
      const d = Math.abs(m.start - start);
      if (d < bestDistance) {
        bestDistance = d;
        best = m.lp;
      }
    }
    if (best) return this.personSpeaker(best);
    const namedOrg = this.organizations.find((o) => [o.name, ...o.aliases].some((f) => orgKey(f) === orgKey(name)));
    if (namedOrg) return this.orgSpeaker(namedOrg);
    return { name, id: null };
  }

  /**
   * "the prime minister" → the person titled so, mentioned last before `at`; "the ministry" → the
   * last organization with that word in its name. Unnamed speakers ("a government source") → null.
   */
  byDescription(description: string, at: number): Speaker | null {
    const words = description.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
    if (!words.length || /^(?:a|an|one|another|some|several|two|three|many|most|other|senior|top|officials|sources)$/.test(words[0])) return null;
    const head = words[words.length - 1].replace(/\.$/, '');
    if (ORG_HEAD.has(head) || GENERIC_ORG.has(head)) {
      const before = this.orgMentions.filter((o) => o.start < at).reverse();
      const org = before.find((o) => o.org.name.toLowerCase().includes(head)) ?? (GENERIC_ORG.has(head) ? before[0] : undefined);
      return org ? this.orgSpeaker(org.org) : null;
    }
    const titled = [...this.mentions].reverse().find((m) => m.start < at && titleOf(m.lp).includes(head) && head.length > 2);
    return titled ? this.personSpeaker(titled.lp) : null;
  }

  private textOf(m: { start: number; end: number; lp: LinkedPerson }): string {
    return m.lp.mentions.find((x) => x.start === m.start)?.text ?? '';
  }
}

function titleOf(lp: LinkedPerson): string {
  return [lp.person.title, ...lp.mentions.map((m) => m.title)].join(' ').toLowerCase();
}

function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Organization names compared without "the", a leading "U.S." or a country's possessive. */
function orgKey(name: string): string {
  return normalize(name.replace(/^the\s+/i, '').replace(/^(?:U\.?S\.?|US)\s+/, '').replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, ''));
}
