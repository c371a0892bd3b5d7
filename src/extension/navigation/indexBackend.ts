/**
 * Digests article files for the beat index in worker threads (dist/indexWorker.js), so the
 * extension host's thread never runs NLP. The web build puts indexInProcess.ts here (esbuild.mjs):
 * VS Code for the Web has no worker_threads, and its extension host is already a Web Worker.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { IndexPool, defaultWorkers } from '../../node/beat/pool';
import type { ArticleDigest } from '../../core/beat';

/** What became of one file: its digest (filed under the URI), or why it was left out. */
export type FileResult = { uri: vscode.Uri; digest: ArticleDigest } | { uri: vscode.Uri; skipped: string };

export class BeatIndexer implements vscode.Disposable {
  private pool: IndexPool | undefined;

  /** `size` 0: every core but one (the editor's own analysis worker needs one), at least one. */
  constructor(private readonly size: () => number) {}

  /** Worker threads alive now (idle ones included): 0 once disposed. */
  get workers(): number {
    return this.pool?.alive ?? 0;
  }

  async run(uris: readonly vscode.Uri[], onResult: (r: FileResult) => void, cancelled: () => boolean): Promise<void> {
    const local = uris.filter((u) => u.scheme === 'file');
    for (const u of uris) if (u.scheme !== 'file') onResult({ uri: u, skipped: vscode.l10n.t('is not on this computer’s disk') });
    if (!local.length) return;
    const byPath = new Map(local.map((u) => [u.fsPath, u]));
    // Runs never overlap (beatWorkspace.ts chains them), so a changed setting can take a new pool here.
    const size = this.size() || Math.max(1, defaultWorkers() - 1);
    if (this.pool && this.pool.size !== size) this.dispose();
    // Below the extension host's priority: on a busy machine the editor's thread gets a core first.
    this.pool ??= new IndexPool(path.join(__dirname, 'indexWorker.js'), size, { background: true });
    await this.pool.run([...byPath.keys()], {
      cancelled,
      onReply: (r) => {
        const uri = byPath.get(r.file) ?? vscode.Uri.file(r.file);
        onResult(r.type === 'digest' ? { uri, digest: { ...r.digest, file: uri.toString() } } : { uri, skipped: r.reason });
      },
    });
  }

  dispose(): void {
    void this.pool?.close();
    this.pool = undefined;
  }
}
