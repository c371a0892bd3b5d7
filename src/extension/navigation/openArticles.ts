/**
 * The beat while the index is off (`tradeFacts.index.enabled`: false): the articles open in the
 * editor, digested from the analyses the editor already made. No file is read and no worker
 * started; an article comes in when its analysis lands (a short while after typing stops) and goes
 * when its document closes.
 */
import * as vscode from 'vscode';
import { digestArticle } from '../../core/beat';
import type { AnalysisStore } from '../analysisStore';
import type { FileResult } from './indexBackend';

/** Typing re-analyses every few hundred milliseconds; the beat hears of it once the text rests. */
const DIGEST_DELAY_MS = 400;

export class OpenArticles implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[];

  /**
   * `maxChars`: an article longer than this is not digested on the extension host (the index
   * hands such files to its workers; with the index off there are none), it is counted as skipped.
   */
  constructor(
    private readonly store: AnalysisStore,
    private readonly maxChars: number,
    private readonly onResult: (r: FileResult) => void,
    private readonly onClose: (key: string) => void,
  ) {
    this.disposables = [
      store.onDidAnalyze(({ document }) => this.later(document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
    ];
    for (const doc of vscode.workspace.textDocuments) if (store.current(doc)) this.later(doc, 0);
  }

  /** Whether an article is waiting to be digested (the tests wait for none). */
  get pending(): boolean {
    return this.timers.size > 0;
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
    this.disposables.forEach((d) => d.dispose());
  }

  private later(doc: vscode.TextDocument, ms = DIGEST_DELAY_MS): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.digest(doc);
    }, ms));
  }

  private digest(doc: vscode.TextDocument): void {
    // Not an article any more (its language changed): out of the beat, as when it closes.
    if (doc.isClosed || !this.store.handles(doc)) return this.onClose(doc.uri.toString());
    const analysis = this.store.current(doc);
    if (!analysis) return;
    const text = doc.getText();
    if (text.length > this.maxChars) {
      return this.onResult({ uri: doc.uri, skipped: vscode.l10n.t('is longer than {0} characters: with the beat index off, only shorter open articles are listed', this.maxChars.toLocaleString()) });
    }
    this.onResult({ uri: doc.uri, digest: digestArticle(doc.uri.toString(), text, analysis) });
  }

  private close(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.onClose(key);
  }
}
