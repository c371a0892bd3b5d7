/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the NLP core off the extension
 * host's main thread. The host says when a document closes so its cache is freed. After its first
 * answer it warms the incremental analysis up (worker/serve.ts).
 */
import { parentPort } from 'node:worker_threads';
import { serve } from './worker/serve';
import { inPieces } from './worker/pieces';

if (parentPort) {
  const port = parentPort;
  serve(port, (reply) => {
    // A big analysis goes in pieces the host reads back one at a time (worker/pieces.ts).
    const { message, transfer } = inPieces(reply);
    port.postMessage(message, transfer);
  });
}
