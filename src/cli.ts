import fs from 'node:fs';
import path from 'node:path';
import { analyze } from './core/analyze';
import { ArticleError, checkArticleSize, decodeArticle } from './core/readArticle';
import { renderFactSheets, type Article, type FactSheetFormat } from './core/render';

const USAGE = `usage: trade-facts FILE... [--format md|json|csv|html] [--out FILE] [--force]
       (FILE "-" reads the article from standard input)

Prints the fact sheet of each article: figures, tariff rates, people, organizations, quotes.
  --format md|json|csv|html  output format (default md)
  --out FILE             write to FILE instead of standard output (never overwrites without --force)
  --force                allow --out to replace an existing file`;

interface Options {
  files: string[];
  format: FactSheetFormat;
  out?: string;
  force: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options | 'help' {
  const opts: Options = { files: [], format: 'md', force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '--format' || a === '-f') {
      const f = value();
      if (f !== 'md' && f !== 'json' && f !== 'csv' && f !== 'html' && f !== 'markdown') throw new UsageError(`unknown format "${f}" (use md, json, csv or html)`);
      opts.format = f === 'markdown' ? 'md' : f;
    } else if (a.startsWith('--format=')) {
      return parseArgs([...argv.slice(0, i), '--format', a.slice(9), ...argv.slice(i + 1)]);
    } else if (a === '--out' || a === '-o') opts.out = value();
    else if (a === '--force') opts.force = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (a === '-' && opts.files.includes('-')) throw new UsageError('standard input (-) can be read only once');
    else opts.files.push(a);
  }
  if (!opts.files.length) throw new UsageError('no file given');
  return opts;
}

function readArticle(file: string): string {
  if (file === '-') return decodeArticle(fs.readFileSync(0)); // standard input
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ArticleError('does not exist');
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

function main(argv: string[]): number {
  let opts: Options | 'help';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`trade-facts: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const items: Article[] = [];
  for (const file of opts.files) {
    try {
      const text = readArticle(file);
      items.push({ file, text, analysis: analyze(text) });
    } catch (e) {
      const msg = e instanceof ArticleError ? e.message : `could not be analysed: ${(e as Error).message}`;
      process.stderr.write(`trade-facts: ${file} ${msg}\n`);
      return 1;
    }
  }
  const output = renderFactSheets(opts.format, items);
  if (!opts.out) {
    process.stdout.write(output);
    return 0;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    fs.writeFileSync(opts.out, output, { flag: opts.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? 'already exists (use --force to replace it)' : `cannot be written (${code ?? (e as Error).message})`;
    process.stderr.write(`trade-facts: ${opts.out} ${why}\n`);
    return 1;
  }
  return 0;
}

// A reader that stops early (`trade-facts a.md | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = main(process.argv.slice(2));
