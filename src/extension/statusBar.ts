import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';

/** (Being written.) */
export function registerStatusBar(_context: vscode.ExtensionContext, _store: AnalysisStore): vscode.Disposable[] {
  return [];
}
