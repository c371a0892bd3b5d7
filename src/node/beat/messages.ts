/** The messages between whoever builds a beat index (the CLI, the extension) and its worker threads. */
import type { ArticleDigest } from '../../core/beat';

/** Build the digest of one article file. */
export interface IndexRequest {
  id: number;
  file: string;
}

/** The digest, or why the file was left out (unreadable, binary, gone, too large). */
export type IndexReply =
  | { id: number; file: string; type: 'digest'; digest: ArticleDigest; ms: number }
  | { id: number; file: string; type: 'skipped'; reason: string };
