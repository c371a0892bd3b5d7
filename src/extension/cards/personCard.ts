import type * as _vscode from 'vscode';
import type { Analysis, Person } from '../../core/types';
import { blocks, commandLink, escapeMarkdown, mentionCount, quoteCount } from './markdown';
import { l10n } from '../l10n';
import { whyLine } from './why';

/** The fact card of a person: name, title, affiliation, mentions, quotes and, when they have any, a link to them. */
export function personCard(a: Analysis, p: Person): string {
  const quotes = a.quotes.filter((q) => q.speakerId === p.id).length;
  const role = [p.title, p.affiliation].filter(Boolean).map(escapeMarkdown).join(', ');
  return blocks(
    l10n.t('**Person** · {0}', escapeMarkdown(p.name)),
    role ? role : l10n.t('*No title or affiliation stated.*'),
    `${mentionCount(p.mentions.length)} · ${quoteCount(quotes)}`,
    whyLine(p),
    // A person never quoted gets no link: it would open the panel on an empty filter.
    quotes ? commandLink(l10n.t('Show quotes by {0}', p.name), 'tradeFacts.showQuotes', [p.name]) : '',
  );
}
