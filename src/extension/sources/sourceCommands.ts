/**
 * Open Source (a card's link: the source at the matched line) and Accept as Source (a card's link
 * or a quick fix on a verbatim or found fact: records the match as the fact's source in the check
 * ledger, marking it verified).
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { LedgerStore } from '../ledger/ledgerStore';
import type { FactTarget } from '../ledger/markCommands';
import { checkerName } from '../ledger/checker';
import { factAt } from '../cards/factAt';
import { lineOf } from '../convert';
import { openDocumentOf } from '../openDocument';
import type { SourceStore } from './sourceStore';
import { ledgerSource } from './sourceCard';

/** Opens a source at a 1-based line; a Word document opens as a whole. */
async function openSource(arg?: { uri?: string; line?: number }): Promise<boolean> {
  if (!arg?.uri) return false;
  const uri = vscode.Uri.parse(arg.uri);
  if (/\.docx$/i.test(uri.path)) {
    await vscode.commands.executeCommand('vscode.open', uri);
    return true;
  }
  const line = Math.max(0, (arg.line ?? 1) - 1);
  const editor = await vscode.window.showTextDocument(uri, { preview: true, selection: new vscode.Range(line, 0, line, 0) });
  editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.InCenter);
  return true;
}

export function registerSourceCommands(analyses: AnalysisStore, ledgers: LedgerStore, sources: SourceStore): vscode.Disposable[] {
  const accept = async (target?: FactTarget): Promise<string | false> => {
    const document = target && openDocumentOf(target.uri);
    const check = document && sources.checks(document)?.get(target.id);
    if (!document || !target || !check || (check.status !== 'verbatim' && check.status !== 'found')) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: only a fact found word for word in a source can be accepted as sourced.'));
      return false;
    }
    const source = ledgerSource(check);
    const problem = await ledgers.mark(document, target.id, 'verified', await checkerName(document.uri), { source, note: ledgers.checks(document)?.get(target.id)?.note });
    if (problem) void vscode.window.showWarningMessage(problem);
    return source;
  };
  const actions: vscode.CodeActionProvider = {
    provideCodeActions(document, range) {
      const analysis = analyses.current(document);
      const checks = sources.checks(document);
      if (!analysis || !checks) return [];
      const card = factAt(analysis, document.offsetAt(range.start), (o) => lineOf(document, o));
      const c = card && checks.get(card.id);
      if (!card || !c || (c.status !== 'verbatim' && c.status !== 'found')) return [];
      const title = vscode.l10n.t('Trade Facts: Accept {0} as source', ledgerSource(c));
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { title, command: 'tradeFacts.acceptSource', arguments: [{ uri: document.uri.toString(), id: card.id }] };
      return [a];
    },
  };
  return [
    vscode.commands.registerCommand('tradeFacts.openSource', openSource),
    vscode.commands.registerCommand('tradeFacts.acceptSource', accept),
    vscode.languages.registerCodeActionsProvider('*', actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  ];
}
