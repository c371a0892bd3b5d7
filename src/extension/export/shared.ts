/** What both export commands share: names, pickers, writing without clobbering. */
import * as vscode from 'vscode';
import { FORMATS, formatOf, type FactSheetFormat } from '../../core/render';
import { articleTitle } from '../../core/factSheet';
import type { Analysis } from '../../core/types';


/** Arguments for running the export without its pickers (tests, keybindings, other extensions). */
export interface ExportArgs {
  format?: FactSheetFormat;
  /** Where to put it: a file URI, or 'editor' for an untitled document. */
  destination?: vscode.Uri | 'editor';
  /** What to do when the file exists: true replaces, false keeps it; unset asks. */
  overwrite?: boolean;
}

export interface ExportResult {
  written: vscode.Uri[];
  opened?: vscode.TextDocument;
  skipped: string[];
  cancelled: boolean;
}

export const LONG_DOCUMENT_CHARS = 60_000;
export const isFormat = (f: unknown): f is FactSheetFormat => FORMATS.some((x) => x.id === f);
export const hasFacts = (a: Analysis) => a.figures.length + a.tariffs.length + a.people.length + a.organizations.length + a.quotes.length > 0;

/** "harbor-steel.md" → "harbor-steel.facts.csv"; untitled documents are named after their title. */
export function factSheetName(doc: vscode.TextDocument, ext: string): string {
  if (!doc.isUntitled) return factSheetFileName(doc.uri, ext);
  const slug = articleTitle(doc.getText(), 'untitled').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'untitled'}.facts.${ext}`;
}

/** The fact sheet's file name for an article file. */
export function factSheetFileName(article: vscode.Uri, ext: string): string {
  return `${(article.path.split('/').pop() ?? 'article').replace(/\.[^.]+$/, '')}.facts.${ext}`;
}

export function proposedUri(doc: vscode.TextDocument, ext: string): vscode.Uri {
  const name = factSheetName(doc, ext);
  if (!doc.isUntitled) return vscode.Uri.joinPath(doc.uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? homeFolder();
  return folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name);
}

/** The user's home folder where there is one (not in VS Code for the Web). */
function homeFolder(): vscode.Uri | undefined {
  const home = typeof process === 'object' ? process.env?.HOME || process.env?.USERPROFILE : undefined;
  return home ? vscode.Uri.file(home) : undefined;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function pickFormat(): Promise<FactSheetFormat | undefined> {
  const preferred = vscode.workspace.getConfiguration('tradeFacts').get<string>('export.defaultFormat', 'md');
  const items = [...FORMATS].sort((a, b) => Number(b.id === preferred) - Number(a.id === preferred)).map((f) => ({
    label: f.label,
    description: f.id === preferred ? vscode.l10n.t('.{0} (default)', f.extension) : `.${f.extension}`,
    id: f.id,
  }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Trade Facts: Export Fact Sheet'), placeHolder: vscode.l10n.t('Format of the fact sheet') }))?.id;
}

export async function pickDestination(doc: vscode.TextDocument, format: FactSheetFormat): Promise<vscode.Uri | 'editor' | undefined> {
  const ext = formatOf(format).extension;
  const save = { label: vscode.l10n.t('$(save) Save as file…'), detail: factSheetName(doc, ext), id: 'file' as const };
  const open = { label: vscode.l10n.t('$(go-to-file) Open in editor'), detail: vscode.l10n.t('An untitled document you can save later'), id: 'editor' as const };
  const choice = await vscode.window.showQuickPick([save, open], { title: vscode.l10n.t('Trade Facts: Export Fact Sheet'), placeHolder: vscode.l10n.t('Where should the fact sheet go?') });
  if (!choice) return undefined;
  if (choice.id === 'editor') return 'editor';
  // The save dialog itself asks before replacing an existing file.
  return vscode.window.showSaveDialog({ defaultUri: proposedUri(doc, ext), filters: { [formatOf(format).label]: [ext] }, saveLabel: vscode.l10n.t('Export') });
}

/** Writes unless the file exists and the user (or the caller) does not agree to replace it. */
export async function writeSheet(uri: vscode.Uri, content: string, overwrite: boolean | undefined): Promise<boolean> {
  if (overwrite !== true && (await exists(uri))) {
    if (overwrite === false) return false;
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', uri.path.split('/').pop() ?? ''), { modal: true }, replace);
    if (answer !== replace) return false;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return true;
}

