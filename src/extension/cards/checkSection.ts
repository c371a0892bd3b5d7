import type * as _vscode from 'vscode';
import type { FactCheck } from '../../core/ledger';
import { l10n } from '../l10n';
import { commandLink, escapeMarkdown } from './markdown';

const label = (status: FactCheck['status']): string =>
  ({
    unchecked: l10n.t('$(circle-large-outline) Not checked yet'),
    verified: l10n.t('$(pass-filled) Verified'),
    disputed: l10n.t('$(error) Disputed'),
    changed: l10n.t('$(warning) Changed since it was checked'),
  })[status];

/** The commands a card's check links run. */
export const CHECK_COMMANDS = ['tradeFacts.markVerified', 'tradeFacts.disputeFact', 'tradeFacts.clearMark'] as const;

/**
 * The card's check block: status, who and when, note and source, and the links Mark verified /
 * Dispute… / Clear. `read-only` says why marks cannot be recorded (a ledger that could not be read).
 */
export function checkSection(check: FactCheck | undefined, target: { uri: string; id: string }, readOnly?: string): string {
  const c = check ?? { status: 'unchecked' as const, note: '', source: '', by: '', at: '', ignoredChecks: [], key: null };
  const by = c.by && c.status !== 'unchecked' ? escapeMarkdown(c.by) : '';
  const who = !by
    ? ''
    : c.at
      ? l10n.t({ message: ' by {0}, {1}', args: [by, escapeMarkdown(c.at.slice(0, 10))], comment: ['After "Verified" on a fact card: who marked it and the date (2026-03-04); keep the leading space'] })
      : l10n.t({ message: ' by {0}', args: [by], comment: ['After "Verified" on a fact card: who marked it; keep the leading space'] });
  const lines = [`**${label(c.status)}**${who}`];
  if (c.status === 'changed' && c.was) lines.push(l10n.t('It read “{0}” when it was marked.', escapeMarkdown(c.was)));
  if (c.note) lines.push(l10n.t('Note: {0}', escapeMarkdown(c.note)));
  if (c.source) lines.push(l10n.t('Source: {0}', escapeMarkdown(c.source)));
  if (readOnly) lines.push(l10n.t('_Marks are read-only: the check ledger {0}._', escapeMarkdown(readOnly)));
  else {
    const links = [
      c.status !== 'verified' && commandLink(l10n.t('Mark verified'), 'tradeFacts.markVerified', [target]),
      c.status !== 'disputed' && commandLink(l10n.t('Dispute…'), 'tradeFacts.disputeFact', [target]),
      c.status !== 'unchecked' && commandLink(l10n.t({ message: 'Clear', comment: ['A link on a fact card that removes the fact\'s verified or disputed mark'] }), 'tradeFacts.clearMark', [target]),
    ].filter(Boolean);
    lines.push(links.join(' · '));
  }
  return lines.join('  \n');
}
