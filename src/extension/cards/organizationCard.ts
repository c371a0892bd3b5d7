import type * as _vscode from 'vscode';
import type { Analysis, Organization } from '../../core/types';
import { blocks, escapeMarkdown, mentionCount } from './markdown';
import { l10n } from '../l10n';
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
    l10n.t('**Organization** · {0}', escapeMarkdown(o.name)),
    forms.length ? l10n.t('**Also written:** {0}', forms.map((f) => `“${escapeMarkdown(f)}”`).join(', ')) : '',
    mentionCount(o.mentions.length),
    people.length ? l10n.t('**People:** {0}', people.map(escapeMarkdown).join(', ')) : l10n.t('*No one in the article is tied to it.*'),
    whyLine(o),
  );
}
