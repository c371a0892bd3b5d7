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
      store.onDidSkip((document) => this.drawDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.draw(e))),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeFacts') && this.drawAll()),
      vscode.commands.registerCommand('tradeFacts.toggleHighlights', () => this.toggle()),
    );
    void vscode.commands.executeCommand('setContext', 'tradeFacts.highlightsShown', true);
    this.drawAll();
  }

  /** The ranges last drawn in an editor, per kind (for the tests). */
  rangesIn(editor: vscode.TextEditor): AppliedRanges {
    return this.applied.get(editor) ?? { figures: [], tariffs: [], people: [], organizations: [], quotes: [] };
  }

  toggle(): boolean {
    this.shown = !this.shown;
    void vscode.commands.executeCommand('setContext', 'tradeFacts.highlightsShown', this.shown);
    this.drawAll();
    vscode.window.setStatusBarMessage(`Trade Facts: highlights ${this.shown ? 'shown' : 'hidden'}`, 3000);
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
    // Offsets of an analysis older than the text would land in the wrong places: leave the
    // highlights as VS Code has moved them until the new analysis arrives.
    if (this.store.get(editor.document.uri) && !this.store.current(editor.document)) return;
    const analysis = this.shown && this.store.handles(editor.document) ? this.store.current(editor.document) : undefined;
    const settings = vscode.workspace.getConfiguration('tradeFacts.highlight', editor.document);
    const spans = analysis ? highlightSpans(analysis, (k) => settings.get<boolean>(k, true)) : undefined;
    const ranges = {} as AppliedRanges;
    for (const kind of HIGHLIGHT_KINDS) {
      ranges[kind] = spans ? toRanges(editor.document, spans[kind]) : [];
      editor.setDecorations(this.types[kind], ranges[kind]);
    }
    this.applied.set(editor, ranges);
  }
}
