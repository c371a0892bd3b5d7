/**
 * The beat index's worker thread (bundled to dist/indexWorker.js): reads and analyses one article
 * file per request, so neither the command line's main thread nor the extension host runs NLP.
 */
import { parentPort } from 'node:worker_threads';
import { indexFile } from './indexFile';
import type { IndexRequest } from './messages';

parentPort?.on('message', (req: IndexRequest) => parentPort?.postMessage(indexFile(req)));
