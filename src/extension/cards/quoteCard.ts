import type * as _vscode from 'vscode';
import type { Analysis, Quote } from '../../core/types';
import { l10n } from '../l10n';
import { blocks, commandLink, escapeMarkdown, escapedClip, quoted } from './markdown';
import { whyLine } from './why';

/** The card of a quotation: the words, who said them (with title), and where else they speak. */
export function quoteCard(a: Analysis, q: Quote, lineOf: (offset: number) => number): string {
  if (!q.speaker) {
    return blocks(l10n.t('**Quote** · **no speaker found**: check the attribution'), quoted(q.text, 240), whyLine(q));
  }
  const theirs = a.quotes.filter((x) => (q.speakerId ? x.speakerId === q.speakerId : x.speaker === q.speaker));
  const person = a.people.find((p) => p.id === q.speakerId);
  const role = person ? [person.title, person.affiliation].filter(Boolean).map(escapeMarkdown).join(', ') : '';
  const others = theirs.filter((x) => x !== q).slice(0, 3);
  return blocks(
    role
      ? l10n.t('**Quote** · {0} ({1}) · {2} of {3}', escapeMarkdown(q.speaker), role, theirs.indexOf(q) + 1, theirs.length)
      : l10n.t('**Quote** · {0} · {1} of {2}', escapeMarkdown(q.speaker), theirs.indexOf(q) + 1, theirs.length),
    quoted(q.text, 240),
    /^\p{Ll}/u.test(q.text.trim()) ? l10n.t('*A partial quotation: check the words around it.*') : '',
    whyLine(q),
    others.length ? l10n.t('**Also quoted:** {0}', others.map((x) => l10n.t('“{0}” (line {1})', escapedClip(x.text, 50), lineOf(x.start))).join(' · ')) : '',
    commandLink(l10n.t('Show quotes by {0}', q.speaker), 'tradeFacts.showQuotes', [q.speaker]),
  );
}
