/**
 * The workspace's beat index, kept current off the extension host's thread: every article file is
 * digested by worker threads (indexBackend.ts) at start and after a settings change, files created,
 * changed or deleted on disk are merged one by one (FileSystemWatcher), and a saved article is
 * merged from the analysis the editor already has. Progress shows in the status bar and the Beat
 * view; a run can be cancelled. Files that cannot be read are counted with why, never fatal.
 *
 * With `tradeFacts.index.enabled` false no file is read and no worker runs: the beat is the
 * articles open in the editor (openArticles.ts). Turning the setting off stops the run and its
 * workers and drops the index; turning it on indexes the workspace again, without a reload.
 *
 * The lists the view and Go to Symbol read are built in slices (BeatIndex.snapshotInSlices): the
 * thread is handed back every few milliseconds, and changes that arrive meanwhile are held and
 * merged right after, so a build always finishes and the editor never waits on a long one.
 */
import * as vscode from 'vscode';
import { BeatIndex, digestArticle, type BuiltBeat, type BeatSnapshot } from '../../core/beat';
import type { AnalysisStore } from '../analysisStore';
import type { TradeFactsLog } from '../log';
// Imported by this path (not "./indexBackend") so the web build can put the in-process indexer in its place.
import { BeatIndexer, type FileResult } from '../navigation/indexBackend';
import { EXCLUDED, articleGlob, isArticlePath } from './articleFiles';
import { OpenArticles } from './openArticles';

/** Where indexing stands, for the view's message and the tests. */
export interface BeatStatus {
  /** `tradeFacts.index.enabled`: false when the beat is only the open articles. */
  enabled: boolean;
  /** Index worker threads alive now (0 with the index off, and on the web). */
  workers: number;
  indexing: boolean;
  done: number;
  total: number;
  articles: number;
  skipped: Array<{ file: string; reason: string }>;
  /** The last full run was cancelled part-way (done of total files read). */
  stopped?: { done: number; total: number };
  /** How long the last full run took, and the last merge of one saved article (ms). */
  lastRunMs?: number;
  lastSaveMs?: number;
}

const QUEUE_DELAY_MS = 150;
const CHANGE_EVERY_MS = 300;
/** A saved article longer than this is digested by an index worker instead of the extension host. */
const DIGEST_HERE_MAX_CHARS = 100_000;
/** How long one slice of a list build may hold the extension host (well under the 50 ms a user would feel). */
const SLICE_MS = 12;
const handBack = () => new Promise<void>((r) => setTimeout(r, 0));

/** Whether the workspace's article files are indexed (the setting, default on). */
export const indexEnabled = (): boolean => vscode.workspace.getConfiguration('tradeFacts').get<boolean>('index.enabled', true);

export class BeatWorkspace implements vscode.Disposable {
  /** Replaced, not emptied, when the index is turned off: its tables and caches go with it. */
  private index = new BeatIndex();
  private readonly skipped = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly indexer: BeatIndexer;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watcher: vscode.FileSystemWatcher | undefined;
  private run: { cancelled: boolean; done: number; total: number; started: number } | undefined;
  private lastRunMs: number | undefined;
  private lastSaveMs: number | undefined;
  private stopped: BeatStatus['stopped'];
  /** The lists as last built; what snapshot() gives until the next build finishes. */
  private built: BuiltBeat;
  private building: Promise<void> | undefined;
  /** Changes that arrived while a build was under way, merged in order once it finishes. */
  private held: Array<() => void> = [];
  private disposed = false;
  /** Indexer runs one after another: a full run and queued files never share the workers. */
  private chain: Promise<void> = Promise.resolve();
  private readonly queue = new Set<string>();
  private queueTimer: ReturnType<typeof setTimeout> | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Files just merged from a save: the watcher's change event for them is not read again. */
  private readonly saved = new Set<string>();
  /** Whether the workspace is indexed (set by start()); while it is not, the open articles feed the beat. */
  private on = false;
  private open: OpenArticles | undefined;
  /** Moves on when the index is turned off: what a run already under way still sends is dropped. */
  private epoch = 0;

