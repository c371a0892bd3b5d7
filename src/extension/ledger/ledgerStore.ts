import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import {
  anchorLedger, checksById, clearFact, emptyLedger, ignoreCheck, ledgerFacts, ledgerPathFor, LedgerTextMemo, markFact, mergeLedgers, parseLedger, rebaseLedger,
  removeEntry, serializeLedger, type Anchoring, type FactCheck, type Ledger, type MarkStatus,
} from '../../core/ledger';
import type { Analysis } from '../../core/types';
import { openDocumentOf } from '../openDocument';

/** One article's ledger as the editor holds it. */
interface DocLedger {
  /** The document this state belongs to (an untitled name like "Untitled-1" is reused by later documents). */
  document: vscode.TextDocument;
  /** The ledger file, or undefined when marks live in memory only (untitled article, no workspace folder). */
  file: vscode.Uri | undefined;
  ledger: Ledger;
  /** The ledger as last read from or written to disk: the base of three-way merges. */
  base: Ledger;
  /** The file's text as we last saw it (null: no file yet), to tell our own writes from others'. */
  diskText: string | null;
  /** Why the ledger cannot be written (not valid JSON, a newer format, a read-only folder), if so. */
  readOnly?: string;
  anchoring?: Anchoring;
  /** The analysis `anchoring` was made on: a mark reuses it while it is current. */
  anchoredOn?: Analysis;
  checks?: Map<string, FactCheck>;
  /** Orphan keys at the last anchoring: they come back only onto their very text (undo). */
  orphaned: Set<string>;
  /** Normalized sentences kept between analyses: re-anchoring after an edit reads only what changed. */
  memo: LedgerTextMemo;
  loaded: Promise<void>;
}

/** Where a document's marks are kept, and whether they can be saved. */
export interface LedgerState {
  file: vscode.Uri | undefined;
  readOnly?: string;
  memoryOnly: boolean;
}

const decoder = new TextDecoder();
/** The messages that say a mark is kept in memory only (told apart by value, whatever the language). */
const memoryOnly = new Set<string>();
const inMemory = (message: string): string => (memoryOnly.add(message), message);
/** Does this message from mark(), clear() or ignore() say the mark is kept, in memory only? */
export const keptInMemory = (message: string | undefined): message is string => !!message && memoryOnly.has(message);

const encoder = new TextEncoder();

/**
 * The check ledgers of the open articles: each read from `.trade-facts/<path>.json` at its
 * workspace folder's root, anchored on every analysis (pure, src/core/ledger), and written back
 * after each mark, merged with whatever changed on disk meanwhile (git pull, another window).
 * A ledger that could not be read is never written; an untitled article keeps its marks in memory.
 */
export class LedgerStore implements vscode.Disposable {
  private readonly docs = new Map<string, DocLedger>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fired when a document's checks may have changed (loaded, re-anchored, marked, reloaded). */
  readonly onDidChange = this.changed.event;
  readonly notices: string[] = [];

