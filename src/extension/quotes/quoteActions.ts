import * as vscode from 'vscode';
import { attributionLine } from '../../core/attributionLine';
import { groupQuotes } from '../../core/quoteGroups';
import { toRange } from '../convert';
import type { Analysis, Quote } from '../../core/types';

/** Shows the document where it is already open and selects the quote's words. */
export async function revealQuote(document: vscode.TextDocument, quote: Quote): Promise<vscode.TextEditor> {
  const range = toRange(document, quote);
  const open = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: open?.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The quote with its attribution, as it goes to the clipboard. */
export function quoteWithAttribution(analysis: Analysis, quote: Quote): string {
  const group = groupQuotes(analysis).find((g) => g.quotes.some((q) => q.id === quote.id));
  return attributionLine(quote.text, group ?? { speaker: null, title: '', affiliation: '' });
}

/** Copies the quote with its attribution and says so in the status bar. */
export async function copyQuote(analysis: Analysis, quote: Quote): Promise<string> {
  const line = quoteWithAttribution(analysis, quote);
  await vscode.env.clipboard.writeText(line);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Trade Facts: quote copied with its attribution'), 3000);
  return line;
}
