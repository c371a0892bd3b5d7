/**
 * The analysis backend of the web build: the core runs in the extension host (a Web Worker in
 * VS Code for the Web), one request at a time, each after the host's pending events.
 * Exported under the worker client's name so the web bundle can stand it in for worker/client.ts.
 */
import type * as _vscode from 'vscode';
import { stopped, type AnalysisBackend, type AnalysisDone } from './backend';
import { AnalysisHandler } from './handler';
import { l10n } from '../l10n';

export class InProcessAnalysis implements AnalysisBackend {
  private readonly handler = new AnalysisHandler();
  private nextId = 1;
  private disposed = false;

  analyze(key: string, version: number, text: string): Promise<AnalysisDone> {
    const id = this.nextId++;
    return new Promise<AnalysisDone>((resolve, reject) => {
      // A macrotask, so a burst of edits is not analysed inside the event that caused it.
      setTimeout(() => {
        if (this.disposed) return reject(stopped.disposed());
        const reply = this.handler.handle({ type: 'analyze', id, key, version, text });
        if (reply?.type === 'analysis') resolve(reply);
        else reject(new Error(reply?.message ?? l10n.t('The analysis gave no result.')));
      }, 0);
    });
  }

  forget(key: string): void {
    this.handler.handle({ type: 'forget', key });
  }

  /** Nothing to crash in process: drops the caches, as a restarted worker would have none. */
  crashForTest(): void {
    this.handler.clear();
  }

  /** No budget in process: a synchronous analysis cannot be interrupted here (the web host is its own worker). */
  setBudgetForTest(_ms: number | undefined, _times?: number): void {}

  /** Nothing is ever given up on in process. */
  resetForTest(): void {}

  dispose(): void {
    this.disposed = true;
    this.handler.clear();
  }
}

export { InProcessAnalysis as AnalysisWorkerClient };
