/**
 * What the analysis store needs from whatever runs the analysis. Two implementations:
 * - worker/client.ts: a Node worker thread (desktop VS Code, code-server, Codespaces);
 * - worker/inProcess.ts: in the extension host itself, for VS Code for the Web, where
 *   node:worker_threads does not exist. The web extension host is already a Web Worker, so
 *   analysing there does not block the editor.
 * The web bundle (esbuild.mjs, `browser` entry) puts inProcess.ts where client.ts is imported.
 */
import type { WorkerReply } from './messages';

export type AnalysisDone = Extract<WorkerReply, { type: 'analysis' }>;

export interface AnalysisBackend {
  analyze(key: string, version: number, text: string): Promise<AnalysisDone>;
  /** Frees what is kept for a closed document. */
  forget(key: string): void;
  dispose(): void;
}
