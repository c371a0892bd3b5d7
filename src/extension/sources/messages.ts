/** The messages between the extension host and the source index (a worker thread, or in-process on the web). */
import type { Figure, Quote } from '../../core/types';
import type { SourceCheck } from '../../core/sources/types';

/** Host → index. `file` is the source's workspace-relative name; `id` pairs a reply with its request. */
export type SourceRequest =
  | { type: 'put'; id: number; file: string; bytes: Uint8Array }
  | { type: 'remove'; id: number; file: string }
  | { type: 'check'; id: number; quotes: Array<Pick<Quote, 'id' | 'text' | 'speaker' | 'speakerKind'>>; figures: Figure[]; exclude?: string };

/** Index → host. */
export type SourceReply =
  | { type: 'put'; id: number; file: string; ok: true; problems: string[]; words: number; ms: number }
  | { type: 'put'; id: number; file: string; ok: false; reason: string }
  | { type: 'removed'; id: number; file: string }
  | { type: 'checked'; id: number; checks: Array<[string, SourceCheck]>; ms: number }
  | { type: 'failed'; id: number; message: string };

/** Reads a source's bytes into passages, or says why not (the worker reads .docx; the web build cannot). */
export type SourceReader = (file: string, bytes: Uint8Array) => Promise<{ ok: true; doc: import('../../core/sources/types').SourceDoc } | { ok: false; reason: string }>;
