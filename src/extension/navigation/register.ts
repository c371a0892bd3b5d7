/**
 * Navigating an article and a beat the VS Code way: Outline and breadcrumbs, references,
 * highlights, rename, workspace symbols and the Beat view, wired to the analysis store and the
 * workspace's beat index. Each feature is its own file returning its disposables.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { TradeFactsLog } from '../log';
import { BeatWorkspace } from './beatWorkspace';
import { openIndexSetting, registerBeatView, type BeatTree } from './beatView';
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
    vscode.commands.registerCommand('tradeFacts.rebuildBeatIndex', () => (beat.enabled ? beat.rebuild() : sayIndexOff(log))),
    vscode.commands.registerCommand('tradeFacts.cancelBeatIndex', () => beat.cancel()),
  ];
  void beat.start();
  return { beat, tree: view.tree, disposables };
}

/** The rebuild command with the index off: says so, with the way to the setting, instead of nothing. */
function sayIndexOff(log: TradeFactsLog): void {
  log.info('Beat index: rebuild asked for while the index is off (tradeFacts.index.enabled); nothing read.');
  const setting = openIndexSetting();
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Trade Facts: the beat index is off, so there is nothing to rebuild. Turn on "Index: Enabled" to index the workspace’s articles; until then the beat is the articles open in the editor.'), setting.title)
    .then((choice) => choice === setting.title && vscode.commands.executeCommand(setting.command, ...setting.arguments!));
}
