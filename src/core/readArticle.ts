/** Why an input can't be analysed, in words for the person who gave it. */
export class ArticleError extends Error {}

/** Largest article the command line reads (a 50,000-word report is about 350 KB). */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** Whether decoded text looks like binary data rather than an article (NULs, many control characters). */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > head.length * 0.1;
}

/** Why a file of `bytes` bytes is over the limit, in the words every reader uses. */
export const tooLarge = (bytes: number): string => `is too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`;

/** Refuses an article (or a source: same limit) over the size limit before anything reads it. */
export function checkArticleSize(bytes: number): void {
  if (bytes > MAX_ARTICLE_BYTES) throw new ArticleError(tooLarge(bytes));
}

/**
 * Decodes an article's bytes as UTF-8 text, refusing what is not an article: empty, binary
 * (NUL bytes or many control characters), or not valid UTF-8.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError('is empty');
  checkArticleSize(bytes.length);
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new ArticleError('looks like a binary file, not text');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.1) throw new ArticleError('looks like a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleError('is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new ArticleError('has no text');
  return text;
}

/** A fact sheet the export wrote ("harbor-steel.facts.md"): our own output, never analysed, indexed or exported again. */
export const FACT_SHEET_FILE = /\.facts\.[^/\\.]+$/i;
