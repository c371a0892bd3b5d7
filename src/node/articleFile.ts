import fs from 'node:fs';
import { ArticleError, checkArticleSize, decodeArticle } from '../core/readArticle';

/** Reads an article file ("-": standard input) as text, or throws an ArticleError saying why not. */
export function readArticleFile(file: string): string {
  if (file === '-') return decodeArticle(fs.readFileSync(0)); // standard input
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    // A link that loops or points nowhere is not "missing": say what the system said.
    const code = (e as NodeJS.ErrnoException).code;
    throw new ArticleError(code === 'ENOENT' || code === 'ENOTDIR' || !code ? 'does not exist' : `cannot be read (${code})`);
  }
  if (stat.isDirectory()) throw new ArticleError('is a directory, not a file');
  // A pipe or device would block the read (or never end): only regular files are articles.
  if (!stat.isFile()) throw new ArticleError('is not a regular file');
  checkArticleSize(stat.size);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new ArticleError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeArticle(bytes);
}
