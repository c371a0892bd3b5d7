import type { Analysis, Person } from '../../core/types';
import { blocks, commandLink, escapeMarkdown, plural } from './markdown';
import { whyLine } from './why';

/** The fact card of a person: name, title, affiliation, mentions, quotes and, when they have any, a link to them. */
export function personCard(a: Analysis, p: Person): string {
  const quotes = a.quotes.filter((q) => q.speakerId === p.id).length;
  const role = [p.title, p.affiliation].filter(Boolean).map(escapeMarkdown).join(', ');
  return blocks(
    `**Person** · ${escapeMarkdown(p.name)}`,
    role ? role : '*No title or affiliation stated.*',
    `${plural(p.mentions.length, 'mention')} · ${plural(quotes, 'quote')}`,
    whyLine(p),
    // A person never quoted gets no link: it would open the panel on an empty filter.
    quotes ? commandLink(`Show quotes by ${p.name}`, 'tradeFacts.showQuotes', [p.name]) : '',
  );
}
