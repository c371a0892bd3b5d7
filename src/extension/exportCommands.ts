import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { exportActive } from './export/activeArticle';
import { exportWorkspace, type WorkspaceExportArgs } from './export/workspace';
import type { ExportArgs } from './export/shared';

/** Registers `Trade Facts: Export Fact Sheet` and `Trade Facts: Export Fact Sheets for Workspace`. */
export function registerExportCommands(_context: vscode.ExtensionContext, store: AnalysisStore): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('tradeFacts.exportFactSheet', (args?: ExportArgs) => exportActive(store, args ?? {})),
    vscode.commands.registerCommand('tradeFacts.exportWorkspaceFactSheets', (args?: WorkspaceExportArgs) => exportWorkspace(store, args ?? {})),
  ];
}
