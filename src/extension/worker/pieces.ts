/**
 * A big analysis crosses from the worker thread to the extension host in pieces. Posted whole, a
 * 100,000-word analysis is deserialized on the host's main thread in one stretch (60 ms and more,
 * while the editor waits); here its long lists travel as transferred buffers in V8's own
 * serialization (what postMessage uses, so `undefined`, NaN and shared references come back as they
 * were), and the host reads them back one piece per event-loop turn. Node only: the web build
 * analyses in process and never posts an analysis.
 */
import v8 from 'node:v8';
import type { Analysis } from '../../core/types';
import type { WorkerReply } from './messages';

/** The lists of an analysis that can be long. */
const LISTS = ['figures', 'tariffs', 'people', 'organizations', 'quotes', 'checks', 'warnings', 'spellings'] as const;
type List = (typeof LISTS)[number];

/** Items per piece: a few milliseconds of deserializing on the host. */
export const PIECE_ITEMS = 400;

export interface Piece {
  list: List;
  bytes: Uint8Array;
}

/** A reply as posted: an analysis reply may leave its long lists empty and carry them in `pieces`. */
export type PostedReply = WorkerReply | (Extract<WorkerReply, { type: 'analysis' }> & { pieces: Piece[] });

/** The reply to post and the buffers to transfer with it; a small analysis goes whole. */
export function inPieces(reply: WorkerReply, pieceItems = PIECE_ITEMS): { message: PostedReply; transfer: ArrayBuffer[] } {
  if (reply.type !== 'analysis') return { message: reply, transfer: [] };
  const a = reply.analysis;
  const total = LISTS.reduce((n, list) => n + (a[list]?.length ?? 0), 0);
  if (total <= pieceItems) return { message: reply, transfer: [] };
  const pieces: Piece[] = [];
  const rest: Analysis = { ...a };
  for (const list of LISTS) {
    const items: unknown[] | undefined = a[list];
    if (!items?.length) continue;
    (rest[list] as unknown[]) = [];
    for (let i = 0; i < items.length; i += pieceItems) {
      // A copy of the serialized bytes in a buffer of its own, so transferring it moves nothing else.
      pieces.push({ list, bytes: new Uint8Array(v8.serialize(items.slice(i, i + pieceItems))) });
    }
  }
  return { message: { ...reply, analysis: rest, pieces }, transfer: pieces.map((p) => p.bytes.buffer as ArrayBuffer) };
}

/** The reply as the worker made it: each piece read back after `pause` (one event-loop turn on the host). */
export async function fromPieces(message: PostedReply, pause: () => Promise<void>): Promise<WorkerReply> {
  if (!('pieces' in message)) return message;
  const { pieces, ...reply } = message;
  const analysis = reply.analysis;
  for (const piece of pieces) {
    await pause();
    const items = v8.deserialize(piece.bytes) as unknown[];
    const list = (analysis[piece.list] ??= []) as unknown[];
    for (const item of items) list.push(item);
  }
  return reply;
}
