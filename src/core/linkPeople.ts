import type { OrganizationMention, PersonMention } from './mentions';
import type { Organization, Person } from './types';

/** A person and the mentions merged into them (document offsets). */
export interface LinkedPerson {
  person: Person;
  mentions: PersonMention[];
}

/** Merges every mention of the same person ("Mr. Liu" → "Liu Pengyu"). (Stub: being written.) */
export function linkPeople(mentions: PersonMention[]): LinkedPerson[] {
  const byName = new Map<string, LinkedPerson>();
  for (const m of mentions) {
    let lp = byName.get(m.text);
    if (!lp) {
      lp = { person: { id: '', name: m.text, title: m.title, affiliation: m.affiliation, mentions: [] }, mentions: [] };
      byName.set(m.text, lp);
    }
    lp.mentions.push(m);
    lp.person.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byName.values()];
}

/** Merges every form of the same organization ("World Trade Organization", "WTO"). (Stub: being written.) */
export function linkOrganizations(mentions: OrganizationMention[]): Organization[] {
  const byName = new Map<string, Organization>();
  for (const m of mentions) {
    let o = byName.get(m.name);
    if (!o) byName.set(m.name, (o = { id: '', name: m.name, aliases: [], mentions: [] }));
    if (m.text !== o.name && !o.aliases.includes(m.text)) o.aliases.push(m.text);
    o.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  return [...byName.values()];
}
