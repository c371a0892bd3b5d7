/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the NLP core off the extension
 * host's main thread. The host says when a document closes so its cache is freed.
 */
import { parentPort } from 'node:worker_threads';
import { AnalysisHandler } from './worker/handler';
import type { WorkerRequest } from './worker/messages';
import { inPieces } from './worker/pieces';

const handler = new AnalysisHandler();

parentPort?.on('message', (req: WorkerRequest) => {
  const reply = handler.handle(req);
  if (!reply) return;
  // A big analysis goes in pieces the host reads back one at a time (worker/pieces.ts).
  const { message, transfer } = inPieces(reply);
  parentPort?.postMessage(message, transfer);
});
