/**
 * The source index worker (bundled to dist/sourceWorker.js): reads and indexes the reporter's
 * sources (.docx with mammoth) and checks articles against them, off the extension host's thread.
 */
import { parentPort } from 'node:worker_threads';
import { SourceHandler } from './handler';
import type { SourceRequest } from './messages';
import { readSourceBytes } from '../../node/sources/readSourceFile';

const handler = new SourceHandler(async (file, bytes) => {
  const r = await readSourceBytes(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return r.ok ? r : { ok: false, reason: r.reason };
});

// One request at a time, in order: a put is indexed before a later check reads the library.
let queue = Promise.resolve();
parentPort?.on('message', (req: SourceRequest) => {
  queue = queue.then(async () => parentPort?.postMessage(await handler.handle(req)));
});
