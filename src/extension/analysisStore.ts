import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { AnalysisWorkerClient } from './worker/client';
import { tooLargeNotice, type Timing } from './storeNotices';
import { utf8Bytes } from './utf8Bytes';
import type { TradeFactsLog } from './log';
import { looksBinary } from '../core/readArticle';

interface Waiter {
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

/** What the store knows about one open document. */
interface DocState {
  /** Version of the document the applied analysis was made from. */
  version: number;
  analysis?: Analysis;
  timing?: Timing;
  timer?: NodeJS.Timeout;
  inFlight: boolean;
  /** The document changed while a request was in flight: analyse again when it returns. */
  again: boolean;
  tooLarge: boolean;
  binary?: boolean;
  waiters: Waiter[];
}

export class DocumentTooLargeError extends Error {}

// Where articles live; "git:" (diff views), "output:" and the like are not articles being edited.
// Fact sheets the export wrote ("harbor-steel.facts.md") are our own output, not articles.
const FACT_SHEET_FILE = /\.facts\.[^/.]+$/;
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);
const displayName = (doc: vscode.TextDocument) => doc.uri.path.split('/').pop() || doc.uri.toString();

/**
 * Keeps the latest Analysis of each open article; views only read it. Analysis runs in a worker
 * thread, debounced after typing; a result for an older version of the text is never applied.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly factSheets = new Set<string>();
  private readonly worker = new AnalysisWorkerClient();
  private readonly analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: Analysis }>();
  private readonly skipped = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [this.analyzed, this.skipped];
  readonly onDidAnalyze = this.analyzed.event;
  /** Fired when a document is left unanalysed (too large); views clear what they show for it. */
  readonly onDidSkip = this.skipped.event;
  /** Every notice shown, in order (the tests read it to check there is no storm). */
  readonly notices: string[] = [];

  constructor(
    private readonly languages: () => string[],
    private readonly log?: TradeFactsLog,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document, this.setting('debounceMs', 300))),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.factSheets.delete(d.uri.toString());
        this.forget(d);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tradeFacts.languages') || e.affectsConfiguration('tradeFacts.maxFileSizeKB')) {
          vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0, true));
        }
      }),
    );
    vscode.workspace.textDocuments.forEach((d) => this.schedule(d, 0));
  }

  /** Articles in the chosen languages, from files, untitled editors and remote or virtual folders (not diffs or output). */
  handles(document: vscode.TextDocument): boolean {
    return (
      ARTICLE_SCHEMES.has(document.uri.scheme) &&
      this.languages().includes(document.languageId) &&
      !FACT_SHEET_FILE.test(document.uri.path) &&
      !this.factSheets.has(document.uri.toString())
    );
  }

  /** A fact sheet the export opened: it is our own output, not an article, so it is left alone. */
  ignoreFactSheet(document: vscode.TextDocument): void {
    this.factSheets.add(document.uri.toString());
    this.forget(document);
    this.skipped.fire(document);
  }

  /** For the robustness tests: make the worker stop as a crash would. */
  crashWorkerForTest(): void {
    this.worker.crashForTest();
  }

  get(uri: vscode.Uri): Analysis | undefined {
    return this.states.get(uri.toString())?.analysis;
  }

  /** The analysis only if it was made from the document's current text (offsets still valid). */
  current(document: vscode.TextDocument): Analysis | undefined {
    const s = this.states.get(document.uri.toString());
    return s?.version === document.version ? s.analysis : undefined;
  }

  /** How long the last applied analysis took (worker time, round trip, main-thread time). */
  timing(uri: vscode.Uri): Timing | undefined {
    return this.states.get(uri.toString())?.timing;
  }

  /** Resolves with the analysis of the document's current text; rejects if it is too large. */
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis> {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const state = this.states.get(key);
    if (state?.analysis && (!doc || state.version === doc.version)) return Promise.resolve(state.analysis);
    if (!doc || !this.handles(doc)) return Promise.reject(new Error(`Trade Facts does not analyse ${uri.path}.`));
    return new Promise<Analysis>((resolve, reject) => {
      const s = this.stateOf(doc);
      s.waiters.push({ resolve, reject });
      if (!s.timer && !s.inFlight) this.run(doc);
    });
  }

  /** Analyses the document now (no debounce) unless its current text is already analysed. */
  refresh(document: vscode.TextDocument): void {
    this.schedule(document, 0);
  }

  dispose(): void {
    this.states.forEach((s) => clearTimeout(s.timer));
    this.states.clear();
    this.worker.dispose();
    this.disposables.forEach((d) => d.dispose());
  }

  private setting(name: 'debounceMs' | 'maxFileSizeKB', fallback: number): number {
    return vscode.workspace.getConfiguration('tradeFacts').get<number>(name, fallback);
  }

  private stateOf(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = { version: -1, inFlight: false, again: false, tooLarge: false, waiters: [] }));
    return s;
  }

  private schedule(doc: vscode.TextDocument, delayMs: number, force = false): void {
    if (!this.handles(doc)) return this.forget(doc);
    const s = this.stateOf(doc);
    if (!force && s.analysis && s.version === doc.version) return;
    clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      this.run(doc);
    }, delayMs);
  }

  private run(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const s = this.states.get(key);
    if (!s || doc.isClosed) return;
    if (!this.handles(doc)) return this.forget(doc);
    if (s.inFlight) {
      s.again = true;
      return;
    }
    const started = performance.now();
    const text = doc.getText();
    const limitKB = this.setting('maxFileSizeKB', 2048);
    const kb = utf8Bytes(text) / 1024;
    if (kb > limitKB) return this.skip(doc, s, kb, limitKB);
    if (looksBinary(text)) return this.skipBinary(doc, s);
    s.binary = false;
    s.tooLarge = false;
    const version = doc.version;
    s.inFlight = true;
    const request = this.worker.analyze(key, version, text);
    const postMs = performance.now() - started;
    request.then(
      (reply) => {
        s.inFlight = false;
        if (this.states.get(key) !== s) return; // closed meanwhile
        const applyStarted = performance.now();
        if (reply.version === doc.version) {
          s.version = reply.version;
          s.analysis = reply.analysis;
          this.analyzed.fire({ document: doc, analysis: reply.analysis });
          const waiting = s.waiters.splice(0);
          waiting.forEach((w) => w.resolve(reply.analysis));
          s.timing = { workerMs: reply.ms, roundTripMs: performance.now() - started, mainThreadMs: postMs + performance.now() - applyStarted, cachedParagraphs: reply.cachedParagraphs };
        } else {
          s.again = true; // stale: the text changed while the worker ran
        }
        this.runAgainIfNeeded(doc, s);
      },
      (err: Error) => {
        s.inFlight = false;
        if (this.states.get(key) === s) this.log?.failure('analysis', `Could not analyse ${displayName(doc)}.`, err);
        s.waiters.splice(0).forEach((w) => w.reject(err));
        this.runAgainIfNeeded(doc, s);
      },
    );
  }

  private runAgainIfNeeded(doc: vscode.TextDocument, s: DocState): void {
    if (!s.again || doc.isClosed) return;
    s.again = false;
    if (!s.timer) this.run(doc);
  }

  private skip(doc: vscode.TextDocument, s: DocState, kb: number, limitKB: number): void {
    s.analysis = undefined;
    s.version = doc.version;
    const err = new DocumentTooLargeError(tooLargeNotice(doc, kb, limitKB));
    s.waiters.splice(0).forEach((w) => w.reject(err));
    if (!s.tooLarge) {
      s.tooLarge = true;
      this.notices.push(err.message);
      void vscode.window.showInformationMessage(err.message);
    }
    this.skipped.fire(doc);
  }

  /** Binary data opened as text is left alone: logged once, never a pop-up. */
  private skipBinary(doc: vscode.TextDocument, s: DocState): void {
    s.analysis = undefined;
    s.version = doc.version;
    const err = new Error(`Trade Facts: ${displayName(doc)} looks like binary data, not an article, so it is not analysed.`);
    s.waiters.splice(0).forEach((w) => w.reject(err));
    if (!s.binary) this.log?.info(err.message);
    s.binary = true;
    this.skipped.fire(doc);
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const s = this.states.get(key);
    if (!s) return;
    clearTimeout(s.timer);
    this.states.delete(key);
    s.waiters.splice(0).forEach((w) => w.reject(new Error(`${doc.uri.path} was closed before it was analysed.`)));
    this.worker.forget(key);
  }
}
