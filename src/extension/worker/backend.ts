/**
 * What the analysis store needs from whatever runs the analysis. Two implementations:
 * - worker/client.ts: a Node worker thread (desktop VS Code, code-server, Codespaces);
 * - worker/inProcess.ts: in the extension host itself, for VS Code for the Web, where
 *   node:worker_threads does not exist. The web extension host is already a Web Worker, so
 *   analysing there does not block the editor.
 * The web bundle (esbuild.mjs, `browser` entry) puts inProcess.ts where client.ts is imported.
 */
import type * as _vscode from 'vscode';
import type { WorkerReply } from './messages';
import { l10n } from '../l10n';

export type AnalysisDone = Extract<WorkerReply, { type: 'analysis' }>;

export interface AnalysisBackend {
  analyze(key: string, version: number, text: string): Promise<AnalysisDone>;
  /** Frees what is kept for a closed document. */
  forget(key: string): void;
  dispose(): void;
}

/** Why the analysis stopped before answering: the worker crashed, ran out of time, or is not restarted any more. */
export type StopCause = 'crashed' | 'timedOut' | 'gaveUp' | 'disposed';

/**
 * The analysis stopped before it answered. `message` is in words a reporter understands;
 * `detail` (exit code, budget) is for the output channel only.
 */
export class AnalysisStoppedError extends Error {
  constructor(readonly reason: StopCause, message: string, readonly detail: string) {
    super(message);
  }

  /** A crash or a timeout may be a one-off: the store tries the article once more. */
  get worthRetrying(): boolean {
    return this.reason === 'crashed' || this.reason === 'timedOut';
  }
}


/** The words for each way the analysis can stop. */
export const stopped = {
  crashed: (detail: string) =>
    new AnalysisStoppedError('crashed', l10n.t("Trade Facts' analysis stopped unexpectedly; it will restart on your next edit. Details are in the Trade Facts output channel."), detail),
  timedOut: (budgetMs: number, chars: number) =>
    new AnalysisStoppedError(
      'timedOut',
      l10n.t("Trade Facts' analysis took longer than {0} seconds and was stopped; it will restart on your next edit. Details are in the Trade Facts output channel.", Math.max(1, Math.round(budgetMs / 1000))),
      `no answer within the ${Math.round(budgetMs)} ms budget for ${chars} characters; the worker was terminated`,
    ),
  gaveUp: (detail: string) =>
    new AnalysisStoppedError('gaveUp', l10n.t("Trade Facts' analysis keeps stopping, so it is paused. Reload the window to try again. Details are in the Trade Facts output channel."), detail),
  disposed: () => new AnalysisStoppedError('disposed', l10n.t('Trade Facts stopped.'), 'the extension was deactivated'),
};

export { analysisBudgetMs } from '../../core/analysisBudget';
