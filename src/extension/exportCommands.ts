import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { exportActive } from './export/activeArticle';
import { exportWorkspace, type WorkspaceExportArgs } from './export/workspace';
import type { ExportArgs } from './export/shared';
import type { TradeFactsLog } from './log';
import { stepDone } from './walkthrough';
import type { LedgerStore } from './ledger/ledgerStore';
import type { SourceStore } from './sources/sourceStore';
import type { Analysis } from '../core/types';

/** Registers `Trade Facts: Export Fact Sheet` and `Trade Facts: Export Fact Sheets for Workspace`. */
export function registerExportCommands(_context: vscode.ExtensionContext, store: AnalysisStore, log: TradeFactsLog, ledgers?: LedgerStore, sources?: SourceStore): vscode.Disposable[] {
  // Sheets carry each fact's check from the article's ledger.
  const ledgerOf = async (doc: vscode.TextDocument) => {
    if (!ledgers) return undefined;
    await ledgers.ready(doc);
    return ledgers.ledger(doc);
  };
  // And, with sources indexed, each quote and figure's source check.
  const sourcesOf = async (doc: vscode.TextDocument, analysis: Analysis) => sources?.checkNow(doc, analysis);
  return [
    vscode.commands.registerCommand('tradeFacts.exportFactSheet', log.guard('export', vscode.l10n.t('The fact sheet could not be exported.'), (args?: ExportArgs) => {
      stepDone('exportFactSheet');
      return exportActive(store, args ?? {}, ledgerOf, sourcesOf);
    })),
    vscode.commands.registerCommand(
      'tradeFacts.exportWorkspaceFactSheets',
      log.guard('export', vscode.l10n.t('The fact sheets could not be exported.'), (args?: WorkspaceExportArgs) => exportWorkspace(store, args ?? {}, ledgerOf, sourcesOf)),
    ),
  ];
}
