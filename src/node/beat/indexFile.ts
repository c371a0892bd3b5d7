import { analyze } from '../../core/analyze';
import { digestArticle } from '../../core/beat';
import { ArticleError } from '../../core/readArticle';
import { readArticleFile } from '../articleFile';
import type { IndexReply, IndexRequest } from './messages';

/** Reads, analyses and digests one article file; never throws: a file that cannot be read is a reply saying why. */
export function indexFile({ id, file }: IndexRequest): IndexReply {
  const started = performance.now();
  try {
    const text = readArticleFile(file);
    return { id, file, type: 'digest', digest: digestArticle(file, text, analyze(text)), ms: performance.now() - started };
  } catch (e) {
    return { id, file, type: 'skipped', reason: e instanceof ArticleError ? e.message : `could not be analysed (${(e as Error).message})` };
  }
}
