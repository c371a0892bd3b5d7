import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { factAt } from './cards/factAt';
import { lineOf, toOffset, toRange } from './convert';
import type { LedgerStore } from './ledger/ledgerStore';
import { CHECK_COMMANDS, checkSection } from './cards/checkSection';
import type { SourceStore } from './sources/sourceStore';
import { SOURCE_COMMANDS, sourceSection } from './sources/sourceCard';

/** Fact cards on hover over a highlighted figure, tariff rate, person, organization or quote. */
export function registerHovers(_context: vscode.ExtensionContext, store: AnalysisStore, ledgers: LedgerStore, onCardShown: () => void = () => undefined, sources?: SourceStore): vscode.Disposable[] {
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
      // Where the fact is in the reporter's sources (the source check), when sources are indexed.
      const sourceCheck = sources?.checks(document)?.get(card.id);
      const source = sourceSection(sourceCheck, { uri: document.uri.toString(), id: card.id }, sourceCheck?.file ? sources?.uriOf(sourceCheck.file) : undefined, !!ledgers.state(document).readOnly);
      const md = new vscode.MarkdownString(`${card.markdown}\n\n---\n\n${source ? `${source}\n\n---\n\n` : ''}${section}`, true);
      md.isTrusted = { enabledCommands: ['tradeFacts.showQuotes', ...CHECK_COMMANDS, ...SOURCE_COMMANDS] };
      md.supportHtml = false;
      onCardShown();
      return new vscode.Hover(md, toRange(document, card));
    },
  };
  // Every document: the languages setting can change while running, and provideHover checks it.
  return [vscode.languages.registerHoverProvider('*', provider)];
}
