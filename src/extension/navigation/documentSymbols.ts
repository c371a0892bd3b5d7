import * as vscode from 'vscode';
import { outline, type OutlineKind } from '../../core/beat';
import type { AnalysisStore } from '../analysisStore';
import { toRange } from '../convert';
import { analysisFor } from './analysisFor';

/** The Outline and breadcrumbs (and Go to Symbol in Editor): people, organizations, tariff rates, quotes and figures, a group each. */
export function registerDocumentSymbols(store: AnalysisStore): vscode.Disposable[] {
  // Built inside the function: the web build is evaluated where vscode.* enums are not yet there.
  const kinds: Record<OutlineKind, { label: string; kind: vscode.SymbolKind }> = {
    people: { label: vscode.l10n.t('People'), kind: vscode.SymbolKind.Object },
    organizations: { label: vscode.l10n.t('Organizations'), kind: vscode.SymbolKind.Module },
    tariffs: { label: vscode.l10n.t('Tariff rates'), kind: vscode.SymbolKind.Number },
    quotes: { label: vscode.l10n.t('Quotes'), kind: vscode.SymbolKind.String },
    figures: { label: vscode.l10n.t('Figures'), kind: vscode.SymbolKind.Number },
  };
  const provider: vscode.DocumentSymbolProvider = {
    async provideDocumentSymbols(document, token) {
      const analysis = await analysisFor(store, document, token);
      if (!analysis) return undefined;
      return outline(analysis).map((g) => {
        const first = toRange(document, g.items[0]);
        const group = new vscode.DocumentSymbol(kinds[g.kind].label, String(g.items.length), vscode.SymbolKind.Namespace, toRange(document, g).union(first), first);
        group.children = g.items.map((i) => new vscode.DocumentSymbol(i.name || '…', i.detail, kinds[g.kind].kind, toRange(document, i), toRange(document, i)));
        return group;
      });
    },
  };
  return [vscode.languages.registerDocumentSymbolProvider('*', provider, { label: 'Trade Facts' })];
}
