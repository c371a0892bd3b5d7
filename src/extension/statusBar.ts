import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { Analysis } from '../core/types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 figures · 3 tariff rates · 4 people · 6 quotes" */
export function countsText(a: Analysis): string {
  return [
    plural(a.figures.length, 'figure', 'figures'),
    plural(a.tariffs.length, 'tariff rate', 'tariff rates'),
    plural(a.people.length, 'person', 'people'),
    plural(a.quotes.length, 'quote', 'quotes'),
  ].join(' · ');
}

/** The counts of the active article in the status bar; a click opens the quotes panel. */
export function registerStatusBar(_context: vscode.ExtensionContext, store: AnalysisStore): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('tradeFacts.counts', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Trade Facts';
  item.command = { command: 'tradeFacts.showQuotes', title: 'Show Quotes Panel' };

  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !store.handles(doc)) return item.hide();
    const a = store.get(doc.uri);
    item.text = a ? `$(quote) ${countsText(a)}` : '$(sync~spin) Trade Facts';
    item.tooltip = a ? `Trade Facts: ${countsText(a)} in this article. Click to open the quotes panel.` : 'Trade Facts is analysing this article, or it is too large to analyse.';
    item.show();
  };
  update();
  return [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    store.onDidAnalyze(({ document }) => document === vscode.window.activeTextEditor?.document && update()),
    store.onDidSkip((document) => {
      if (document !== vscode.window.activeTextEditor?.document) return;
      item.text = '$(circle-slash) Trade Facts: too large';
      item.tooltip = 'This article is over the tradeFacts.maxFileSizeKB limit, so Trade Facts does not analyse it.';
      item.show();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeFacts.languages') && update()),
  ];
}
