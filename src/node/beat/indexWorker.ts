/**
 * The beat index's worker thread (bundled to dist/indexWorker.js): reads and analyses one article
 * file per request, so neither the command line's main thread nor the extension host runs NLP.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexFile } from './indexFile';
import type { IndexRequest } from './messages';
import { lowerThisThread } from './threadPriority';

if ((workerData as { background?: boolean } | undefined)?.background) lowerThisThread();

parentPort?.on('message', (req: IndexRequest) => parentPort?.postMessage(indexFile(req)));
