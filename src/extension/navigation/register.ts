/**
 * Navigating an article and a beat the VS Code way: Outline and breadcrumbs, references,
 * highlights, rename, workspace symbols and the Beat view, wired to the analysis store and the
 * workspace's beat index. Each feature is its own file returning its disposables.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { TradeFactsLog } from '../log';
import { BeatWorkspace } from './beatWorkspace';
import { registerBeatView, type BeatTree } from './beatView';
import { registerDocumentHighlights } from './documentHighlights';
import { registerDocumentSymbols } from './documentSymbols';
import { registerReferences } from './references';
import { registerRename } from './rename';
import { registerWorkspaceSymbols } from './workspaceSymbols';

export function registerNavigation(store: AnalysisStore, languages: () => string[], log: TradeFactsLog): { beat: BeatWorkspace; tree: BeatTree; disposables: vscode.Disposable[] } {
  const beat = new BeatWorkspace(store, languages, log);
  const view = registerBeatView(beat);
  const disposables = [
    beat,
    ...view.disposables,
    ...registerDocumentSymbols(store),
    ...registerReferences(store, beat),
    ...registerDocumentHighlights(store, languages),
    ...registerRename(store),
    ...registerWorkspaceSymbols(beat),
    vscode.commands.registerCommand('tradeFacts.rebuildBeatIndex', () => beat.rebuild()),
    vscode.commands.registerCommand('tradeFacts.cancelBeatIndex', () => beat.cancel()),
  ];
  void beat.rebuild();
  return { beat, tree: view.tree, disposables };
}