  constructor(private readonly analyses: AnalysisStore) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.trade-facts/**/*.json');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => this.reloadFile(u)),
      watcher.onDidCreate((u) => this.reloadFile(u)),
      // An article's ledger is read on its first analysis, and re-anchored on every later one.
      analyses.onDidAnalyze(({ document }) => (this.docs.has(document.uri.toString()) ? this.reanchor(document) : void this.ready(document))),
      // The close of an old untitled document may come after a new one took its name: only its own state goes.
      vscode.workspace.onDidCloseTextDocument((d) => this.docs.get(d.uri.toString())?.document === d && this.docs.delete(d.uri.toString())),
      vscode.workspace.onDidRenameFiles((e) => this.moveLedgers(e.files)),
      // File watchers can be late or missing (network drives, remote hosts, inotify limits): the open
      // articles' ledgers are also looked at (one stat each) when the window gets focus and every few seconds.
      vscode.window.onDidChangeWindowState((w) => w.focused && void this.pollDisk()),
      { dispose: () => clearInterval(this.poll) },
    );
  }

  private readonly poll = setInterval(() => void this.pollDisk(), 2_000);
  /** Each ledger file's modification time and size when last looked at. */
  private readonly stamps = new Map<string, string>();
  private polling = false;

  private async pollDisk(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const files = new Map<string, vscode.Uri>();
      for (const d of this.docs.values()) if (d.file) files.set(d.file.toString(), d.file);
      for (const [key, file] of files) {
        const stat = await vscode.workspace.fs.stat(file).then((s) => `${s.mtime}:${s.size}`, () => 'none');
        const seen = this.stamps.get(key);
        this.stamps.set(key, stat);
        // reloadFile reads the file only to compare it with what we hold: our own writes change nothing.
        if (seen !== stat && stat !== 'none') await this.reloadFile(file);
      }
      for (const key of this.stamps.keys()) if (!files.has(key)) this.stamps.delete(key);
    } finally {
      this.polling = false;
    }
  }

  /** The ledger file of an article: `.trade-facts/<path from the folder>.json` at its workspace folder's root. */
  static fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    if (uri.scheme === 'untitled') return undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    const ledgerRel = ledgerPathFor(rel);
    return ledgerRel ? vscode.Uri.joinPath(folder.uri, ...ledgerRel.split('/')) : undefined;
  }

  /** Loads the document's ledger if it is not loaded yet; resolves when it is. */
  ready(document: vscode.TextDocument): Promise<void> {
    return this.doc(document).loaded;
  }

  /** The checks of the document's facts by fact id (a tariff rate's figure id too), once loaded and analysed. */
  checks(document: vscode.TextDocument): Map<string, FactCheck> | undefined {
    const d = this.docs.get(document.uri.toString());
    if (!d) {
      void this.ready(document);
      return undefined;
    }
    return d.checks;
  }

  /** The ledger as the editor holds it (for the fact sheet). */
  ledger(document: vscode.TextDocument): Ledger | undefined {
    return this.docs.get(document.uri.toString())?.ledger;
  }

  anchoring(document: vscode.TextDocument): Anchoring | undefined {
    return this.docs.get(document.uri.toString())?.anchoring;
  }

  state(document: vscode.TextDocument): LedgerState {
    const d = this.doc(document);
    return { file: d.file, readOnly: d.readOnly, memoryOnly: !d.file };
  }

  /** Marks a fact; returns a message when the mark could not be saved (it is kept in memory then, unless read-only). */
  async mark(document: vscode.TextDocument, factId: string, status: MarkStatus, who: string, extra: { note?: string; source?: string } = {}): Promise<string | undefined> {
    return this.edit(document, (ledger, anchoring) => markFact(ledger, anchoring, factId, { status, note: extra.note, source: extra.source, by: who, at: new Date().toISOString() }));
  }

  async clear(document: vscode.TextDocument, factId: string, who: string): Promise<string | undefined> {
    return this.edit(document, (ledger, anchoring) => clearFact(ledger, anchoring, factId, { by: who, at: new Date().toISOString() }));
  }

  /** Ignores a check ("no-speaker", "implied", "spelling"…) on a fact; kept in the ledger. */
  async ignore(document: vscode.TextDocument, factId: string, code: string, who: string): Promise<string | undefined> {
    return this.edit(document, (ledger, anchoring) => ignoreCheck(ledger, anchoring, factId, code, { by: who, at: new Date().toISOString() }));
  }

  /**
   * Writes the marks held in memory (untitled article, a folder that cannot be written, outside the
   * workspace) to a file the user chose; the article's own ledger place is not touched.
   */
  async saveCopy(document: vscode.TextDocument, target: vscode.Uri): Promise<string | undefined> {
    const d = this.doc(document);
    await d.loaded;
    const ledger = d.anchoring ? rebaseLedger(d.ledger, d.anchoring) : d.ledger;
    try {
      await vscode.workspace.fs.writeFile(target, encoder.encode(serializeLedger(ledger)));
    } catch (e) {
      return vscode.l10n.t('Trade Facts: the check ledger could not be saved to {0} ({1}).', vscode.workspace.asRelativePath(target), (e as Error).message);
    }
    return undefined;
  }

  async removeOrphan(document: vscode.TextDocument, key: string): Promise<string | undefined> {
    return this.edit(document, (ledger) => removeEntry(ledger, key));
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private doc(document: vscode.TextDocument): DocLedger {
    const key = document.uri.toString();
    let d = this.docs.get(key);
    if (!d || (d.document !== document && d.document.isClosed)) {
      const file = LedgerStore.fileFor(document.uri);
      const fresh: DocLedger = { document, file, ledger: emptyLedger(), base: emptyLedger(), diskText: null, orphaned: new Set(), memo: new LedgerTextMemo(), loaded: Promise.resolve() };
      fresh.loaded = this.load(document, fresh);
      d = fresh;
      this.docs.set(key, d);
    }
    return d;
  }

  private async load(document: vscode.TextDocument, d: DocLedger): Promise<void> {
    if (d.file) {
      const read = await this.readDisk(d.file);
      if (read.ok) {
        d.ledger = read.ledger;
        d.base = read.ledger;
        d.diskText = read.text;
      } else {
        d.readOnly = read.reason;
        this.notice(vscode.l10n.t('Trade Facts: the check ledger {0} {1}; marks are read-only until it is fixed.', vscode.workspace.asRelativePath(d.file), read.reason));
      }
    }
    this.reanchor(document);
  }

  private async readDisk(file: vscode.Uri): Promise<{ ok: true; ledger: Ledger; text: string | null } | { ok: false; reason: string }> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch (e) {
      // No file there, or a file standing where its folder should be: no ledger yet (writing it will say why it cannot).
      if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory')) return { ok: true, ledger: emptyLedger(), text: null };
      return { ok: false, reason: vscode.l10n.t('cannot be read ({0})', (e as Error).message) };
    }
    const text = decoder.decode(bytes);
    const parsed = parseLedger(text);
    return parsed.ok ? { ok: true, ledger: parsed.ledger, text } : { ok: false, reason: parsed.reason };
  }

  private reanchor(document: vscode.TextDocument): void {
    const d = this.docs.get(document.uri.toString());
    const analysis = this.analyses.current(document);
    if (!d || !analysis) return;
    d.anchoring = anchorLedger(d.ledger, ledgerFacts(analysis, d.memo), { orphaned: d.orphaned });
    d.anchoredOn = analysis;
    d.orphaned = new Set(d.anchoring.orphans.map((o) => o.key));
    d.checks = checksById(d.anchoring);
    this.changed.fire(document.uri);
  }

  private async edit(document: vscode.TextDocument, change: (ledger: Ledger, anchoring: Anchoring) => Ledger): Promise<string | undefined> {
    const d = this.doc(document);
    await d.loaded;
    if (d.readOnly) return vscode.l10n.t('Trade Facts: the check ledger {0} {1}; the mark was not recorded.', d.file ? vscode.workspace.asRelativePath(d.file) : '', d.readOnly);
    const analysis = this.analyses.current(document);
    if (!analysis) return vscode.l10n.t('Trade Facts: the article is still being analysed; try again in a moment.');
    const anchoring = d.anchoredOn === analysis && d.anchoring ? d.anchoring : anchorLedger(d.ledger, ledgerFacts(analysis, d.memo), { orphaned: d.orphaned });
    const next = change(d.ledger, anchoring);
    if (next === d.ledger) return undefined;
    d.ledger = next;
    this.reanchor(document);
    return this.save(document, d);
  }

  /** Writes the ledger, merged with the file as it is now; never over a file that cannot be read. */
  private async save(document: vscode.TextDocument, d: DocLedger): Promise<string | undefined> {
    if (!d.file) return inMemory(document.isUntitled ? vscode.l10n.t('Trade Facts: marks on an untitled article are kept in memory only; save the article in a workspace folder to keep them.') : vscode.l10n.t('Trade Facts: this article is outside the workspace folders, so its marks are kept in memory only.'));
    const disk = await this.readDisk(d.file);
    if (!disk.ok) {
      d.readOnly = disk.reason;
      return inMemory(vscode.l10n.t('Trade Facts: the check ledger {0} {1}; it was left as it is and the mark is kept in memory only.', vscode.workspace.asRelativePath(d.file), disk.reason));
    }
    const ours = d.anchoring ? rebaseLedger(d.ledger, d.anchoring) : d.ledger;
    const othersWrote = disk.text !== d.diskText;
    const rebased = ours !== d.ledger;
    const merged = othersWrote ? mergeLedgers(ours, disk.ledger, d.base) : ours;
    const text = serializeLedger(merged);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(d.file, '..'));
      // Written beside the ledger, then renamed over it: a reader never sees half a file.
      const temp = d.file.with({ path: `${d.file.path}.${Date.now().toString(36)}.tmp` });
      await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
      await vscode.workspace.fs.rename(temp, d.file, { overwrite: true });
    } catch (e) {
      return inMemory(vscode.l10n.t('Trade Facts: the check ledger could not be written ({0}); the mark is kept in memory only.', (e as Error).message));
    }
    d.ledger = merged;
    d.base = merged;
    d.diskText = text;
    // edit() anchored our own change already; only marks written meanwhile by others, or entries
    // rebased onto their facts' current keys, need another pass.
    if (othersWrote || rebased) this.reanchor(document);
    return undefined;
  }

  /** A ledger file changed on disk (git pull, another window): merge it in, losing nothing. */
  private async reloadFile(file: vscode.Uri): Promise<void> {
    for (const [key, d] of this.docs) {
      if (!d.file || d.file.toString() !== file.toString()) continue;
      const disk = await this.readDisk(file);
      if (!disk.ok) {
        d.readOnly = disk.reason;
        continue;
      }
      if (disk.text === d.diskText) continue; // our own write
      d.readOnly = undefined;
      d.ledger = mergeLedgers(d.ledger, disk.ledger, d.base);
      d.base = disk.ledger;
      d.diskText = disk.text;
      const document = openDocumentOf(key);
      if (document) this.reanchor(document);
    }
  }

  /** Renaming or moving an article in VS Code moves its ledger with it. */
  private async moveLedgers(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      // A folder of articles moves its folder of ledgers (".trade-facts/drafts" for "drafts").
      const isFolder = await vscode.workspace.fs.stat(newUri).then((s) => (s.type & vscode.FileType.Directory) !== 0, () => false);
      const strip = (u: vscode.Uri | undefined) => (u && isFolder ? u.with({ path: u.path.replace(/\.json$/, '') }) : u);
      const from = strip(LedgerStore.fileFor(oldUri));
      const to = strip(LedgerStore.fileFor(newUri));
      if (!from || !to || from.toString() === to.toString()) continue;
      try {
        await vscode.workspace.fs.stat(from);
      } catch {
        continue; // no ledger for this article
      }
      try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to, '..'));
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
      } catch (e) {
        this.notice(vscode.l10n.t('Trade Facts: the check ledger of {0} could not be moved ({1}); it is still at {2}.', vscode.workspace.asRelativePath(newUri), (e as Error).message, vscode.workspace.asRelativePath(from)));
      }
      for (const key of [...this.docs.keys()]) if (key === oldUri.toString() || key.startsWith(`${oldUri.toString()}/`)) this.docs.delete(key);
      // The renamed article may already be open (and its ledger read, empty, before the move): read it again.
      for (const d of this.docs.values()) if (d.file && (d.file.toString() === to.toString() || d.file.path.startsWith(`${to.path}/`))) await this.reloadFile(d.file);
    }
  }

  private notice(message: string): void {
    this.notices.push(message);
    void vscode.window.showWarningMessage(message);
  }
}
