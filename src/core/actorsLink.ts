import type { LinkedPerson } from './linkPeople';
import { orgKey } from './organizations/orgKey';
import type { Organization } from './types';

/**
 * People are found a paragraph at a time, so "Kinabalu Foundry said…" far from the company's full
 * name reads as a person. A "person" with no title and no Mr./Ms. anywhere whose name is an
 * organization's name or short form is that organization: its mentions move there.
 */
export function reclaimOrganizations(people: LinkedPerson[], organizations: Organization[]): LinkedPerson[] {
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