  constructor(
    private readonly store: AnalysisStore,
    private readonly languages: () => string[],
    private readonly log?: TradeFactsLog,
  ) {
    this.built = { snapshot: this.index.snapshot(), entity: () => undefined };
    this.indexer = new BeatIndexer(() => vscode.workspace.getConfiguration('tradeFacts').get<number>('index.workers', 0));
    this.disposables.push(
      this.indexer,
      vscode.workspace.onDidSaveTextDocument((d) => void this.mergeSaved(d)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.on && void this.rebuild()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tradeFacts.index.enabled')) void this.start();
        else if (e.affectsConfiguration('tradeFacts.languages')) void (this.on ? this.rebuild() : this.listOpenArticles());
      }),
    );
  }

  /** Whether the workspace's files are indexed (false: the beat is the open articles). */
  get enabled(): boolean {
    return this.on;
  }

  /** Indexes the workspace, or lists the open articles, as the setting says; nothing when it says what is already so. */
  start(): Promise<void> {
    const on = indexEnabled();
    if (on && this.on) return Promise.resolve();
    if (on) {
      this.on = true;
      this.open?.dispose();
      this.open = undefined;
      // The open articles stay listed until the run reads them from disk; what is not on disk goes then.
      return this.rebuild();
    }
    if (!this.on && this.open) return Promise.resolve();
    this.on = false;
    this.listOpenArticles();
    this.log?.info('Beat index: off (tradeFacts.index.enabled); no workspace file is read, the beat is the open articles.');
    return Promise.resolve();
  }

  /** The lists as last built (never builds: the view and tests read it; see fresh()). */
  snapshot(): BeatSnapshot {
    return this.built.snapshot;
  }

  /** The lists with every change merged so far, built in slices if they are behind. */
  async fresh(): Promise<BuiltBeat> {
    if (this.building) await this.building;
    if (!this.index.current || this.held.length) await this.build();
    return this.built;
  }

  status(): BeatStatus {
    return {
      enabled: this.on,
      workers: this.indexer.workers,
      indexing: !!this.run,
      done: this.run?.done ?? 0,
      total: this.run?.total ?? 0,
      articles: this.index.size,
      skipped: [...this.skipped].map(([file, reason]) => ({ file, reason })).sort((a, b) => (a.file < b.file ? -1 : 1)),
      stopped: this.stopped,
      lastRunMs: this.lastRunMs,
      lastSaveMs: this.lastSaveMs,
    };
  }

  /** Resolves once nothing is being indexed or waiting to be. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const chain = this.chain;
      await chain;
      if (chain === this.chain && !this.queue.size && !this.queueTimer && !this.open?.pending) {
        await this.fresh();
        if (chain === this.chain && !this.queue.size && !this.queueTimer && !this.open?.pending && !this.held.length && this.index.current) return;
      }
      await new Promise((r) => setTimeout(r, QUEUE_DELAY_MS));
    }
  }

  /** Indexes every article file of the workspace again (what changed since is merged as it comes); nothing while the index is off. */
  rebuild(): Promise<void> {
    if (!this.on) return Promise.resolve();
    this.cancel();
    this.watch();
    const run = { cancelled: false, done: 0, total: 0, started: performance.now() };
    const epoch = this.epoch;
    this.run = run;
    this.stopped = undefined;
    this.fireSoon();
    return this.enqueue(async () => {
      if (run.cancelled) return;
      const languages = this.languages();
      const glob = articleGlob(languages);
      const uris = glob ? (await vscode.workspace.findFiles(glob, EXCLUDED)).filter((u) => isArticlePath(u.path, languages)) : [];
      if (run.cancelled) return;
      run.total = uris.length;
      const found = new Set(uris.map((u) => u.toString()));
      this.whenFree(() => {
        for (const file of this.index.files()) if (!found.has(file)) this.index.remove(file);
        for (const file of this.skipped.keys()) if (!found.has(file)) this.skipped.delete(file);
      });
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Trade Facts: indexing the beat') }, async (progress) => {
        await this.indexer.run(uris, (r) => {
          if (epoch !== this.epoch) return;
          this.apply(r);
          run.done++;
          if (run.done % 10 === 0 || run.done === run.total) progress.report({ message: vscode.l10n.t('{0} of {1} files', run.done, run.total) });
        }, () => run.cancelled);
      });
      // Turned off meanwhile: the index this run filled is gone, and so is what it would say.
      if (epoch !== this.epoch) return;
      this.lastRunMs = performance.now() - run.started;
      if (run.cancelled) this.stopped = { done: run.done, total: run.total };
      const how = run.cancelled ? 'cancelled after' : 'indexed';
      this.log?.info(`Beat index: ${how} ${run.done} of ${run.total} files in ${Math.round(this.lastRunMs)} ms; ${this.index.size} articles, ${this.skipped.size} skipped.`);
    }).finally(() => {
      if (this.run === run) this.run = undefined;
      this.fireSoon();
    });
  }

  /** Stops the full run in progress (the files in hand finish; what was indexed stays). */
  cancel(): boolean {
    if (!this.run || this.run.cancelled) return false;
    this.run.cancelled = true;
    return true;
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
    clearTimeout(this.queueTimer);
    clearTimeout(this.changeTimer);
    this.watcher?.dispose();
    this.open?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }

  /**
   * The index off: the run stopped, its workers ended, the watcher and the index dropped; the
   * beat is then the articles open in the editor, digested from the editor's own analyses.
   */
  private listOpenArticles(): void {
    this.epoch++;
    this.cancel();
    this.run = undefined;
    clearTimeout(this.queueTimer);
    this.queueTimer = undefined;
    this.queue.clear();
    this.watcher?.dispose();
    this.watcher = undefined;
    this.indexer.dispose();
    this.index = new BeatIndex();
    this.built = { snapshot: this.index.snapshot(), entity: () => undefined };
    this.held = [];
    this.skipped.clear();
    this.stopped = undefined;
    this.lastRunMs = undefined;
    this.open?.dispose();
    this.open = new OpenArticles(this.store, DIGEST_HERE_MAX_CHARS, (r) => this.apply(r), (key) => this.whenFree(() => this.forgetNow(key)));
    this.fireSoon(0);
  }

  private watch(): void {
    this.watcher?.dispose();
    const glob = articleGlob(this.languages());
    this.watcher = glob ? vscode.workspace.createFileSystemWatcher(glob) : undefined;
    if (!this.watcher) return;
    this.watcher.onDidCreate((u) => this.later(u));
    this.watcher.onDidChange((u) => this.later(u));
    this.watcher.onDidDelete((u) => this.forget(u));
  }

  /** A saved article is merged from the editor's own analysis of it: no second analysis. */
  private async mergeSaved(doc: vscode.TextDocument): Promise<void> {
    // With the index off, the open articles are merged as they are analysed (openArticles.ts).
    if (!this.on || doc.uri.scheme !== 'file' || !isArticlePath(doc.uri.path, this.languages()) || !this.store.handles(doc)) return;
    // Digesting grows faster than the text (reading 2,000 figures takes about 150 ms): a long
    // article is read again by an index worker, as a change on disk is, not on this thread.
    if (doc.getText().length > DIGEST_HERE_MAX_CHARS) return this.later(doc.uri);
    const version = doc.version;
    const analysis = await this.store.whenAnalyzed(doc.uri).catch(() => undefined);
    if (!analysis || doc.isClosed || doc.version !== version) return;
    const started = performance.now();
    const key = doc.uri.toString();
    this.saved.add(key);
    setTimeout(() => this.saved.delete(key), 2_000);
    this.apply({ uri: doc.uri, digest: digestArticle(key, doc.getText(), analysis) });
    // Until the lists the view shows have the save in them.
    if (!this.run) {
      await this.fresh();
      this.lastSaveMs = performance.now() - started;
    }
    this.fireSoon(0);
  }

  private later(uri: vscode.Uri): void {
    const languages = this.languages();
    if (!isArticlePath(uri.path, languages) || this.saved.has(uri.toString())) return;
    this.queue.add(uri.toString());
    clearTimeout(this.queueTimer);
    this.queueTimer = setTimeout(() => {
      this.queueTimer = undefined;
      const uris = [...this.queue].map((u) => vscode.Uri.parse(u));
      this.queue.clear();
      const epoch = this.epoch;
      void this.enqueue(() => this.indexer.run(uris, (r) => epoch === this.epoch && this.apply(r), () => epoch !== this.epoch)).then(() => this.fireSoon(0));
    }, QUEUE_DELAY_MS);
  }

  /** A file deleted (or renamed away): out of the index and of the skipped list. */
  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.queue.delete(key);
    this.whenFree(() => this.forgetNow(key));
  }

  private forgetNow(key: string): void {
    const had = this.index.remove(key) || this.skipped.delete(key);
    // A folder deleted arrives as one event for the folder.
    const prefix = key.endsWith('/') ? key : `${key}/`;
    let inside = false;
    for (const f of this.index.files()) if (f.startsWith(prefix)) inside = this.index.remove(f) || inside;
    for (const f of [...this.skipped.keys()]) if (f.startsWith(prefix)) inside = this.skipped.delete(f) || inside;
    if (had || inside) this.fireSoon(0);
  }

  private apply(r: FileResult): void {
    const key = r.uri.toString();
    this.whenFree(() => {
      if ('digest' in r) {
        this.index.set(r.digest);
        this.skipped.delete(key);
      } else {
        this.index.remove(key);
        this.skipped.set(key, r.skipped);
      }
    });
    this.fireSoon();
  }

  /** Changes the index now, or right after the build under way (a build reads the index between its slices). */
  private whenFree(change: () => void): void {
    if (this.building) this.held.push(change);
    else change();
  }

  /** Builds the lists in slices; then merges what was held meanwhile. */
  private build(): Promise<void> {
    const index = this.index;
    this.building ??= (async () => {
      try {
        // An index dropped meanwhile (turned off) is not built to the end, nor shown.
        const built = await index.snapshotInSlices({ budgetMs: SLICE_MS, now: () => performance.now(), pause: handBack, cancelled: () => this.disposed || index !== this.index });
        if (built && index === this.index) this.built = built;
      } finally {
        this.building = undefined;
        const held = this.held;
        this.held = [];
        held.forEach((change) => change());
      }
    })();
    return this.building;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.chain.then(job, job).catch((e: Error) => this.log?.failure('beat index', vscode.l10n.t('The beat index could not be updated. {0}', e.message)));
    this.chain = next;
    return next;
  }

  /**
   * Views hear of changes at most every 300 ms while a run streams in (at once when `ms` is 0): the
   * progress then; outside a full run, once the lists are built again with the change.
   */
  private fireSoon(ms = CHANGE_EVERY_MS): void {
    if (this.changeTimer && ms) return;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      if (this.run || this.disposed) return this.changed.fire();
      void this.fresh().then(() => this.disposed || this.changed.fire());
    }, ms);
  }
}
