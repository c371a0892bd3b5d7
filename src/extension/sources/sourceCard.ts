/** The Source line of a hover card: where the fact is in the reporter's sources, with links to open it there and to accept it as the fact's source. */
import * as vscode from 'vscode';
import type { SourceCheck } from '../../core/sources/types';
import { describeDifference, sourcePlace } from '../../core/sources/describe';
import { commandLink, escapeMarkdown } from '../cards/markdown';

/** The commands the Source line's links run. */
export const SOURCE_COMMANDS = ['tradeFacts.openSource', 'tradeFacts.acceptSource'] as const;

const ICON: Record<SourceCheck['status'], string> = {
  verbatim: '$(pass)',
  found: '$(pass)',
  rounded: '$(info)',
  altered: '$(warning)',
  different: '$(warning)',
  'not-found': '$(circle-slash)',
};

/** The status in words, localized: "Verbatim in interview-lee.srt at 00:12:31". */
export function sourceHeadline(c: SourceCheck): string {
  const place = sourcePlace(c);
  switch (c.status) {
    case 'verbatim':
      return vscode.l10n.t('Verbatim in {0}', place);
    case 'altered':
      return c.serious ? vscode.l10n.t('Altered from {0}: a negation or number differs', place) : vscode.l10n.t('Altered from {0}', place);
    case 'found':
      return c.excerpt ? vscode.l10n.t('Found in {0} as “{1}”', place, c.excerpt) : vscode.l10n.t('Found in {0}', place);
    case 'rounded':
      return vscode.l10n.t('Rounded from {0} in {1}', c.excerpt, place);
    case 'different':
      return vscode.l10n.t('Different: {0} has {1}', place, c.excerpt);
    default:
      return vscode.l10n.t('Not found in the sources');
  }
}

/** How a match is recorded as the fact's source in the ledger, by its workspace path: "sources/interview-lee.srt at 00:12:31". */
export const ledgerSource = (c: SourceCheck): string => sourcePlace(c, true);

/** The card's Source block; empty when the fact was not looked up. */
/** `readOnly`: the article's ledger cannot be written, so no Accept link. */
export function sourceSection(c: SourceCheck | undefined, target: { uri: string; id: string }, sourceUri: vscode.Uri | undefined, readOnly = false): string {
  if (!c) return '';
  const lines = [`${ICON[c.status]} **${escapeMarkdown(sourceHeadline(c))}**`];
  for (const d of c.differences.slice(0, 6)) if (c.status === 'altered') lines.push(`${d.serious ? '$(alert) ' : ''}${escapeMarkdown(describeDifference(d))}`);
  if (c.speakerDiffers && c.speaker) lines.push(escapeMarkdown(vscode.l10n.t('The transcript gives these words to {0}.', c.speaker)));
  if (c.status === 'altered' && c.excerpt) lines.push(`> ${escapeMarkdown(c.excerpt.slice(0, 240))}`);
  const links: string[] = [];
  if (sourceUri && c.line) links.push(commandLink(vscode.l10n.t('Open source'), 'tradeFacts.openSource', [{ uri: sourceUri.toString(), line: c.line }]));
  if (!readOnly && (c.status === 'verbatim' || c.status === 'found')) links.push(commandLink(vscode.l10n.t('Accept as source'), 'tradeFacts.acceptSource', [target]));
  if (links.length) lines.push(links.join(' · '));
  return lines.join('  \n');
}
