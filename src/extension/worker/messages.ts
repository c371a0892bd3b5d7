/** The messages between the extension host and the analysis worker; imported by both sides. */
import type { Analysis } from '../../core/types';

/** Extension host → worker. `key` is the document's URI; `id` pairs a reply with its request. */
export type WorkerRequest =
  | { type: 'analyze'; id: number; key: string; version: number; text: string }
  | { type: 'forget'; key: string };

/** Worker → extension host. `ms` is the time the worker spent analysing. */
export type WorkerReply =
  | { type: 'analysis'; id: number; key: string; version: number; analysis: Analysis; ms: number; cachedParagraphs: number }
  | { type: 'failed'; id: number; key: string; version: number; message: string };
