/** Building hover Markdown from article text that must never be read as Markdown or HTML. */
import type * as _vscode from 'vscode';
import { clip } from '../../core/render/format';
import { l10n } from '../l10n';

/**
 * Escapes every mark Markdown or HTML could read (emphasis, links, code, headings, lists, tags,
 * entities, autolinks) and folds line breaks, so article text shows as written.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&$:/@=^]/g, '\\$&');
}

/** Escaped text, cut at a word boundary with an ellipsis. */
export function escapedClip(text: string, max: number): string {
  return escapeMarkdown(clip(text, max));
}

/** The article's own words as a block quote. */
export function quoted(text: string, max = 320): string {
  return `> ${escapedClip(text, max)}`;
}

/** “$295.4 billion” (line 9) */
export function mention(text: string, line: number): string {
  return l10n.t('“{0}” (line {1})', escapedClip(text, 60), line);
}

/** A link that runs one of the extension's own commands with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Joins card blocks; a blank line between blocks keeps them apart in the hover. */
export const blocks = (...parts: (string | false | undefined)[]): string => parts.filter(Boolean).join('\n\n');

export { plural } from '../../core/render/format';

/** "1 mention", "3 mentions". */
export const mentionCount = (n: number): string => (n === 1 ? l10n.t('1 mention') : l10n.t('{0} mentions', n));

/** "1 quote", "3 quotes". */
export const quoteCount = (n: number): string => (n === 1 ? l10n.t('1 quote') : l10n.t('{0} quotes', n));
