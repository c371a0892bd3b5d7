/**
 * The reporter's sources as the editor keeps them: found from `tradeFacts.sources`, read through
 * VS Code's file system (never blocking), indexed in the source worker, read again when a file
 * changes (a file watcher, and a look at the files' stamps when the window gets focus, since
 * watchers can be late or missing), and every analysed article checked against them.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { TradeFactsLog } from '../log';
import type { Analysis } from '../../core/types';
import type { SourceCheck } from '../../core/sources/types';
import { openDocumentOf } from '../openDocument';
import { createSourceBackend, type SourceBackend } from '../sources/workerBackend';
import { MAX_EDITOR_SOURCES, findSources, sourceName, sourcePatterns } from './sourceFiles';
import { MAX_ARTICLE_BYTES, tooLarge } from '../../core/readArticle';

/** More new sources than this are read under a cancellable progress notification. */
const MANY_SOURCES = 200;

interface Indexed {
  uri: vscode.Uri;
  /** Modification time and size when read: a file whose stamp is unchanged is not read again. */
  stamp: string;
}

/** What the status bar tooltip says of the sources. */
export interface SourcesSummary {
  files: number;
  words: number;
  skipped: number;
}

export class SourceStore implements vscode.Disposable {
  private readonly backend: SourceBackend;
  private readonly indexed = new Map<string, Indexed & { words: number }>();
  /** Source name → why it was skipped. */
  private readonly skippedFiles = new Map<string, string>();
  private readonly checked = new Map<string, { analysis: Analysis; checks: Map<string, SourceCheck> }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly summaryChanged = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.summaryChanged];
  private watchers: vscode.Disposable[] = [];
  private scanning: vscode.CancellationTokenSource | undefined;
  private scan: Promise<void> = Promise.resolve();
  /** The reporter cancelled reading many sources: new ones wait for Read Sources Again (or a settings change). */
  private readCancelled = false;
  /** The source index stopped too often; no source is read until the window is reloaded. */
  private paused = false;
  /** Bumped on every change to the index: a check made on an older index is thrown away. */
  private generation = 0;
  /** Fired when an article's source checks changed. */
  readonly onDidChange = this.changed.event;
  /** Fired when the sources indexed or skipped changed. */
  readonly onDidChangeSummary = this.summaryChanged.event;

  constructor(private readonly analyses: AnalysisStore, private readonly log: TradeFactsLog) {
    this.backend = createSourceBackend((gaveUp) => {
      // The worker died: its index is gone; everything is read again, unless it keeps dying.
      this.indexed.clear();
      if (gaveUp) {
        this.paused = true;
        this.scanning?.cancel();
        this.log.info('The source index stopped three times within a minute; source checks are paused until the window is reloaded.');
        this.generation++;
        this.recheckAll();
        this.summaryChanged.fire();
        return;
      }
      this.log.info('The source index stopped; reading the sources again.');
      void this.rescan();
    });
    this.disposables.push(
      analyses.onDidAnalyze(({ document, analysis }) => void this.checkDocument(document, analysis)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeFacts.sources') && this.restart()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      vscode.window.onDidChangeWindowState((w) => w.focused && void this.rescan()),
      // A source edited in this window: read again on save even if no watcher reports it.
      vscode.workspace.onDidSaveTextDocument((d) => this.indexed.has(d.uri.toString()) && void this.rescan()),
      vscode.workspace.onDidCloseTextDocument((d) => this.checked.delete(d.uri.toString())),
      { dispose: () => clearTimeout(this.pollTimer) },
    );
    this.schedulePoll();
    this.restart();
  }

  /** Watches the patterns of the setting and reads every source again. */
  private restart(): void {
    this.readCancelled = false;
    this.watchers.forEach((w) => w.dispose());
    const { patterns, refused } = sourcePatterns();
    for (const r of refused) this.log.info(`Source pattern "${r}" leaves the workspace and is not read; list such sources by their absolute path.`);
    this.watchers = patterns.flatMap((p) => {
      const w = vscode.workspace.createFileSystemWatcher(p);
      return [w, w.onDidCreate(() => void this.rescan()), w.onDidChange(() => void this.rescan()), w.onDidDelete(() => void this.rescan())];
    });
    void this.rescan(true);
  }

  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * File watchers can be late or missing (code-server, network drives, inotify limits): the indexed
   * sources' stamps are also looked at, one stat each, every 3 s for up to 500 sources, else every minute.
   */
  private schedulePoll(): void {
    this.pollTimer = setTimeout(() => void this.pollStamps().finally(() => this.schedulePoll()), this.indexed.size <= 500 ? 3_000 : 60_000);
  }

  private async pollStamps(): Promise<void> {
    for (const e of [...this.indexed.values()]) {
      const stat = await Promise.resolve(vscode.workspace.fs.stat(e.uri)).catch(() => undefined);
      if (!stat || `${stat.mtime}:${stat.size}` !== e.stamp) return void (await this.rescan());
    }
  }

  /** Compares the sources on disk with the index: reads new and changed files, drops removed ones. One scan at a time; a newer one cancels the older. */
  rescan(withProgress = false, force = false): Promise<void> {
    // The index keeps dying (see workerBackend.ts): nothing is read until the window is reloaded.
    if (this.paused) return this.scan;
    this.scanning?.cancel();
    // Forced: every file is read again, whatever its stamp says.
    if (force) for (const e of this.indexed.values()) e.stamp = '';
    if (force) this.skippedFiles.clear();
    if (force) this.readCancelled = false;
    const cts = (this.scanning = new vscode.CancellationTokenSource());
    const run = async () => {
      const work = () => this.syncFiles(cts.token);
      if (withProgress) await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Trade Facts: reading sources') }, work);
      else await work();
    };
    this.scan = this.scan.then(run, run).catch((e: Error) => this.log.failure('sources', vscode.l10n.t('Trade Facts could not read the sources.'), e));
    return this.scan;
  }

  private async syncFiles(token: vscode.CancellationToken): Promise<void> {
    const found = await findSources(sourcePatterns().patterns, token);
    if (token.isCancellationRequested) return;
    if (found.length > MAX_EDITOR_SOURCES) this.log.info(`More than ${MAX_EDITOR_SOURCES} source files: only the first ${MAX_EDITOR_SOURCES} are read.`);
    const wanted = new Map(found.slice(0, MAX_EDITOR_SOURCES).map((u) => [u.toString(), u]));
    let touched = false;
    for (const [key, entry] of [...this.indexed]) {
      if (wanted.has(key)) continue;
      this.indexed.delete(key);
      await this.backend.request({ type: 'remove', file: sourceName(entry.uri) });
      touched = true;
    }
    const names = new Set([...wanted.values()].map(sourceName));
    for (const key of [...this.skippedFiles.keys()]) if (!names.has(key)) this.skippedFiles.delete(key);
    const toRead = [...wanted.values()].filter((u) => !this.readCancelled || this.indexed.has(u.toString()));
    const readAll = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, cancel?: vscode.CancellationToken) => {
      for (const [i, uri] of toRead.entries()) {
        if (token.isCancellationRequested || cancel?.isCancellationRequested) break;
        touched = (await this.readOne(uri)) || touched;
        if (i % 50 === 0) progress?.report({ message: `${i + 1}/${toRead.length}`, increment: (50 / toRead.length) * 100 });
      }
    };
    // Many files (a first read of a large archive): a notification with progress that can be cancelled.
    const fresh = toRead.filter((u) => !this.indexed.has(u.toString())).length;
    if (fresh > MANY_SOURCES) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Trade Facts: reading {0} sources', fresh), cancellable: true }, async (progress, cancel) => {
        await readAll(progress, cancel);
        if (cancel.isCancellationRequested) {
          this.readCancelled = true;
          this.log.info('Reading the sources was cancelled; run Trade Facts: Read Sources Again to read the rest.');
        }
      });
    } else await readAll();
    this.summaryChanged.fire();
    if (touched) this.recheckAll();
  }

  /** Reads one source into the index when its stamp changed; true when the index changed. */
  private async readOne(uri: vscode.Uri): Promise<boolean> {
    const name = sourceName(uri);
    const key = uri.toString();
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return this.skip(name, key, 'does not exist any more');
    }
    const stamp = `${stat.mtime}:${stat.size}`;
    if (this.indexed.get(key)?.stamp === stamp || this.skippedFiles.get(name)?.endsWith(`\u0000${stamp}`)) return false;
    // Sources have an article's size limit (as on the command line).
    if (stat.size > MAX_ARTICLE_BYTES) return this.skip(name, key, tooLarge(stat.size), stamp);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (e) {
      return this.skip(name, key, `cannot be read (${(e as Error).message})`, stamp);
    }
    const reply = await this.backend.request({ type: 'put', file: name, bytes });
    if (reply.type !== 'put') return false;
    if (!reply.ok) return this.skip(name, key, reply.reason, stamp);
    this.skippedFiles.delete(name);
    this.indexed.set(key, { uri, stamp, words: reply.words });
    for (const p of reply.problems) this.log.info(`Source ${name}: ${p}.`);
    this.generation++;
    return true;
  }

  /** Names a skipped source once in the output channel; true when it had been indexed (the index changed). */
  private skip(name: string, key: string, reason: string, stamp = ''): boolean {
    const was = this.indexed.delete(key);
    if (was) void this.backend.request({ type: 'remove', file: name });
    if (!this.skippedFiles.has(name) || !this.skippedFiles.get(name)?.startsWith(reason)) this.log.info(`Source ${name} ${reason}; skipped.`);
    this.skippedFiles.set(name, `${reason}\u0000${stamp}`);
    if (was) this.generation++;
    return was;
  }

  private recheckAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      const a = this.analyses.current(d);
      if (a) void this.checkDocument(d, a);
    }
  }

  private async checkDocument(document: vscode.TextDocument, analysis: Analysis): Promise<void> {
    const key = document.uri.toString();
    if (!this.indexed.size) {
      if (this.checked.delete(key)) this.changed.fire(document.uri);
      return;
    }
    const generation = this.generation;
    const checks = await this.checkNow(document, analysis);
    if (!checks || generation !== this.generation || this.analyses.current(document) !== analysis) return;
    this.checked.set(key, { analysis, checks });
    this.changed.fire(document.uri);
  }

  /** The source checks of an analysis against the sources indexed now (an export of an article not open); undefined with no sources. */
  async checkNow(document: vscode.TextDocument, analysis: Analysis): Promise<Map<string, SourceCheck> | undefined> {
    if (!this.indexed.size) return undefined;
    const reply = await this.backend
      .request({
        type: 'check',
        quotes: analysis.quotes.map(({ id, text, speaker, speakerKind }) => ({ id, text, speaker, speakerKind })),
        figures: analysis.figures,
        exclude: document.isUntitled ? undefined : sourceName(document.uri),
      })
      .catch(() => undefined);
    return reply?.type === 'checked' ? new Map(reply.checks) : undefined;
  }

  /** The source checks of a document's current analysis, when made. */
  checks(document: vscode.TextDocument): Map<string, SourceCheck> | undefined {
    const c = this.checked.get(document.uri.toString());
    return c && c.analysis === this.analyses.current(document) ? c.checks : undefined;
  }

  /** Resolves once the document's current analysis has been checked against the current index (for tests and scripts). */
  async whenChecked(uri: vscode.Uri | string, timeoutMs = 30_000): Promise<Map<string, SourceCheck> | undefined> {
    const until = Date.now() + timeoutMs;
    await this.scan;
    for (;;) {
      const doc = openDocumentOf(uri);
      const c = doc && this.checks(doc);
      if (c || Date.now() > until) return c;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** The URI of a source by the name the checks give it. */
  uriOf(name: string): vscode.Uri | undefined {
    for (const e of this.indexed.values()) if (sourceName(e.uri) === name) return e.uri;
    return undefined;
  }

  summary(): SourcesSummary {
    let words = 0;
    for (const e of this.indexed.values()) words += e.words;
    return { files: this.indexed.size, words, skipped: this.skippedFiles.size };
  }

  /** The skipped sources with why, for the status bar tooltip and the tests. */
  skipped(): string[] {
    return [...this.skippedFiles].map(([name, why]) => `${name} ${why.split('\u0000')[0]}`);
  }

  dispose(): void {
    this.scanning?.cancel();
    this.watchers.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
    this.backend.dispose();
  }
}
