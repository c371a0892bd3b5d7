import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { toRanges } from './convert';
import { HIGHLIGHT_KINDS, highlightSpans, type HighlightKind } from './highlightSpans';
import { createDecorationTypes } from './highlightStyles';

export type AppliedRanges = Record<HighlightKind, vscode.Range[]>;

/**
 * Draws the analysis of each visible article as highlights, one decoration type per kind, each
 * kind switchable in settings; "Toggle Highlights" hides or shows them all for this session.
 */
export class Highlights implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly applied = new WeakMap<vscode.TextEditor, AppliedRanges>();
  private readonly disposables: vscode.Disposable[] = Object.values(this.types);
  private shown = true;

  constructor(private readonly store: AnalysisStore) {
    this.disposables.push(
      store.onDidAnalyze(({ document }) => this.drawDocument(document)),
      store.onDidSkip(({ document }) => this.drawDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.draw(e))),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeFacts') && this.drawAll()),
      vscode.commands.registerCommand('tradeFacts.toggleHighlights', () => this.toggle()),
    );
    this.drawAll();
  }

  /** The ranges last drawn in an editor, per kind (for the tests). */
  rangesIn(editor: vscode.TextEditor): AppliedRanges {
    return this.applied.get(editor) ?? { figures: [], tariffs: [], people: [], organizations: [], quotes: [] };
  }

  toggle(): boolean {
    this.shown = !this.shown;
    this.drawAll();
    vscode.window.setStatusBarMessage(this.shown ? vscode.l10n.t('Trade Facts: highlights shown') : vscode.l10n.t('Trade Facts: highlights hidden'), 3000);
    return this.shown;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private drawAll(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.draw(e));
  }

  private drawDocument(document: vscode.TextDocument): void {
    vscode.window.visibleTextEditors.filter((e) => e.document === document).forEach((e) => this.draw(e));
  }

  private draw(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const settings = vscode.workspace.getConfiguration('tradeFacts.highlight', doc);
    const wanted = (kind: HighlightKind) => this.shown && this.store.handles(doc) && settings.get<boolean>(kind, true);
    const analysis = this.store.current(doc);
    // An analysis older than the text has offsets that would land in the wrong places: kinds still
    // wanted keep the highlights as VS Code has moved them until the new analysis arrives; kinds
    // hidden or switched off are cleared now.
    const stale = !analysis && !!this.store.get(doc.uri);
    const spans = analysis ? highlightSpans(analysis, wanted) : undefined;
    const ranges = { ...this.rangesIn(editor) };
    for (const kind of HIGHLIGHT_KINDS) {
      if (stale && wanted(kind)) continue;
      ranges[kind] = spans && wanted(kind) ? toRanges(doc, spans[kind]) : [];
      editor.setDecorations(this.types[kind], ranges[kind]);
    }
    this.applied.set(editor, ranges);
  }
}
