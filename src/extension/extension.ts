import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { Highlights } from './highlights';
import { withTestHooks, type TradeFactsApi, type TradeFactsTestApi } from './api';
import { registerHovers } from './hovers';
import { registerStatusBar } from './statusBar';
import { counts } from './statusText';
import { registerQuotesView } from './quotesView';
import { registerExportCommands } from './exportCommands';
import { registerOpenSample } from './commands/openSample';
import { registerWalkthrough, registerWrapCommand } from './walkthrough';
import { LedgerStore } from './ledger/ledgerStore';
import { CheckMarks } from './checkMarks';
import { registerChecklist } from './checklist';
import { registerMarkCommands } from './ledger/markCommands';
import { registerProblems } from './problems';
import { TradeFactsLog } from './log';
import { openDocumentOf } from './openDocument';
import { useTranslations } from './l10n';
import { registerNavigation } from './navigation/register';
import { registerSources } from './sources/registerSources';

/** Wires the features; each returns its own disposables. */
export function activate(context: vscode.ExtensionContext): TradeFactsApi | TradeFactsTestApi {
  const started = performance.now();
  // The modules without a vscode import (status bar words, cards, flags) speak through vscode.l10n too.
  useTranslations(vscode.l10n);
  const log = new TradeFactsLog();
  const languages = () => vscode.workspace.getConfiguration('tradeFacts').get<string[]>('languages', ['plaintext', 'markdown']);
  const store = new AnalysisStore(languages, log);
  const highlights = new Highlights(store);
  const statusBar = registerStatusBar(context, store);
  const walkthrough = registerWalkthrough(context, store);
  const ledgers = new LedgerStore(store);
  const marks = new CheckMarks(ledgers);
  // The source check: the reporter's sources indexed in their own worker, each article checked against them.
  const sources = registerSources(store, ledgers, log);
  const checklist = registerChecklist(store, ledgers, sources.store);
  // Outline, references, highlights, rename, workspace symbols and the Beat view (src/extension/navigation/).
  const navigation = registerNavigation(store, languages, log);
  context.subscriptions.push(
    ledgers,
    marks,
    ...registerMarkCommands(store, ledgers),
    ...registerProblems(store, ledgers, sources.store),
    ...sources.disposables,
    ...checklist.disposables,
    ...navigation.disposables,
    log,
    store,
    highlights,
    registerOpenSample(context),
    ...registerHovers(context, store, ledgers, walkthrough.cardShown, sources.store),
    ...walkthrough.disposables,
    registerWrapCommand(),
    ...statusBar.disposables,
    ...registerQuotesView(context, store, ledgers, sources.store),
    ...registerExportCommands(context, store, log, ledgers, sources.store),
    vscode.commands.registerCommand('tradeFacts.analyzeActiveDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !store.handles(editor.document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: open a text or Markdown article first.'));
        return undefined;
      }
      const a = await store.whenAnalyzed(editor.document.uri).catch((err: Error) => {
        void vscode.window.showWarningMessage(err.message);
        return undefined;
      });
      if (!a) return undefined;
      void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: {0}.', counts(a).join(', ')));
      return a;
    }),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}).`);
  const api: TradeFactsApi = {
    activationMs,
    getAnalysis: (uri) => store.get(uri),
    whenAnalyzed: (uri) => store.whenAnalyzed(uri),
    onDidAnalyze: store.onDidAnalyze,
    getStatus: (uri) => {
      const doc = openDocumentOf(uri);
      return doc && store.status(doc);
    },
  };
  // The hooks that reach into the worker and the views exist only while the test runner drives VS Code.
  return context.extensionMode === vscode.ExtensionMode.Test
    ? withTestHooks(api, {
        getLog: () => log.lines,
        crashWorkerForTest: () => store.workerForTest.crashForTest(),
        setAnalysisBudgetForTest: (ms, times) => store.workerForTest.setBudgetForTest(ms, times),
        resetWorkerForTest: () => store.workerForTest.resetForTest(),
        getStatusBar: () => statusBar.shown(),
        getDecorationRanges: (editor) => highlights.rangesIn(editor),
        getNotices: () => store.notices,
        getTiming: (uri) => store.timing(uri),
        getWalkthroughKeys: () => walkthrough.keys(),
        getCheckMarks: (editor) => marks.markedIn(editor),
        getChecksStatus: () => checklist.shown(),
        getLedgerNotices: () => ledgers.notices,
        getBeat: () => ({ snapshot: navigation.beat.snapshot(), status: navigation.beat.status() }),
        whenBeatIndexed: () => navigation.beat.whenIdle(),
        getBeatView: () => navigation.tree.describe(),
        whenSourceChecked: (uri) => sources.store.whenChecked(uri),
        getSourcesStatus: () => sources.status.shown(),
        getSkippedSources: () => sources.store.skipped(),
      })
    : api;
}

export function deactivate(): void {}
