import type { FactCheck } from '../../core/ledger';
import { commandLink, escapeMarkdown } from './markdown';

const LABEL: Record<FactCheck['status'], string> = {
  unchecked: '$(circle-large-outline) Not checked yet',
  verified: '$(pass-filled) Verified',
  disputed: '$(error) Disputed',
  changed: '$(warning) Changed since it was checked',
};

/** The commands a card's check links run. */
export const CHECK_COMMANDS = ['tradeFacts.markVerified', 'tradeFacts.disputeFact', 'tradeFacts.clearMark'] as const;

/**
 * The card's check block: status, who and when, note and source, and the links Mark verified /
 * Dispute… / Clear. `read-only` says why marks cannot be recorded (a ledger that could not be read).
 */
export function checkSection(check: FactCheck | undefined, target: { uri: string; id: string }, readOnly?: string): string {
  const c = check ?? { status: 'unchecked' as const, note: '', source: '', by: '', at: '', ignoredChecks: [], key: null };
  const who = c.by && c.status !== 'unchecked' ? ` by ${escapeMarkdown(c.by)}${c.at ? `, ${escapeMarkdown(c.at.slice(0, 10))}` : ''}` : '';
  const lines = [`**${LABEL[c.status]}**${who}`];
  if (c.status === 'changed' && c.was) lines.push(`It read “${escapeMarkdown(c.was)}” when it was marked.`);
  if (c.note) lines.push(`Note: ${escapeMarkdown(c.note)}`);
  if (c.source) lines.push(`Source: ${escapeMarkdown(c.source)}`);
  if (readOnly) lines.push(`_Marks are read-only: the check ledger ${escapeMarkdown(readOnly)}._`);
  else {
    const links = [
      c.status !== 'verified' && commandLink('Mark verified', 'tradeFacts.markVerified', [target]),
      c.status !== 'disputed' && commandLink('Dispute…', 'tradeFacts.disputeFact', [target]),
      c.status !== 'unchecked' && commandLink('Clear', 'tradeFacts.clearMark', [target]),
    ].filter(Boolean);
    lines.push(links.join(' · '));
  }
  return lines.join('  \n');
}
