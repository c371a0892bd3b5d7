import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { AnalysisWorkerClient } from './worker/client';
import { AnalysisStoppedError } from './worker/backend';
import type { Timing } from './storeNotices';
import type { TradeFactsLog } from './log';
import { displayName, isArticle, skipReason, type SkipReason } from './articleRules';
import { openDocumentOf } from './openDocument';

interface Waiter {
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

/** Where an article stands: analysed, being analysed, or left unanalysed and why. */
export type ArticleStatus = 'ready' | 'analysing' | SkipReason | 'failed' | 'notArticle';

/** A document left unanalysed, with why in words (`message`, for the panel and tooltips). */
export interface SkipEvent {
  document: vscode.TextDocument;
  status: Exclude<ArticleStatus, 'ready' | 'analysing'>;
  message: string;
}

/** What the store knows about one open document. */
interface DocState {
  /** The document itself: an untitled name ("Untitled-1") comes back for a new document once closed. */
  doc: vscode.TextDocument;
  /** Version of the document the applied analysis was made from. */
  version: number;
  analysis?: Analysis;
  timing?: Timing;
  timer?: ReturnType<typeof setTimeout>;
  inFlight: boolean;
  /** The document changed while a request was in flight: analyse again when it returns. */
  again: boolean;
  /** Too large or binary: why its current text is not analysed, and the words for it. */
  skipped?: { reason: SkipReason; message: string };
  /** The last request failed (crash, timeout, worker given up): the words for it. */
  failure?: string;
  /** Tried again once after a crash or timeout; not again until an analysis succeeds. */
  retried: boolean;
  waiters: Waiter[];
}

export class DocumentTooLargeError extends Error {}

/**
 * Keeps the latest Analysis of each open article; views only read it. Analysis runs in a worker
 * thread, debounced after typing; a result for an older version of the text is never applied.
 * Which documents are articles, and which texts are skipped, is articleRules.ts.
 */
export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly factSheets = new Set<string>();
  private readonly worker = new AnalysisWorkerClient();
  private readonly analyzed = new vscode.EventEmitter<{ document: vscode.TextDocument; analysis: Analysis }>();
  private readonly skipped = new vscode.EventEmitter<SkipEvent>();
  private readonly disposables: vscode.Disposable[] = [this.analyzed, this.skipped];
  readonly onDidAnalyze = this.analyzed.event;
  /** Fired when a document is left unanalysed (too large, binary, failed, a fact sheet); views show why. */
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
        // The close of an old document may come after a new one took its untitled name.
        const owner = this.states.get(d.uri.toString())?.doc;
        if (owner && owner !== d) return;
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

  /** Articles in the chosen languages, from files, untitled editors and remote or virtual folders (not diffs, output or fact sheets). */
  handles(document: vscode.TextDocument): boolean {
    return isArticle(document, this.languages(), this.factSheets);
  }

  /** Where the document stands, for the status bar and the quotes panel. */
  status(document: vscode.TextDocument): ArticleStatus {
    if (!this.handles(document)) return 'notArticle';
    const s = this.own(document);
    if (s?.skipped) return s.skipped.reason;
    if (s?.failure) return 'failed';
    return s?.analysis ? 'ready' : 'analysing';
  }

  /** Why the document is not analysed, in words (too large, binary, failed); undefined otherwise. */
  reason(document: vscode.TextDocument): string | undefined {
    const s = this.own(document);
    return s?.skipped?.message ?? s?.failure;
  }

  /** A fact sheet the export opened: it is our own output, not an article, so it is left alone. */
  ignoreFactSheet(document: vscode.TextDocument): void {
    this.factSheets.add(document.uri.toString());
    this.forget(document);
    this.skipped.fire({ document, status: 'notArticle', message: vscode.l10n.t('{0} is a fact sheet, not an article.', displayName(document)) });
  }

  /** For the robustness tests: the worker client, to crash it, tighten its time budget or forget its deaths. */
  get workerForTest(): Pick<AnalysisWorkerClient, 'crashForTest' | 'setBudgetForTest' | 'resetForTest'> {
    return this.worker;
  }

  get(uri: vscode.Uri): Analysis | undefined {
    return this.states.get(uri.toString())?.analysis;
  }

  /**
   * The document's own latest analysis, maybe of an older version while an edit waits; never another
   * document's that had its URI (untitled names are reused: "Untitled-1" closed and opened again).
   */
  analysisOf(document: vscode.TextDocument): Analysis | undefined {
    return this.own(document)?.analysis;
  }

  /** The analysis only if it was made from the document's current text (offsets still valid). */
  current(document: vscode.TextDocument): Analysis | undefined {
    const s = this.own(document);
    return s?.version === document.version ? s.analysis : undefined;
  }

  /** How long the last applied analysis took (worker time, round trip, main-thread time). */
  timing(uri: vscode.Uri): Timing | undefined {
    return this.states.get(uri.toString())?.timing;
  }

