import * as vscode from 'vscode';
import { openDocumentOf } from '../openDocument';
import { stepDone } from '../walkthrough';
import type { Analysis } from '../../core/types';
import type { AnalysisStore } from '../analysisStore';
import type { LedgerStore } from '../ledger/ledgerStore';
import type { SourceStore } from '../sources/sourceStore';
import { parsePanelMessage, type HostMessage, type PanelMessage, type PanelModel, type RenderedPanel } from '../../shared/quotesMessages';
import { documentName, panelModel } from './panelModel';
import { makeNonce, panelHtml, panelResourceRoots } from './panelHtml';
import { copyQuote, revealQuote } from './quoteActions';
import { LastArticle } from './lastArticle';
import { toRange } from '../convert';

/** What the tests read: the model sent to the panel and what its DOM last showed. */
export interface QuotesPanelSnapshot {
  document: string | undefined;
  /** The view's description beside its title: the article's file name, "" with none. */
  description: string;
  model: PanelModel;
  rendered: RenderedPanel | undefined;
}

/** Is `document` open in an editor: visible, or in a tab of any group? */
function isOpenInEditor(document: vscode.TextDocument): boolean {
  if (document.isClosed) return false;
  if (vscode.window.visibleTextEditors.some((e) => e.document === document)) return true;
  const key = document.uri.toString();
  // Untitled names are reused: a tab of "Untitled-1" may be a new document under an old one's URI.
  if (openDocumentOf(key) !== document) return false;
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
}

/** Documents open in editors, visible ones first, then the tabs of every group. */
function openDocuments(): vscode.TextDocument[] {
  const byUri = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const tabbed = vscode.window.tabGroups.all.flatMap((g) => g.tabs.flatMap((t) => (t.input instanceof vscode.TabInputText ? [byUri.get(t.input.uri.toString())] : [])));
  return [...new Set([...vscode.window.visibleTextEditors.map((e) => e.document), ...tabbed])].filter((d): d is vscode.TextDocument => !!d && !d.isClosed);
}

/**
 * The quotes side panel: follows the last active article (not the last editor: a fact sheet or
 * the Output panel taking the focus leaves it on the article, issue 16), sends its quotes grouped by speaker to the
 * webview, and answers the webview's reveal and copy requests. Never runs NLP itself.
 */
