import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { registerHighlights } from './highlights';
import { registerHovers } from './hovers';
import { registerStatusBar } from './statusBar';
import { registerQuotesView } from './quotesView';
import { registerExportCommands } from './exportCommands';
import type { Analysis } from '../core/types';

/** What the extension offers other extensions and its tests. */
export interface TradeFactsApi {
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis>;
}

/** Wires the features; each returns its own disposables. */
export function activate(context: vscode.ExtensionContext): TradeFactsApi {
  const languages = () => vscode.workspace.getConfiguration('tradeFacts').get<string[]>('languages', ['plaintext', 'markdown']);
  const store = new AnalysisStore(languages);
  context.subscriptions.push(
    store,
    ...registerHighlights(context, store),
    ...registerHovers(context, store),
    ...registerStatusBar(context, store),
    ...registerQuotesView(context, store),
    ...registerExportCommands(context, store),
    vscode.commands.registerCommand('tradeFacts.analyzeActiveDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !store.handles(editor.document)) {
        void vscode.window.showInformationMessage('Trade Facts: open a text or Markdown article first.');
        return undefined;
      }
      const a = await store.whenAnalyzed(editor.document.uri);
      void vscode.window.showInformationMessage(
        `Trade Facts: ${a.figures.length} figures, ${a.tariffs.length} tariff rates, ${a.people.length} people, ${a.quotes.length} quotes.`,
      );
      return a;
    }),
  );
  return { getAnalysis: (uri) => store.get(uri), whenAnalyzed: (uri) => store.whenAnalyzed(uri) };
}

export function deactivate(): void {}