  /** Resolves with the analysis of the document's current text; rejects if it is too large, binary, or the analysis failed. */
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis> {
    const key = uri.toString();
    const doc = openDocumentOf(key);
    const state = this.states.get(key);
    if (state?.analysis && (!doc || (state.doc === doc && state.version === doc.version))) return Promise.resolve(state.analysis);
    if (!doc || !this.handles(doc)) return Promise.reject(new Error(vscode.l10n.t('Trade Facts does not analyse {0}.', uri.path)));
    return new Promise<Analysis>((resolve, reject) => {
      const s = this.stateOf(doc);
      s.waiters.push({ resolve, reject });
      if (!s.timer && !s.inFlight) this.run(doc);
    });
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

  /** The state of this very document (not of an older one that had its URI). */
  private own(document: vscode.TextDocument): DocState | undefined {
    const s = this.states.get(document.uri.toString());
    return s?.doc === document ? s : undefined;
  }

  private stateOf(doc: vscode.TextDocument): DocState {
    const key = doc.uri.toString();
    let s = this.states.get(key);
    // A new document under an old one's URI (untitled names are reused) starts afresh: versions
    // restart at 1, so the old analysis would otherwise pass for the new text's.
    if (s && s.doc !== doc) {
      this.forget(s.doc);
      s = undefined;
    }
    if (!s) this.states.set(key, (s = { doc, version: -1, inFlight: false, again: false, retried: false, waiters: [] }));
    return s;
  }

  private schedule(doc: vscode.TextDocument, delayMs: number, force = false): void {
    if (!this.handles(doc)) return this.forget(doc);
    const s = this.stateOf(doc);
    if (!force && s.analysis && s.version === doc.version) return; // stateOf() started afresh for a new document
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
    const skip = skipReason(doc, text, this.setting('maxFileSizeKB', 2048));
    if (skip) return this.skip(doc, s, skip);
    s.skipped = undefined;
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
          s.failure = undefined;
          s.retried = false;
          this.analyzed.fire({ document: doc, analysis: reply.analysis });
          s.waiters.splice(0).forEach((w) => w.resolve(reply.analysis));
          s.timing = { workerMs: reply.ms, roundTripMs: performance.now() - started, mainThreadMs: postMs + performance.now() - applyStarted, cachedParagraphs: reply.cachedParagraphs };
        } else {
          s.again = true; // stale: the text changed while the worker ran
        }
        this.runAgainIfNeeded(doc, s);
      },
      (err: Error) => this.failed(doc, s, err),
    );
  }

  /** A request failed: logged once, waiters told, and after a crash or timeout the article is tried once more. */
  private failed(doc: vscode.TextDocument, s: DocState, err: Error): void {
    s.inFlight = false;
    s.waiters.splice(0).forEach((w) => w.reject(err));
    if (this.states.get(doc.uri.toString()) !== s || doc.isClosed) return; // closed meanwhile
    const detail = err instanceof AnalysisStoppedError ? err.detail : undefined;
    this.log?.failure('analysis', vscode.l10n.t('Could not analyse {0}. {1}', displayName(doc), err.message), detail);
    s.failure = err.message;
    this.skipped.fire({ document: doc, status: 'failed', message: err.message });
    if (err instanceof AnalysisStoppedError && err.worthRetrying && !s.retried) {
      s.retried = true;
      s.again = false;
      return this.schedule(doc, 0, true);
    }
    this.runAgainIfNeeded(doc, s);
  }

  private runAgainIfNeeded(doc: vscode.TextDocument, s: DocState): void {
    if (!s.again || doc.isClosed) return;
    s.again = false;
    if (!s.timer) this.run(doc);
  }

  /** Too large: one notice per document until it fits again. Binary: logged once, never a pop-up. */
  private skip(doc: vscode.TextDocument, s: DocState, skip: { reason: SkipReason; message: string }): void {
    s.analysis = undefined;
    s.version = doc.version;
    s.failure = undefined;
    const err = skip.reason === 'tooLarge' ? new DocumentTooLargeError(skip.message) : new Error(skip.message);
    s.waiters.splice(0).forEach((w) => w.reject(err));
    if (s.skipped?.reason !== skip.reason) {
      if (skip.reason === 'tooLarge') {
        this.notices.push(skip.message);
        void vscode.window.showInformationMessage(skip.message);
      } else this.log?.info(skip.message);
    }
    s.skipped = skip;
    this.skipped.fire({ document: doc, status: skip.reason, message: skip.message });
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const s = this.states.get(key);
    if (!s) return;
    clearTimeout(s.timer);
    this.states.delete(key);
    s.waiters.splice(0).forEach((w) => w.reject(new Error(vscode.l10n.t('{0} was closed before it was analysed.', doc.uri.path))));
    this.worker.forget(key);
  }
}
