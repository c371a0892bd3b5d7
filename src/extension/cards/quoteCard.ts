import type { Quote } from '../../core/types';
import { blocks, commandLink, escapeMarkdown } from './markdown';

/** The card of a quotation: who said it, or a warning that no speaker was found. */
export function quoteCard(q: Quote): string {
  return blocks(
    `**Quote** · ${q.speaker ? escapeMarkdown(q.speaker) : '**no speaker found**, check the attribution'}`,
    q.speaker ? commandLink(`Show quotes by ${q.speaker}`, 'tradeFacts.showQuotes', [q.speaker]) : '',
  );
}