export class QuotesViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'tradeFacts.quotes';
  private view: vscode.WebviewView | undefined;
  private viewDisposables: vscode.Disposable[] = [];
  private ready = false;
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private pendingFilter: string | undefined;
  private rendered: RenderedPanel | undefined;
  /** Why the current article has no analysis, when the store said it will not make one. */
  private unavailable: string | undefined;
  private readonly disposables: vscode.Disposable[];
  private readonly articles: LastArticle<vscode.TextDocument>;

  constructor(private readonly extensionUri: vscode.Uri, private readonly store: AnalysisStore, private readonly ledgers?: LedgerStore, private readonly sources?: SourceStore) {
    this.articles = new LastArticle<vscode.TextDocument>({
      isArticle: (d) => store.handles(d),
      isOpen: isOpenInEditor,
      openDocuments,
    });
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(this.articles.activated(e?.document))),
      vscode.workspace.onDidCloseTextDocument((d) => this.follow(this.articles.closed(d))),
      // A closed tab may leave its document loaded for a while: the panel lets go of it at once,
      // once both the tabs and the visible editors say it is gone (their events come in either order).
      vscode.window.tabGroups.onDidChangeTabs((e) => e.closed.length && this.follow(this.articles.current())),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow(this.articles.current())),
      vscode.workspace.onDidOpenTextDocument(() => this.follow(this.articles.current())),
      store.onDidAnalyze((e) => {
        if (e.document !== this.document) return;
        this.analysis = e.analysis;
        this.unavailable = undefined;
        this.sendModel();
      }),
      // Too large, binary, failed, or a fact sheet: stale quotes give way to the reason.
      store.onDidSkip((e) => {
        if (e.document !== this.document) return;
        if (e.status === 'notArticle') return this.follow(this.articles.current(), true);
        this.analysis = undefined;
        this.unavailable = e.message;
        this.sendModel();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tradeFacts.languages')) this.follow(this.articles.activated(vscode.window.activeTextEditor?.document), true);
      }),
    ];
    vscode.window.visibleTextEditors.forEach((e) => this.articles.activated(e.document));
    this.follow(this.articles.activated(vscode.window.activeTextEditor?.document));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    this.ready = false;
    stepDone('quotesPanel');
    view.webview.options = { enableScripts: true, localResourceRoots: panelResourceRoots(this.extensionUri) };
    view.webview.html = panelHtml(view.webview, this.extensionUri, makeNonce());
    view.description = this.document ? documentName(this.document) : undefined;
    this.viewDisposables.push(
      view.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      view.onDidDispose(() => {
        this.disposeView();
        this.view = undefined;
      }),
    );
  }

  /** Handles one message from the webview; anything malformed is ignored. */
  async receive(raw: unknown): Promise<void> {
    const message = parsePanelMessage(raw);
    if (message) await this.handle(message);
  }

  /** Narrows the panel to `text` (a person's name from a hover or the status bar). */
  setFilter(text: string): void {
    this.pendingFilter = text;
    if (this.ready) this.flushFilter();
  }

  snapshot(): QuotesPanelSnapshot {
    return { document: this.document?.uri.toString(), description: this.view?.description ?? '', model: this.model(), rendered: this.rendered };
  }

  private async handle(message: PanelMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.sendModel();
        this.flushFilter();
        return;
      case 'rendered':
        this.rendered = message.panel;
        return;
      case 'reveal':
      case 'copy':
        return this.act(message.type, message.quoteId);
    }
  }

  private async act(action: 'reveal' | 'copy', quoteId: string): Promise<void> {
    const document = this.document;
    const analysis = this.analysis;
    const quote = analysis?.quotes.find((q) => q.id === quoteId);
    if (!document || !analysis || !quote) return;
    if (document.getText(toRange(document, quote)) !== quote.text) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Trade Facts: the article changed; the quotes panel is catching up'), 3000);
      return;
    }
    try {
      if (action === 'reveal') await revealQuote(document, quote);
      else await copyQuote(analysis, quote);
    } catch (e) {
      void vscode.window.showErrorMessage(action === 'reveal' ? vscode.l10n.t('Trade Facts could not show that quote: {0}', (e as Error).message) : vscode.l10n.t('Trade Facts could not copy that quote: {0}', (e as Error).message));
    }
  }

  /**
   * Shows `document`, the article `this.articles` chose (undefined: none is open).
   * `again` looks afresh even at the same document (its language or the languages setting changed).
   */
  private follow(document: vscode.TextDocument | undefined, again = false): void {
    if (!again && document === this.document) return;
    this.document = document && this.store.handles(document) ? document : undefined;
    const status = this.document && this.store.status(this.document);
    this.unavailable = this.document && status !== 'ready' && status !== 'analysing' ? this.store.reason(this.document) : undefined;
    // Its own analysis: a closed document's under the same untitled name would show its quotes.
    this.analysis = this.document && !this.unavailable ? this.store.analysisOf(this.document) : undefined;
    this.sendModel();
    const waitingFor = this.document;
    if (waitingFor && !this.analysis && !this.unavailable) {
      this.store.whenAnalyzed(waitingFor.uri).then(
        (a) => {
          if (this.document !== waitingFor) return;
          this.analysis = a;
          this.sendModel();
        },
        (e: Error) => {
          if (this.document !== waitingFor) return;
          this.unavailable = e.message || vscode.l10n.t('Trade Facts could not analyse this article.');
          this.sendModel();
        },
      );
    }
  }

  private model(): PanelModel {
    if (!this.document) return { kind: 'noDocument' };
    const name = documentName(this.document);
    if (!this.analysis && this.unavailable) return { kind: 'unavailable', documentName: name, reason: this.unavailable };
    if (!this.analysis) return { kind: 'analyzing', documentName: name };
    return panelModel(this.document, this.analysis, this.ledgers?.checks(this.document), this.sources?.checks(this.document));
  }

  /** The check ledger of a document changed: the shown article's quote badges may have. */
  checksChanged(uri: vscode.Uri): void {
    if (this.document?.uri.toString() === uri.toString() && this.analysis) this.sendModel();
  }

  private sendModel(): void {
    // The view's title line names the article, so a panel beside a fact sheet says whose quotes it lists.
    if (this.view) this.view.description = this.document ? documentName(this.document) : undefined;
    this.post({ type: 'model', model: this.model() });
  }

  private flushFilter(): void {
    if (this.pendingFilter === undefined) return;
    this.post({ type: 'setFilter', text: this.pendingFilter });
    this.pendingFilter = undefined;
  }

  private post(message: HostMessage): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
  }

  private disposeView(): void {
    this.viewDisposables.forEach((d) => d.dispose());
    this.viewDisposables = [];
    this.ready = false;
  }

  dispose(): void {
    this.disposeView();
    this.disposables.forEach((d) => d.dispose());
  }
}
