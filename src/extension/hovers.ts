import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { factAt } from './cards/factAt';
import { lineOf, toOffset, toRange } from './convert';

/** Fact cards on hover over a highlighted figure, tariff rate, person, organization or quote. */
export function registerHovers(_context: vscode.ExtensionContext, store: AnalysisStore, onCardShown: () => void = () => undefined): vscode.Disposable[] {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (!store.handles(document)) return undefined;
      const analysis = store.current(document); // an older analysis' offsets no longer fit the text
      if (!analysis) return undefined;
      const card = factAt(analysis, toOffset(document, position), (o) => lineOf(document, o));
      if (!card) return undefined;
      const md = new vscode.MarkdownString(card.markdown);
      md.isTrusted = { enabledCommands: ['tradeFacts.showQuotes'] };
      md.supportHtml = false;
      onCardShown();
      return new vscode.Hover(md, toRange(document, card));
    },
  };
  // Every document: the languages setting can change while running, and provideHover checks it.
  return [vscode.languages.registerHoverProvider('*', provider)];
}
