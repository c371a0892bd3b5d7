import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { keptInMemory, type LedgerStore } from './ledgerStore';
import { checkerName } from './checker';
import { factAt } from '../cards/factAt';
import { lineOf, toOffset } from '../convert';
import type { MarkStatus } from '../../core/ledger';
import { openDocumentOf } from '../openDocument';

/** What the hover links, quick fixes and the checklist pass: the article and the fact's id. */
export interface FactTarget {
  uri: string;
  id: string;
  /** For Dispute…: given, no prompt is shown (scripts and tests); else asked for. */
  note?: string;
  source?: string;
  /** For Ignore This Check: the check's code ("no-speaker", "implied", "spelling"…). */
  code?: string;
}

/** The fact under the cursor of the active article, when the command is run from the palette or a key. */
function factAtCursor(analyses: AnalysisStore): FactTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  const analysis = editor && analyses.current(editor.document);
  if (!editor || !analysis) return undefined;
  const card = factAt(analysis, toOffset(editor.document, editor.selection.active), (o) => lineOf(editor.document, o));
  return card && { uri: editor.document.uri.toString(), id: card.id };
}

/**
 * Mark Verified, Dispute…, Clear Mark and Ignore This Check: from a card's links, a quick fix, the
 * checklist, or the palette (the fact at the cursor). Each returns what it did, for scripts and tests.
 */
export function registerMarkCommands(analyses: AnalysisStore, ledgers: LedgerStore): vscode.Disposable[] {
  const run = (action: (doc: vscode.TextDocument, t: FactTarget, who: string) => Promise<string | undefined | 'cancelled'>) => async (arg?: FactTarget) => {
    const target = arg?.uri && arg.id ? arg : factAtCursor(analyses);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: put the cursor on a highlighted fact of an article first.'));
      return false;
    }
    const document = openDocumentOf(target.uri);
    if (!document) return false;
    const problem = await action(document, target, await checkerName(document.uri));
    if (problem === 'cancelled') return false;
    const inMemory = keptInMemory(problem);
    // An untitled article (or one outside the workspace): offer to save it where its ledger can live.
    if (inMemory && document.isUntitled) {
      void vscode.window.showWarningMessage(problem, vscode.l10n.t('Save As…')).then((choice) => choice && vscode.commands.executeCommand('workbench.action.files.saveAs', document.uri));
    } else if (inMemory) {
      // A folder that cannot be written (read-only, virtual) or an article outside the workspace: the marks can still be kept in a file of the user's choice.
      void vscode.window.showWarningMessage(problem, vscode.l10n.t('Save Check Ledger As…')).then((choice) => choice && vscode.commands.executeCommand('tradeFacts.saveLedgerAs', { uri: document.uri.toString() }));
    } else if (problem) void vscode.window.showWarningMessage(problem);
    return !problem || inMemory;
  };
  const mark = (status: MarkStatus) => (doc: vscode.TextDocument, t: FactTarget, who: string) => ledgers.mark(doc, t.id, status, who, { note: t.note, source: t.source });
  return [
    vscode.commands.registerCommand('tradeFacts.markVerified', run(mark('verified'))),
    vscode.commands.registerCommand(
      'tradeFacts.disputeFact',
      run(async (doc, t, who) => {
        const note = t.note ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Dispute this fact'), prompt: vscode.l10n.t('What is wrong with it? (kept in the check ledger)'), ignoreFocusOut: true }));
        if (note === undefined) return 'cancelled';
        const source = t.source ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Dispute this fact'), prompt: vscode.l10n.t('Source that shows it (optional)'), ignoreFocusOut: true })) ?? '';
        return ledgers.mark(doc, t.id, 'disputed', who, { note, source });
      }),
    ),
    vscode.commands.registerCommand('tradeFacts.clearMark', run((doc, t, who) => ledgers.clear(doc, t.id, who))),
    vscode.commands.registerCommand('tradeFacts.ignoreCheck', run((doc, t, who) => ledgers.ignore(doc, t.id, t.code ?? '', who))),
    vscode.commands.registerCommand('tradeFacts.saveLedgerAs', (arg?: { uri: string; target?: string }) => saveLedgerAs(ledgers, arg)),
  ];
}

/** Save Check Ledger As…: the article's marks (from memory if need be) into a file picked in a dialog, or `target` (scripts, tests). */
async function saveLedgerAs(ledgers: LedgerStore, arg?: { uri: string; target?: string }): Promise<boolean> {
  const document = arg?.uri ? openDocumentOf(arg.uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: open the article whose check ledger you want to save first.'));
    return false;
  }
  const name = `${document.uri.path.split('/').pop() || 'article'}.json`;
  const home = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = arg?.target
    ? vscode.Uri.parse(arg.target)
    : await vscode.window.showSaveDialog({ title: vscode.l10n.t('Save Check Ledger As'), saveLabel: vscode.l10n.t('Save Ledger'), filters: { [vscode.l10n.t('Check ledger')]: ['json'] }, defaultUri: home && vscode.Uri.joinPath(home, name) });
  if (!target) return false;
  const problem = await ledgers.saveCopy(document, target);
  if (problem) void vscode.window.showWarningMessage(problem);
  else void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: the check ledger of {0} was saved to {1}.', document.uri.path.split('/').pop() ?? '', vscode.workspace.asRelativePath(target)));
  return !problem;
}
