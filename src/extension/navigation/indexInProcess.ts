/**
 * The beat indexer of the web build: files read through the workspace file system and analysed in
 * the extension host, which in VS Code for the Web is a Web Worker; one file per task, so other
 * events run between them. Exported under the worker indexer's name (see indexBackend.ts).
 */
import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import { digestArticle } from '../../core/beat';
import { ArticleError, decodeArticle } from '../../core/readArticle';
import type { FileResult } from './indexBackend';

export class InProcessIndexer implements vscode.Disposable {
  constructor(_workers: () => number) {}

  /** No worker threads here: the files are read on this thread. */
  readonly workers = 0;

  async run(uris: readonly vscode.Uri[], onResult: (r: FileResult) => void, cancelled: () => boolean): Promise<void> {
    for (const uri of uris) {
      if (cancelled()) return;
      await new Promise((r) => setTimeout(r, 0));
      try {
        const text = decodeArticle(await vscode.workspace.fs.readFile(uri));
        onResult({ uri, digest: digestArticle(uri.toString(), text, analyze(text)) });
      } catch (e) {
        onResult({ uri, skipped: e instanceof ArticleError ? e.message : vscode.l10n.t('cannot be read ({0})', (e as Error).message) });
      }
    }
  }

  dispose(): void {}
}

export { InProcessIndexer as BeatIndexer };
