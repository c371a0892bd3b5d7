import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { formatOf, renderFactSheets, type FactSheetFormat } from '../../core/render';
import type { Ledger } from '../../core/ledger';
import type { Analysis } from '../../core/types';
import type { SourceChecks } from '../../core/sources/types';
import { FACT_SHEET_FILE } from '../../core/readArticle';
import { exists, factSheetFileName, hasFacts, isFormat, pickFormat, type ExportResult } from './shared';

export interface WorkspaceExportArgs {
  format?: FactSheetFormat;
  /** Glob of the articles; defaults to the `tradeFacts.export.include` setting. */
  include?: string;
  /** Existing fact sheets: true replaces them, false keeps them; unset asks once. */
  overwrite?: boolean;
}

const EXCLUDE = '**/{node_modules,.git,dist,out}/**';

/** Asks once, before anything is written, what to do with fact sheets that already exist. */
async function replaceExisting(count: number, overwrite: boolean | undefined): Promise<boolean | undefined> {
  if (count === 0 || overwrite !== undefined) return overwrite ?? false;
  const replace = vscode.l10n.t('Replace Them');
  const keep = vscode.l10n.t('Keep Them');
  const answer = await vscode.window.showWarningMessage(
    count === 1 ? vscode.l10n.t('1 fact sheet already exists beside the articles. Replace it?') : vscode.l10n.t('{0} fact sheets already exist beside the articles. Replace them?', count),
    { modal: true },
    replace,
    keep,
  );
  return answer === undefined ? undefined : answer === replace;
}

/** `Trade Facts: Export Fact Sheets for Workspace`: one sheet beside each matching article. */
export async function exportWorkspace(store: AnalysisStore, args: WorkspaceExportArgs, ledgerOf?: (doc: vscode.TextDocument) => Promise<Ledger | undefined>, sourcesOf?: (doc: vscode.TextDocument, analysis: Analysis) => Promise<SourceChecks | undefined>): Promise<ExportResult> {
  const result: ExportResult = { written: [], skipped: [], cancelled: false };
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Trade Facts: open a folder to export fact sheets for its articles.'));
    return result;
  }
  const include = args.include ?? vscode.workspace.getConfiguration('tradeFacts').get<string>('export.include', '**/*.{md,txt}');
  const files = (await vscode.workspace.findFiles(include, EXCLUDE)).filter((u) => !FACT_SHEET_FILE.test(u.path));
  if (!files.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: no articles match {0} in this workspace.', include));
    return result;
  }
  const format = isFormat(args.format) ? args.format : await pickFormat();
  if (!format) return { ...result, cancelled: true };
  const ext = formatOf(format).extension;
  // "story.md" and "story.txt" side by side would share "story.facts.md": the second keeps its extension.
  const taken = new Set<string>();
  const targets = files.map((u) => {
    let target = vscode.Uri.joinPath(u, '..', factSheetFileName(u, ext));
    if (taken.has(target.toString())) target = vscode.Uri.joinPath(u, '..', `${u.path.split('/').pop()}.facts.${ext}`);
    taken.add(target.toString());
    return target;
  });
  const already = (await Promise.all(targets.map(exists))).filter(Boolean).length;
  const replace = await replaceExisting(already, args.overwrite);
  if (replace === undefined) return { ...result, cancelled: true };

  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Trade Facts: exporting fact sheets'), cancellable: true },
    async (progress, token) => {
      for (let i = 0; i < files.length; i++) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          return;
        }
        const file = files[i];
        const name = vscode.workspace.asRelativePath(file);
        progress.report({ message: vscode.l10n.t('{0} of {1}: {2}', i + 1, files.length, name), increment: 100 / files.length });
        try {
          if (!replace && (await exists(targets[i]))) {
            result.skipped.push(vscode.l10n.t('{0}: fact sheet already exists', name));
            continue;
          }
          const doc = await vscode.workspace.openTextDocument(file);
          if (!store.handles(doc)) {
            result.skipped.push(vscode.l10n.t('{0}: not a text or Markdown article ({1})', name, doc.languageId));
            continue;
          }
          const analysis = await store.whenAnalyzed(file);
          if (token.isCancellationRequested) {
            result.cancelled = true;
            return;
          }
          if (!hasFacts(analysis)) {
            result.skipped.push(vscode.l10n.t('{0}: no facts found', name));
            continue;
          }
          // Each fact's status, note and source from the article's check ledger.
          const ledger = await ledgerOf?.(doc);
          // With sources indexed, each quote and figure's source check (a Source check column).
          const sources = await sourcesOf?.(doc, analysis);
          const content = renderFactSheets(format, [{ file: name, text: doc.getText(), analysis, ledger, ...(sources ? { sources } : {}) }]);
          await vscode.workspace.fs.writeFile(targets[i], new TextEncoder().encode(content));
          result.written.push(targets[i]);
        } catch (e) {
          result.skipped.push(`${name}: ${(e as Error).message}`);
        }
      }
    },
  );
  const written = result.written.length === 1 ? vscode.l10n.t('Trade Facts: 1 fact sheet written') : vscode.l10n.t('Trade Facts: {0} fact sheets written', result.written.length);
  const summary = `${written}${result.skipped.length ? vscode.l10n.t(', {0} skipped', result.skipped.length) : ''}${result.cancelled ? vscode.l10n.t(' (cancelled)') : ''}.`;
  void vscode.window.showInformationMessage(summary);
  return result;
}
