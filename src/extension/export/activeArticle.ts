import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { displayName } from '../articleRules';
import { formatOf, renderFactSheets } from '../../core/render';
import type { Analysis } from '../../core/types';
import type { Ledger } from '../../core/ledger';
import type { SourceChecks } from '../../core/sources/types';
import { LONG_DOCUMENT_CHARS, factSheetName, hasFacts, isFormat, pickDestination, pickFormat, writeSheet, type ExportArgs, type ExportResult } from './shared';

/** An analysis with the exact text and version it was made from. */
interface Snapshot {
  analysis: Analysis;
  text: string;
  version: number;
}

async function analysed(store: AnalysisStore, doc: vscode.TextDocument): Promise<Snapshot> {
  const analyse = () => store.whenAnalyzed(doc.uri);
  const analysis =
    doc.getText().length > LONG_DOCUMENT_CHARS
      ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Trade Facts: analysing the article…') }, analyse)
      : await analyse();
  // whenAnalyzed resolves for the current version; read the text before any other event can run.
  return { analysis, text: doc.getText(), version: doc.version };
}

/** The message without its leading "Trade Facts: " (in the reader's language), to go after our own. */
const withoutPrefix = (message: string) => {
  const prefix = vscode.l10n.t('Trade Facts: {0}', '');
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
};

/** `Trade Facts: Export Fact Sheet`: the active article's sheet to a file or an untitled editor. */
export async function exportActive(store: AnalysisStore, args: ExportArgs = {}, ledgerOf?: (doc: vscode.TextDocument) => Promise<Ledger | undefined>, sourcesOf?: (doc: vscode.TextDocument, analysis: Analysis) => Promise<SourceChecks | undefined>): Promise<ExportResult | undefined> {
  const result: ExportResult = { written: [], skipped: [], cancelled: false };
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Trade Facts: open an article (a text or Markdown file) to export its fact sheet.'));
    return undefined;
  }
  if (!store.handles(doc)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Trade Facts exports the fact sheet of a text or Markdown article; {0} is not one.', displayName(doc)));
    return undefined;
  }
  const format = isFormat(args.format) ? args.format : await pickFormat();
  if (!format) return { ...result, cancelled: true };
  let snapshot: Snapshot;
  try {
    snapshot = await analysed(store, doc);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Trade Facts: cannot export the fact sheet. {0}', withoutPrefix((e as Error).message)));
    return undefined;
  }
  if (!hasFacts(snapshot.analysis)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: nothing to export. No figures, tariff rates, people, organizations or quotes were found in this document.'));
    return { ...result, skipped: [doc.uri.toString()] };
  }
  const destination = args.destination ?? (await pickDestination(doc, format));
  if (!destination) return { ...result, cancelled: true };
  if (destination !== 'editor' && destination.toString() === doc.uri.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Trade Facts: choose a file other than the article itself for its fact sheet.'));
    return { ...result, skipped: [destination.toString()] };
  }
  // The article may have changed while the pickers were open: the sheet must match its text.
  if (doc.version !== snapshot.version) snapshot = await analysed(store, doc);
  const file = doc.isUntitled ? factSheetName(doc, 'txt').replace(/\.facts\.txt$/, '') : vscode.workspace.asRelativePath(doc.uri);
  // Each fact's status, note and source from the check ledger.
  const ledger = await ledgerOf?.(doc);
  // With sources indexed, each quote and figure's source check (a Source check column).
  const sources = await sourcesOf?.(doc, snapshot.analysis);
  const content = renderFactSheets(format, [{ file, text: snapshot.text, analysis: snapshot.analysis, ledger, ...(sources ? { sources } : {}) }]);
  if (destination === 'editor') {
    const language = formatOf(format).language;
    const opened = await vscode.workspace.openTextDocument({ content, language });
    store.ignoreFactSheet(opened);
    await vscode.window.showTextDocument(opened, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    return { ...result, opened };
  }
  // The save dialog has already asked before replacing a file; ask only when called with a destination.
  const overwrite = args.destination === undefined ? true : args.overwrite;
  if (!(await writeSheet(destination, content, overwrite))) return { ...result, skipped: [destination.toString()] };
  if (args.destination === undefined) {
    const open = vscode.l10n.t({ message: 'Open', comment: ['Button: open the fact sheet just saved'] });
    void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: fact sheet saved to {0}.', vscode.workspace.asRelativePath(destination)), open).then((a) => {
      if (a === open) void vscode.window.showTextDocument(destination);
    });
  }
  return { ...result, written: [destination] };
}

