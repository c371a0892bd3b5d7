import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { FORMATS, renderFactSheets } from '../../core/render';
import type { Analysis } from '../../core/types';
import { LONG_DOCUMENT_CHARS, factSheetName, hasFacts, isFormat, pickDestination, pickFormat, writeSheet, type ExportArgs, type ExportResult } from './shared';

/** `Trade Facts: Export Fact Sheet`: the active article's sheet to a file or an untitled editor. */
export async function exportActive(store: AnalysisStore, args: ExportArgs = {}): Promise<ExportResult | undefined> {
  const result: ExportResult = { written: [], skipped: [], cancelled: false };
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('Trade Facts: open an article (a text or Markdown file) to export its fact sheet.');
    return undefined;
  }
  if (!store.handles(doc)) {
    void vscode.window.showWarningMessage(`Trade Facts exports text and Markdown articles; ${doc.uri.path.split('/').pop()} is ${doc.languageId}.`);
    return undefined;
  }
  const format = isFormat(args.format) ? args.format : await pickFormat();
  if (!format) return { ...result, cancelled: true };
  const analyse = () => store.whenAnalyzed(doc.uri);
  let analysis: Analysis;
  try {
    analysis = doc.getText().length > LONG_DOCUMENT_CHARS
      ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Trade Facts: analysing the article…' }, analyse)
      : await analyse();
  } catch (e) {
    void vscode.window.showErrorMessage(`Trade Facts: cannot export the fact sheet: ${(e as Error).message}`);
    return undefined;
  }
  if (!hasFacts(analysis)) {
    void vscode.window.showInformationMessage('Trade Facts: nothing to export. No figures, tariff rates, people, organizations or quotes were found in this document.');
    return { ...result, skipped: [doc.uri.toString()] };
  }
  const destination = args.destination ?? (await pickDestination(doc, format));
  if (!destination) return { ...result, cancelled: true };
  const file = doc.isUntitled ? factSheetName(doc, 'txt').replace(/\.facts\.txt$/, '') : vscode.workspace.asRelativePath(doc.uri);
  const content = renderFactSheets(format, [{ file, text: doc.getText(), analysis }]);
  if (destination === 'editor') {
    const language = FORMATS.find((f) => f.id === format)!.language;
    const opened = await vscode.workspace.openTextDocument({ content, language });
    store.ignoreFactSheet(opened);
    await vscode.window.showTextDocument(opened, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    return { ...result, opened };
  }
  if (!(await writeSheet(destination, content, args.overwrite))) return { ...result, skipped: [destination.toString()] };
  if (args.destination === undefined) {
    void vscode.window.showInformationMessage(`Trade Facts: fact sheet saved to ${vscode.workspace.asRelativePath(destination)}.`, 'Open').then((a) => {
      if (a === 'Open') void vscode.window.showTextDocument(destination);
    });
  }
  return { ...result, written: [destination] };
}

