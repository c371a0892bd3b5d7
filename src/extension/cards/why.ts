import type * as _vscode from 'vscode';
import { reasonsOf } from '../../core/rules/explain';
import { l10n } from '../l10n';
import { escapeMarkdown } from './markdown';

/**
 * One short line saying why the card says what it says, from the rules that decided the fact
 * ("Why: Canada owns the rate: a possessive before the tariff word · target: the goods after 'on'").
 * Nothing when no rule is recorded.
 */
export function whyLine(fact: { because?: readonly string[] } & object, max = 3): string {
  const reasons = reasonsOf(fact as Record<string, unknown> & { because?: readonly string[] });
  if (!reasons.length) return '';
  const shown = reasons.slice(0, max).map(escapeMarkdown).join(' · ');
  return reasons.length > max ? l10n.t('*Why:* {0} · *and {1} more*', shown, reasons.length - max) : l10n.t('*Why:* {0}', shown);
}
