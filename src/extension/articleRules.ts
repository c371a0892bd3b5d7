/**
 * Is this document an article Trade Facts analyses, and if not, why. Pure rules on a minimal
 * document type (no runtime vscode import), used by the analysis store and tested in Node.
 */
import type * as _vscode from 'vscode';
import { FACT_SHEET_FILE, looksBinary } from '../core/readArticle';
import { utf8Bytes } from './utf8Bytes';
import { l10n } from './l10n';

/** What the rules need of a document (a vscode.TextDocument has all of it). */
export interface ArticleDocument {
  readonly uri: { readonly scheme: string; readonly path: string; toString(): string };
  readonly languageId: string;
  readonly isUntitled: boolean;
}

/** Why an open article is left unanalysed. */
export type SkipReason = 'tooLarge' | 'binary';

/** Where articles live; "git:" (diff views), "output:" and the like are not articles being edited. */
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

/** The file name a reporter knows the document by ("harbor-steel.md", "Untitled-1"). */
export function displayName(doc: ArticleDocument): string {
  return doc.uri.path.split('/').pop() || doc.uri.toString();
}

/**
 * Articles in the chosen languages, from files, untitled editors and remote or virtual folders;
 * not diffs, output, or fact sheets (by name, or opened by the export: `factSheets` holds their URIs).
 */
export function isArticle(doc: ArticleDocument, languages: readonly string[], factSheets: ReadonlySet<string> = new Set()): boolean {
  return (
    ARTICLE_SCHEMES.has(doc.uri.scheme) &&
    languages.includes(doc.languageId) &&
    !FACT_SHEET_FILE.test(doc.uri.path) &&
    !factSheets.has(doc.uri.toString())
  );
}

/** Why an article's text is not analysed, in words; undefined when it can be. */
export function skipReason(doc: ArticleDocument, text: string, limitKB: number): { reason: SkipReason; message: string } | undefined {
  const kb = utf8Bytes(text) / 1024;
  if (kb > limitKB) return { reason: 'tooLarge', message: tooLargeNotice(doc, kb, limitKB) };
  if (looksBinary(text)) return { reason: 'binary', message: l10n.t('Trade Facts: {0} looks like binary data, not an article, so it is not analysed.', displayName(doc)) };
  return undefined;
}

/** The words a reporter sees when an article is over the size limit. */
export function tooLargeNotice(doc: ArticleDocument, kb: number, limitKB: number): string {
  const name = doc.isUntitled ? doc.uri.path : doc.uri.path.split('/').pop();
  return l10n.t('Trade Facts: {0} is {1} KB, over the {2} KB limit (setting tradeFacts.maxFileSizeKB), so it is not analysed.', name ?? '', Math.round(kb), limitKB);
}
