import * as vscode from 'vscode';
import { displayName } from '../articleRules';
import { groupQuotes } from '../../core/quoteGroups';
import type { Analysis } from '../../core/types';
import type { PanelGroup, PanelModel } from '../../shared/quotesMessages';
import { lineOf } from '../convert';

/** The file name a reporter recognises: "tariffs.md", "Untitled-1". */
export function documentName(document: vscode.TextDocument): string {
  return displayName(document);
}

/** The panel's view of an analysed article: groups by speaker, with each quote's line. */
export function panelModel(document: vscode.TextDocument, analysis: Analysis): PanelModel {
  const groups: PanelGroup[] = groupQuotes(analysis).map((g) => ({
    key: g.key,
    speaker: g.speaker,
    title: g.title,
    affiliation: g.affiliation,
    quotes: g.quotes.map((q) => ({ id: q.id, text: q.text, line: lineOf(document, q.start) })),
  }));
  return { kind: 'document', documentName: documentName(document), groups };
}
