import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { ArticleError } from '../core/readArticle';
import type { Analysis } from '../core/types';
import { readArticleFile } from '../node/articleFile';

/** A mistake in the command line itself: reported with the usage, exit code 2. */
export class UsageError extends Error {}

/** Something that stops the command, said in one line: exit code 1. */
export class CliError extends Error {}

/** Reads and analyses an article, or throws a CliError naming the file. */
export function loadArticle(file: string): { text: string; analysis: Analysis } {
  try {
    const text = readArticleFile(file);
    return { text, analysis: analyze(text) };
  } catch (e) {
    const msg = e instanceof ArticleError ? e.message : `could not be analysed: ${(e as Error).message}`;
    throw new CliError(`${file} ${msg}`);
  }
}

const FORMATS = ['md', 'json', 'csv', 'html'] as const;

/** A --format value checked ("markdown" is md). */
export function formatArg(f: string): (typeof FORMATS)[number] {
  if (f === 'markdown') return 'md';
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (use md, json, csv or html)`);
  return f as (typeof FORMATS)[number];
}

/** Prints the output, or writes it to `out`, never over an existing file without `force`. */
export function emit(output: string, out: string | undefined, force: boolean): void {
  if (!out) {
    process.stdout.write(output);
    return;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, output, { flag: force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${out} ${code === 'EEXIST' ? 'already exists (use --force to replace it)' : `cannot be written (${code ?? (e as Error).message})`}`);
  }
}

/** A path as the user would type it from here. */
export const shown = (p: string): string => path.relative(process.cwd(), p) || p;
