import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';

/** (Being written.) */
export function registerExportCommands(_context: vscode.ExtensionContext, _store: AnalysisStore): vscode.Disposable[] {
  return [];
}
