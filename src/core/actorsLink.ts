import type { LinkedPerson } from './linkPeople';
import { orgKey } from './organizations/orgKey';
import type { Organization } from './types';

/**
 * People are found a paragraph at a time, so "Kinabalu Foundry said…" far from the company's full
 * name reads as a person. A "person" with no title and no Mr./Ms. anywhere whose name is an
 * organization's name or short form is that organization: its mentions move there.
 */
export function reclaimOrganizations(people: LinkedPerson[], organizations: Organization[]): LinkedPerson[] {
  ownersAcrossParagraphs(people, organizations);
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

/**
 * "The American Cycling Importers Council filed the petition. … Darnell Whitfield, the council's
 * president, said …": a role owned by "the council" or "its" belongs to the body named last before,
 * in an earlier paragraph (a noun must be in the body's name; "its" must be near).
 */
function ownersAcrossParagraphs(people: LinkedPerson[], organizations: Organization[]): void {
  for (const lp of people) {
    if (lp.person.affiliation) continue;
    const m = lp.mentions.find((x) => (x as { antecedent?: string }).antecedent);
    const noun = (m as { antecedent?: string } | undefined)?.antecedent;
    if (!m || !noun) continue;
    // "the group's executive president" after "industry association Aço Nordeste": with no body
    // whose name holds the noun, the nearest body before stands for it.
    const named = noun !== '*' && organizations.some((o) => [o.name, ...o.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(noun)));
    let best: { at: number; name: string } | null = null;
    for (const o of organizations) {
      if (named && ![o.name, ...o.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(noun))) continue;
      for (const om of o.mentions) if (om.end <= m.start && (!best || om.start > best.at)) best = { at: om.start, name: o.name };
    }
    if (!best || (!named && m.start - best.at > NEAR)) continue;
    lp.person.affiliation = best.name;
    lp.person.because = [...lp.person.because, 'person.affiliation.antecedent'];
  }
}
