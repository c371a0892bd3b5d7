import * as vscode from 'vscode';
import type { LedgerStore } from './ledger/ledgerStore';
import type { CheckStatus } from '../core/ledger';
import { toRange } from './convert';

type Marked = Exclude<CheckStatus, 'unchecked'>;

/**
 * A mark after each checked fact: ✓ verified, ✗ disputed, and `changed` (edited after it was
 * checked) standing out with a wavy underline and a ⚠. Colours are contributed
 * (tradeFacts.verifiedForeground…) with light, dark and high-contrast defaults.
 */
export class CheckMarks implements vscode.Disposable {
  private readonly types: Record<Marked, vscode.TextEditorDecorationType> = {
    verified: vscode.window.createTextEditorDecorationType({
      after: { contentText: ' ✓', color: new vscode.ThemeColor('tradeFacts.verifiedForeground') },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    disputed: vscode.window.createTextEditorDecorationType({
      after: { contentText: ' ✗', color: new vscode.ThemeColor('tradeFacts.disputedForeground') },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    changed: vscode.window.createTextEditorDecorationType({
      after: { contentText: ' ⚠', color: new vscode.ThemeColor('tradeFacts.changedForeground') },
      textDecoration: 'underline wavy',
      overviewRulerColor: new vscode.ThemeColor('tradeFacts.changedForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
  private readonly applied = new Map<vscode.TextEditor, Record<Marked, string[]>>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly ledgers: LedgerStore) {
    this.disposables = [
      ledgers.onDidChange((uri) => vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString()).forEach((e) => this.draw(e))),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.draw(e))),
    ];
    vscode.window.visibleTextEditors.forEach((e) => this.draw(e));
  }

  /** For the tests: the texts marked in an editor, per status. */
  markedIn(editor: vscode.TextEditor): Record<Marked, string[]> {
    return this.applied.get(editor) ?? { verified: [], disputed: [], changed: [] };
  }

  private draw(editor: vscode.TextEditor): void {
    const anchoring = this.ledgers.anchoring(editor.document);
    const ranges: Record<Marked, vscode.Range[]> = { verified: [], disputed: [], changed: [] };
    const texts: Record<Marked, string[]> = { verified: [], disputed: [], changed: [] };
    anchoring?.facts.forEach((f, i) => {
      const s = anchoring.checks[i].status;
      if (s === 'unchecked') return;
      ranges[s].push(toRange(editor.document, f));
      texts[s].push(editor.document.getText(toRange(editor.document, f)));
    });
    for (const s of ['verified', 'disputed', 'changed'] as const) editor.setDecorations(this.types[s], ranges[s]);
    this.applied.set(editor, texts);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    Object.values(this.types).forEach((t) => t.dispose());
  }
}
