import type { Analysis, Organization } from '../../core/types';
import { blocks, escapeMarkdown, plural } from './markdown';
import { whyLine } from './why';

/** People the article ties to the organization: their affiliation names it or one of its forms. */
export function peopleOf(a: Analysis, o: Organization): string[] {
  const forms = [o.name, ...o.aliases].map((f) => f.toLowerCase());
  return a.people.filter((p) => p.affiliation && forms.includes(p.affiliation.toLowerCase())).map((p) => p.name);
}

/** The fact card of an organization: name, forms used, mentions, people tied to it. */
export function organizationCard(a: Analysis, o: Organization): string {
  const forms = [...new Set([...o.aliases, ...o.mentions.map((m) => m.text)])].filter((f) => f !== o.name);
  const people = peopleOf(a, o);
  return blocks(
    `**Organization** · ${escapeMarkdown(o.name)}`,
    forms.length ? `**Also written:** ${forms.map((f) => `“${escapeMarkdown(f)}”`).join(', ')}` : '',
    plural(o.mentions.length, 'mention'),
    people.length ? `**People:** ${people.map(escapeMarkdown).join(', ')}` : '*No one in the article is tied to it.*',
    whyLine(o),
  );
}
