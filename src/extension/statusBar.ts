import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { statusView, type StatusView } from './statusText';

/**
 * The counts of the active article in the status bar, or why there are none (too large, binary,
 * analysis stopped); a click opens the quotes panel. Returns the item's disposables and a reader
 * of what it shows (for the tests).
 */
export function registerStatusBar(_context: vscode.ExtensionContext, store: AnalysisStore): { disposables: vscode.Disposable[]; shown(): StatusView | undefined } {
  const item = vscode.window.createStatusBarItem('tradeFacts.counts', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Trade Facts';
  item.command = { command: 'tradeFacts.showQuotes', title: vscode.l10n.t('Show Quotes Panel') };
  let shown: StatusView | undefined;

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    shown = doc && statusView(store.status(doc), store.analysisOf(doc), store.reason(doc));
    if (!shown) return item.hide();
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.show();
  };
  const ifActive = (document: vscode.TextDocument) => document === vscode.window.activeTextEditor?.document && update();
  update();
  return {
    shown: () => shown,
    disposables: [
      item,
      vscode.window.onDidChangeActiveTextEditor(update),
      store.onDidAnalyze(({ document }) => ifActive(document)),
      store.onDidSkip(({ document }) => ifActive(document)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeFacts') && update()),
    ],
  };
}
