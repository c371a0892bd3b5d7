import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import type { Analysis } from '../core/types';

/** What the extension offers other extensions and its tests. */
export interface TradeFactsApi {
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis>;
}

export function activate(context: vscode.ExtensionContext): TradeFactsApi {
  const languages = () => vscode.workspace.getConfiguration('tradeFacts').get<string[]>('languages', ['plaintext', 'markdown']);
  const store = new AnalysisStore(languages);
  context.subscriptions.push(
    store,
    vscode.commands.registerCommand('tradeFacts.analyzeActiveDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
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
