/**
 * Reads one source file into passages, within limits: a file that is missing, unreadable, binary,
 * over MAX_SOURCE_BYTES or a corrupt .docx is skipped with one line saying why, never thrown.
 */
import fs from 'node:fs';
import { ArticleError, MAX_ARTICLE_BYTES, checkArticleSize, decodeArticle, tooLarge } from '../../core/readArticle';
import { readSource } from '../../core/sources/read';
import type { SourceDoc } from '../../core/sources/types';

/** Largest source file read: an article's limit, 20 MB (a 2-million-word transcript archive is about 12 MB). */
export const MAX_SOURCE_BYTES = MAX_ARTICLE_BYTES;

export type SourceRead = { ok: true; doc: SourceDoc } | { ok: false; file: string; reason: string };

/** The text of a .docx, or a reason it has none. */
async function docxText(bytes: Buffer): Promise<string> {
  // require, not import(): the command line runs its bundle through vm.Script (src/cliLauncher.ts),
  // where import() of a package needs an experimental loader. Loaded on the first .docx only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as typeof import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return value;
  } catch {
    throw new ArticleError('is not a readable Word document');
  }
}

/** Turns a source's bytes into passages; `name` is how the file is shown. */
export async function readSourceBytes(name: string, bytes: Buffer): Promise<SourceRead> {
  try {
    checkArticleSize(bytes.length);
    const text = /\.docx$/i.test(name) ? await docxText(bytes) : decodeArticle(bytes);
    return { ok: true, doc: readSource(name, text) };
  } catch (e) {
    return { ok: false, file: name, reason: e instanceof ArticleError ? e.message : `could not be read (${(e as Error).message})` };
  }
}

/** Reads a source file from disk; `name` is how it is shown (defaults to the path). */
export async function readSourceFile(file: string, name = file): Promise<SourceRead> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { ok: false, file: name, reason: 'does not exist' };
  }
  if (!stat.isFile()) return { ok: false, file: name, reason: 'is not a regular file' };
  if (stat.size > MAX_SOURCE_BYTES) return { ok: false, file: name, reason: tooLarge(stat.size) };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, file: name, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return readSourceBytes(name, bytes);
}
