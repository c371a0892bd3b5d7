import type { Analysis, Quote } from '../../core/types';
import { blocks, commandLink, escapeMarkdown, escapedClip, quoted } from './markdown';
import { whyLine } from './why';

/** The card of a quotation: the words, who said them (with title), and where else they speak. */
export function quoteCard(a: Analysis, q: Quote, lineOf: (offset: number) => number): string {
  if (!q.speaker) {
    return blocks('**Quote** · **no speaker found**: check the attribution', quoted(q.text, 240), whyLine(q));
  }
  const theirs = a.quotes.filter((x) => (q.speakerId ? x.speakerId === q.speakerId : x.speaker === q.speaker));
  const person = a.people.find((p) => p.id === q.speakerId);
  const role = person ? [person.title, person.affiliation].filter(Boolean).map(escapeMarkdown).join(', ') : '';
  const others = theirs.filter((x) => x !== q).slice(0, 3);
  return blocks(
    `**Quote** · ${escapeMarkdown(q.speaker)}${role ? ` (${role})` : ''} · ${theirs.indexOf(q) + 1} of ${theirs.length}`,
    quoted(q.text, 240),
    /^\p{Ll}/u.test(q.text.trim()) ? '*A partial quotation: check the words around it.*' : '',
    whyLine(q),
    others.length ? `**Also quoted:** ${others.map((x) => `“${escapedClip(x.text, 50)}” (line ${lineOf(x.start)})`).join(' · ')}` : '',
    commandLink(`Show quotes by ${q.speaker}`, 'tradeFacts.showQuotes', [q.speaker]),
  );
}
