import * as vscode from 'vscode';
import { entityAt } from '../../core/beat';
import type { AnalysisStore } from '../analysisStore';
import { toOffset, toRange } from '../convert';

/**
 * With the cursor on a person or organization, its other mentions in the article light up.
 * Registered for the article languages by name: VS Code's own word highlighter is registered for
 * every language ("*") and the first provider to answer wins, so ours must rank above it.
 */
export function registerDocumentHighlights(store: AnalysisStore, languages: () => string[]): vscode.Disposable[] {
  const provider: vscode.DocumentHighlightProvider = {
    provideDocumentHighlights(document, position) {
      // Only the analysis of the text as it is: highlights follow the cursor, they never wait.
      const analysis = store.handles(document) ? store.current(document) : undefined;
      const hit = analysis && entityAt(analysis, toOffset(document, position));
      return hit?.mentions.map((m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text));
    },
  };
  let registration = vscode.languages.registerDocumentHighlightProvider(languages().map((language) => ({ language })), provider);
  return [
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('tradeFacts.languages')) return;
      registration.dispose();
      registration = vscode.languages.registerDocumentHighlightProvider(languages().map((language) => ({ language })), provider);
    }),
    { dispose: () => registration.dispose() },
  ];
}
