import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import { ParagraphCache } from '../core/extract';
import type { Analysis } from '../core/types';

interface Entry {
  version: number;
  analysis: Analysis;
  cache: ParagraphCache;
}

/** Keeps the latest Analysis of each open article, re-analysing on change; views only read it. */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly waiters = new Map<string, Array<(a: Analysis) => void>>();
  private readonly emitter = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: Analysis }>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly languages: () => string[]) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.refresh(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.refresh(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
    );
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  handles(document: vscode.TextDocument): boolean {
    return this.languages().includes(document.languageId);
  }

  get(uri: vscode.Uri): Analysis | undefined {
    return this.entries.get(uri.toString())?.analysis;
  }

  /** Resolves with the analysis of the document's current text. */
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const entry = this.entries.get(uri.toString());
    if (entry && (!doc || entry.version === doc.version)) return Promise.resolve(entry.analysis);
    if (doc) this.refresh(doc);
    const done = this.entries.get(uri.toString());
    if (done && doc && done.version === doc.version) return Promise.resolve(done.analysis);
    return new Promise((resolve) => this.waiters.set(uri.toString(), [...(this.waiters.get(uri.toString()) ?? []), resolve]));
  }

  refresh(document: vscode.TextDocument): void {
    if (!this.handles(document)) return;
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version) return;
    const cache = entry?.cache ?? new ParagraphCache();
    const analysis = analyze(document.getText(), { cache });
    this.entries.set(key, { version: document.version, analysis, cache });
    this.emitter.fire({ document, analysis });
    const waiting = this.waiters.get(key);
    this.waiters.delete(key);
    waiting?.forEach((w) => w(analysis));
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
    this.entries.clear();
  }
}
