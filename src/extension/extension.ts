import * as vscode from 'vscode';
import { AnalysisStore, type ArticleStatus } from './analysisStore';
import { Highlights, type AppliedRanges } from './highlights';
import { registerHovers } from './hovers';
import { registerStatusBar } from './statusBar';
import { counts, type StatusView } from './statusText';
import { registerQuotesView } from './quotesView';
import { registerExportCommands } from './exportCommands';
import { registerOpenSample } from './commands/openSample';
import type { Analysis } from '../core/types';
import type { Timing } from './storeNotices';
import { TradeFactsLog } from './log';

/** What the extension offers other extensions and its tests. */
export interface TradeFactsApi {
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis>;
  /** Fires each time a document's analysis is applied (always for its current text). */
  onDidAnalyze: vscode.Event<{ document: vscode.TextDocument; analysis: Analysis }>;
  /** For the tests: the highlight ranges last drawn in an editor, per kind. */
  getDecorationRanges(editor: vscode.TextEditor): AppliedRanges;
  /** For the tests: notices shown, and how long the last analysis of a document took. */
  getNotices(): readonly string[];
  getTiming(uri: vscode.Uri): Timing | undefined;
  /** Where an open document stands (analysed, analysing, too large, binary, failed, not an article). */
  getStatus(uri: vscode.Uri): ArticleStatus | undefined;
  /** For the tests: what the status bar item shows (undefined when hidden). */
  getStatusBar(): StatusView | undefined;
  /** For the tests: what the "Trade Facts" output channel holds, and the worker's test hooks. */
  getLog(): readonly string[];
  crashWorkerForTest(): void;
  /** A time budget for the next `times` analyses (undefined: the normal one), and forgetting past worker deaths. */
  setAnalysisBudgetForTest(ms: number | undefined, times?: number): void;
  resetWorkerForTest(): void;
  /** How long activate() took, in milliseconds. */
  activationMs: number;
}

/** Wires the features; each returns its own disposables. */
export function activate(context: vscode.ExtensionContext): TradeFactsApi {
  const started = performance.now();
  const log = new TradeFactsLog();
  const languages = () => vscode.workspace.getConfiguration('tradeFacts').get<string[]>('languages', ['plaintext', 'markdown']);
  const store = new AnalysisStore(languages, log);
  const highlights = new Highlights(store);
  const statusBar = registerStatusBar(context, store);
  context.subscriptions.push(
    log,
    store,
    highlights,
    registerOpenSample(context),
    ...registerHovers(context, store),
    ...statusBar.disposables,
    ...registerQuotesView(context, store),
    ...registerExportCommands(context, store, log),
    vscode.commands.registerCommand('tradeFacts.analyzeActiveDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !store.handles(editor.document)) {
        void vscode.window.showInformationMessage('Trade Facts: open a text or Markdown article first.');
        return undefined;
      }
      const a = await store.whenAnalyzed(editor.document.uri).catch((err: Error) => {
        void vscode.window.showWarningMessage(err.message);
        return undefined;
      });
      if (!a) return undefined;
      void vscode.window.showInformationMessage(
        `Trade Facts: ${counts(a).join(', ')}.`,
      );
      return a;
    }),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}).`);
  return {
    activationMs,
    getLog: () => log.lines,
    crashWorkerForTest: () => store.workerForTest.crashForTest(),
    setAnalysisBudgetForTest: (ms, times) => store.workerForTest.setBudgetForTest(ms, times),
    resetWorkerForTest: () => store.workerForTest.resetForTest(),
    getStatus: (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return doc && store.status(doc);
    },
    getStatusBar: () => statusBar.shown(),
    getAnalysis: (uri) => store.get(uri),
    whenAnalyzed: (uri) => store.whenAnalyzed(uri),
    onDidAnalyze: store.onDidAnalyze,
    getDecorationRanges: (editor) => highlights.rangesIn(editor),
    getNotices: () => store.notices,
    getTiming: (uri) => store.timing(uri),
  };
}

export function deactivate(): void {}
