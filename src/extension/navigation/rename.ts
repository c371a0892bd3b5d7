import * as vscode from 'vscode';
import { prepareRename, renameEdits } from '../../core/beat';
import type { AnalysisStore } from '../analysisStore';
import { toOffset, toRange } from '../convert';
import { analysisFor } from './analysisFor';

/**
 * Rename Symbol (F2) on a person or organization: every mention of that entity in the article, the
 * surname-only and titled ones included, as one WorkspaceEdit (so Shift+Enter shows the refactor
 * preview). Another person who shares the surname is left alone.
 */
export function registerRename(store: AnalysisStore): vscode.Disposable[] {
  const notHere = () => new Error(vscode.l10n.t('Put the cursor on the name of a person or organization to rename it.'));
  const provider: vscode.RenameProvider = {
    async prepareRename(document, position, token) {
      const analysis = await analysisFor(store, document, token);
      const found = analysis && prepareRename(analysis, toOffset(document, position));
      if (!found) throw notHere();
      return { range: toRange(document, found.mention), placeholder: found.placeholder };
    },
    async provideRenameEdits(document, position, newName, token) {
      const analysis = await analysisFor(store, document, token);
      const edits = analysis && renameEdits(analysis, toOffset(document, position), newName);
      if (!edits) throw notHere();
      const edit = new vscode.WorkspaceEdit();
      const label = vscode.l10n.t('Rename to “{0}”', newName.trim());
      for (const e of edits) edit.replace(document.uri, toRange(document, e), e.newText, { label, needsConfirmation: false });
      return edit;
    },
  };
  return [vscode.languages.registerRenameProvider('*', provider)];
}
