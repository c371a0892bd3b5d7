import * as vscode from 'vscode';
import { displayName } from '../articleRules';
import { groupQuotes } from '../../core/quoteGroups';
import type { Analysis } from '../../core/types';
import type { FactCheck } from '../../core/ledger';
import type { PanelGroup, PanelModel, PanelQuote } from '../../shared/quotesMessages';
import { lineOf } from '../convert';
import type { SourceCheck } from '../../core/sources/types';
import { sourcePlace } from '../../core/sources/describe';

/** The panel's badge of a quote's source check: "Verbatim · interview-lee.srt at 00:12:31". */
function sourceBadge(c: SourceCheck | undefined): PanelQuote['source'] {
  if (!c || (c.status !== 'verbatim' && c.status !== 'altered' && c.status !== 'not-found')) return undefined;
  const place = sourcePlace(c);
  const word = c.status === 'verbatim' ? vscode.l10n.t('Verbatim') : c.status === 'altered' ? vscode.l10n.t('Altered') : vscode.l10n.t('Not in sources');
  const label = word + (place ? ` · ${place}` : '') + (c.speakerDiffers && c.speaker ? ` · ${vscode.l10n.t('said by {0}', c.speaker)}` : '');
  return { status: c.status, label };
}

/** The file name a reporter recognises: "tariffs.md", "Untitled-1". */
export function documentName(document: vscode.TextDocument): string {
  return displayName(document);
}

/** The panel's view of an analysed article: groups by speaker, with each quote's line. */
export function panelModel(document: vscode.TextDocument, analysis: Analysis, checks?: ReadonlyMap<string, FactCheck>, sources?: ReadonlyMap<string, SourceCheck>): PanelModel {
  const groups: PanelGroup[] = groupQuotes(analysis).map((g) => ({
    key: g.key,
    speaker: g.speaker,
    title: g.title,
    affiliation: g.affiliation,
    quotes: g.quotes.map((q) => {
      const status = checks?.get(q.id)?.status;
      const source = sourceBadge(sources?.get(q.id));
      return { id: q.id, text: q.text, line: lineOf(document, q.start), ...(status && status !== 'unchecked' ? { check: status } : {}), ...(source ? { source } : {}) };
    }),
  }));
  return { kind: 'document', documentName: documentName(document), groups };
}
