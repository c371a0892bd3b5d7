/**
 * The source check's bench: 2 million words of synthetic sources (transcripts as .srt, notes as
 * .md, a CSV table) indexed, then a 2,000-word article checked against them, with memory. Baselines
 * run in the same process: reading the same text into words (the least any index must do), and
 * finding each quote by brute force (normalized text searched in every source).
 * `npm run bench` runs it with the rest; `node --expose-gc --import tsx bench/sources.ts` alone
 * puts its rows into bench/RESULTS.md in place of the old ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';
import { readSource } from '../src/core/sources/read';
import { SourceLibrary } from '../src/core/sources/library';
import { normWords } from '../src/core/sources/tokens';
import { generateArticle, rng } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (b: number) => (b / 1048576).toFixed(1);

/** A vocabulary of 6,000 made-up words: sources with the variety of real talk, not one article repeated. */
function vocabulary(r: () => number): string[] {
  const syl = ['ka', 'lo', 'mer', 'tan', 'vi', 'so', 'rel', 'du', 'pra', 'nes', 'ti', 'gor', 'al', 'ben', 'cu', 'fa', 'im', 'port', 'ex', 'quo'];
  return Array.from({ length: 6000 }, () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => syl[Math.floor(r() * syl.length)]).join(''));
}

function sentence(r: () => number, vocab: string[]): string {
  const n = 6 + Math.floor(r() * 14);
  const ws = Array.from({ length: n }, () => vocab[Math.floor(r() * vocab.length)]);
  if (r() < 0.15) ws.splice(Math.floor(r() * n), 0, `$${(r() * 400).toFixed(1)} billion`);
  if (r() < 0.1) ws.splice(Math.floor(r() * n), 0, `${(r() * 30).toFixed(1)}%`);
  return ws.join(' ') + '.';
}

const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;

/** Synthetic sources of about `total` words: 40% transcripts, 50% notes, 10% article-like text, one CSV; `planted` paragraphs hidden in them. */
export function generateSources(total: number, planted: string[]): Array<[string, string]> {
  const r = rng(2026);
  const vocab = vocabulary(r);
  const files: Array<[string, string]> = [];
  const perFile = 10_000;
  for (let f = 0, words = 0; words < total; f++) {
    const kind = f % 10 < 4 ? 'srt' : f % 10 < 9 ? 'md' : 'article';
    const paras: string[] = [];
    let n = 0;
    if (kind === 'article') {
      const t = generateArticle(perFile, f);
      paras.push(t);
      n = t.split(/\s+/).length;
    } else
      while (n < perFile) {
        const p = Array.from({ length: 1 + Math.floor(r() * 3) }, () => sentence(r, vocab)).join(' ');
        n += p.split(/\s+/).length;
        paras.push(p);
      }
    if (f < planted.length) paras.splice(Math.floor(paras.length / 2), 0, planted[f]);
    words += n;
    if (kind === 'srt') {
      files.push([`sources/interview-${f}.srt`, paras.map((p, i) => `${i + 1}\n${clock(i * 5)} --> ${clock(i * 5 + 4)}\n${i % 7 === 0 ? 'LEE: ' : ''}${p}\n`).join('\n')]);
    } else files.push([`notes/notes-${f}.${kind === 'md' ? 'md' : 'txt'}`, paras.join('\n\n')]);
  }
  const rows = Array.from({ length: 2000 }, (_, i) => `Product ${i},${(r() * 900).toFixed(1)},${(r() * 900).toFixed(1)}`);
  files.push(['sources/trade.csv', ['Product,2024 (US$ million),2025 (US$ million)', ...rows].join('\n')]);
  return files;
}

export async function sourcesBench(row: (...cells: string[]) => void): Promise<void> {
  console.log('\nSources');
  const article = generateArticle(2_000, 7);
  const analysis = analyze(article);
  // Every other paragraph of the article is somewhere in the sources, so the check does real matching.
  const planted = article.split('\n\n').filter((_, i) => i % 2 === 0);
  const files = generateSources(2_000_000, planted);
  const words = files.reduce((n, [, t]) => n + t.split(/\s+/).length, 0);
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const library = new SourceLibrary();
  for (const [name, text] of files) library.put(readSource(name, text));
  const indexMs = performance.now() - t0;
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  let tokens = 0;
  for (const [, text] of files) tokens += normWords(text).length;
  const tokenizeMs = performance.now() - t1;
  row(
    `Sources: index ${(words / 1e6).toFixed(1)} million words (${files.length} files: .srt, .md, .txt, .csv)`,
    `${ms(indexMs)} ms (target ≤ 10 s); index and texts kept ${mb(heap1 - heap0)} MB of heap`,
    `reading the same text into words only: ${ms(tokenizeMs)} ms (${tokens.toLocaleString('en-US')} words)`,
    `${(indexMs / tokenizeMs).toFixed(2)}× the words-only pass`,
  );

  library.check(analysis); // warm
  const runs = [0, 1, 2, 3, 4].map(() => {
    const t = performance.now();
    library.check(analysis);
    return performance.now() - t;
  });
  const checkMs = [...runs].sort((a, b) => a - b)[2];
  const checks = library.check(analysis);
  const statuses = new Map<string, number>();
  for (const c of checks.values()) statuses.set(c.status, (statuses.get(c.status) ?? 0) + 1);
  // Baseline: each quote's normalized words searched in every source's normalized text (verbatim only).
  const normalized = files.map(([, t]) => normWords(t).join(' '));
  const t2 = performance.now();
  let brute = 0;
  for (const q of analysis.quotes) {
    const needle = normWords(q.text).join(' ');
    if (normalized.some((t) => t.includes(needle))) brute++;
  }
  const bruteMs = performance.now() - t2;
  row(
    `Sources: check a ${analysis.words.toLocaleString('en-US')}-word article (${analysis.quotes.length} quotes, ${analysis.figures.length} figures)`,
    `${ms(checkMs)} ms, median of 5 (target ≤ 200 ms): ${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}`,
    `brute-force search of the quotes in the sources normalized beforehand (kept a second time), verbatim only, no altered quote, no figure: ${ms(bruteMs)} ms (${brute} found); normalizing them first: ${ms(tokenizeMs)} ms`,
    `check = ${(checkMs / bruteMs).toFixed(1)}× the verbatim-only search, ${((bruteMs + tokenizeMs) / checkMs).toFixed(1)}× faster than search with normalizing`,
  );
}

// Alone: measure and replace the "Sources:" rows of bench/RESULTS.md.
if (require.main === module) {
  const rows: string[][] = [];
  void sourcesBench((...cells) => {
    rows.push(cells);
    console.log(cells.join('  |  '));
  }).then(() => {
    const file = path.join(__dirname, 'RESULTS.md');
    const kept = fs.readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('| Sources:'));
    const last = kept.map((l) => l.startsWith('| ')).lastIndexOf(true);
    kept.splice(last + 1, 0, ...rows.map((r) => `| ${r.join(' | ')} |`));
    fs.writeFileSync(file, kept.join('\n'));
    console.log('\nWritten to bench/RESULTS.md');
  });
}
