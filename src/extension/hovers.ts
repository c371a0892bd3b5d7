import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { factAt } from './cards/factAt';
import { lineOf, toOffset, toRange } from './convert';
import type { LedgerStore } from './ledger/ledgerStore';
import { CHECK_COMMANDS, checkSection } from './cards/checkSection';

/** Fact cards on hover over a highlighted figure, tariff rate, person, organization or quote. */
export function registerHovers(_context: vscode.ExtensionContext, store: AnalysisStore, ledgers: LedgerStore, onCardShown: () => void = () => undefined): vscode.Disposable[] {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (!store.handles(document)) return undefined;
      const analysis = store.current(document); // an older analysis' offsets no longer fit the text
      if (!analysis) return undefined;
      const card = factAt(analysis, toOffset(document, position), (o) => lineOf(document, o));
      if (!card) return undefined;
      // The desk's check of this fact, with Mark verified / Dispute… / Clear (the check ledger).
      const check = ledgers.checks(document)?.get(card.id);
      const section = checkSection(check, { uri: document.uri.toString(), id: card.id }, ledgers.state(document).readOnly);
      const md = new vscode.MarkdownString(`${card.markdown}\n\n---\n\n${section}`, true);
      md.isTrusted = { enabledCommands: ['tradeFacts.showQuotes', ...CHECK_COMMANDS] };
      md.supportHtml = false;
      onCardShown();
      return new vscode.Hover(md, toRange(document, card));
    },
  };
  // Every document: the languages setting can change while running, and provideHover checks it.
  return [vscode.languages.registerHoverProvider('*', provider)];
}
