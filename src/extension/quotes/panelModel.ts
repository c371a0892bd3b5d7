import * as vscode from 'vscode';
import { displayName } from '../articleRules';
import { groupQuotes } from '../../core/quoteGroups';
import type { Analysis } from '../../core/types';
import type { FactCheck } from '../../core/ledger';
import type { PanelGroup, PanelModel } from '../../shared/quotesMessages';
import { lineOf } from '../convert';

/** The file name a reporter recognises: "tariffs.md", "Untitled-1". */
export function documentName(document: vscode.TextDocument): string {
  return displayName(document);
}

/** The panel's view of an analysed article: groups by speaker, with each quote's line. */
export function panelModel(document: vscode.TextDocument, analysis: Analysis, checks?: ReadonlyMap<string, FactCheck>): PanelModel {
  const groups: PanelGroup[] = groupQuotes(analysis).map((g) => ({
    key: g.key,
    speaker: g.speaker,
    title: g.title,
    affiliation: g.affiliation,
    quotes: g.quotes.map((q) => {
      const status = checks?.get(q.id)?.status;
      return { id: q.id, text: q.text, line: lineOf(document, q.start), ...(status && status !== 'unchecked' ? { check: status } : {}) };
    }),
  }));
  return { kind: 'document', documentName: documentName(document), groups };
}
