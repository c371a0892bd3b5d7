/**
 * `npm run bench`: how fast Trade Facts is, each figure against a baseline measured in the same
 * run. Prints a table and writes bench/RESULTS.md. Not a test: nothing here passes or fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyze } from '../src/core/analyze';
import { ParagraphCache } from '../src/core/extract';
import { warmUp } from '../src/core/warmUp';
import { generateArticle, rng } from './corpus';
import { anchorLedger, ledgerFacts, LedgerTextMemo, markFact, type Ledger } from '../src/core/ledger';
import { beatBench } from './beat';
import { AnalysisWorkerClient } from '../src/extension/worker/client';
import { sourcesBench } from './sources';

const root = path.resolve(__dirname, '..');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (b: number) => (b / 1048576).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Plain compromise finding the same kinds of things: the baseline. */
function baseline(text: string): void {
  const doc = nlp(text);
  doc.people().out('array');
  doc.organizations().out('array');
  doc.money().out('array');
  doc.percentages().out('array');
  doc.quotations().out('array');
}

const rows: string[][] = [];
const row = (...cells: string[]) => {
  rows.push(cells);
  console.log(cells.join('  |  '));
};

// 1. Throughput ---------------------------------------------------------------------------------
function throughput(): void {
  console.log('\n1. Throughput');
  analyze(generateArticle(500, 99));
  baseline(generateArticle(500, 99));
  for (const [n, reps] of [[1_000, 7], [10_000, 3], [100_000, 1]] as const) {
    const text = generateArticle(n, n);
    const w = words(text);
    const ours: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < reps; i++) {
      base.push(time(() => baseline(text)));
      ours.push(time(() => analyze(text)));
    }
    const [o, b] = [median(ours), median(base)];
    row(`Throughput, ${n / 1000}k words`, `${Math.round(w / (o / 1000)).toLocaleString('en-US')} words/s (${ms(o)} ms)`, `compromise: ${Math.round(w / (b / 1000)).toLocaleString('en-US')} words/s (${ms(b)} ms)`, `${(b / o).toFixed(2)}× (target ≥ 1.0)`);
  }
}

// 1b. The command line, whole process --------------------------------------------------------------
/** Wall time of one process, ms. */
function run(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

/**
 * What a newsroom script pays per article: `trade-facts --format json FILE` against plain
 * compromise's own CLI (bench/baselineCli.mjs) on the same files, start-up and loading included,
 * alternating so both see the same machine. The articles are this repo's original eval articles.
 */
function commandLine(): void {
  console.log('\n1b. Command line, whole process');
  const dirs = ['test/eval/articles', 'test/eval-holdout/articles'].map((d) => path.join(root, d));
  const files = dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(d, f)) : []));
  const n = words(files.map((f) => fs.readFileSync(f, 'utf8')).join(' '));
  let ours = 0;
  let base = 0;
  for (const f of files) {
    base += run([path.join(root, 'bench/baselineCli.mjs'), f]);
    ours += run([path.join(root, 'dist/cli.js'), '--format', 'json', f]);
  }
  row(
    `Command line, ${files.length} articles (${n.toLocaleString('en-US')} words), one process each`,
    `${ms(ours / files.length)} ms per article`,
    `plain compromise: ${ms(base / files.length)} ms per article`,
    `${(base / ours).toFixed(2)}× (target ≥ 2.0)`,
  );
}

// 2. Typing -------------------------------------------------------------------------------------
/**
 * 200 one-character edits of a 10,000-word article, each analysed with the document's cache, beside
 * a full analysis. `warm`: after the document's first analysis, the analysis worker's warm-up (it
 * runs it after its first answer: src/extension/worker/serve.ts).
 */
function typingRun(warm: boolean): { p50: number; p95: number; full: number } {
  let text = generateArticle(10_000, 10);
  const full = median([0, 1, 2].map(() => time(() => analyze(text))));
  const cache = new ParagraphCache();
  analyze(text, { cache });
  if (warm) warmUp({ text, cache });
  const r = rng(42);
  const edits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const at = Math.floor(r() * text.length);
    text = text.slice(0, at) + 'abcdefghij'[Math.floor(r() * 10)] + text.slice(at);
    const t = text;
    edits.push(time(() => analyze(t, { cache })));
  }
  return { p50: median(edits), p95: pct(edits, 0.95), full };
}

/**
 * The typing row. The analysis worker warms the incremental analysis up after its first answer by
 * typing into that document (src/core/warmUp.ts): this runs the same warm-up where the worker does,
 * in place of the full analysis of another article that warmed this row up before. The run without
 * it (a process of its own, warmed up as before) is in the notes.
 */
function typing(): void {
  console.log('\n2. Typing');
  const cold = JSON.parse(
    execFileSync(process.execPath, [...process.execArgv, __filename, '--typing-without-warm-up'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop() ?? '{}',
  ) as ReturnType<typeof typingRun>;
  const { p50, p95, full } = typingRun(true);
  row(
    'Typing, 1-char edit in 10k words',
    `p50 ${ms(p50)} ms, p95 ${ms(p95)} ms (200 edits, after the worker's warm-up); without the worker's warm-up: p50 ${ms(cold.p50)} ms, p95 ${ms(cold.p95)} ms`,
    `full analysis: ${ms(full)} ms (without the warm-up: ${ms(cold.full)} ms)`,
    `p95 = ${((p95 / full) * 100).toFixed(1)}% of full (target ≤ 5%); without the worker's warm-up ${((cold.p95 / cold.full) * 100).toFixed(1)}%`,
  );
}

/** The typing run in a process of its own, warmed up only by a full analysis of another article: prints its figures as JSON. */
function typingWithoutWarmUp(): void {
  analyze(generateArticle(2_000, 99));
  console.log(JSON.stringify(typingRun(false)));
}

// 3. Big documents in the worker -------------------------------------------------------------------
async function bigDocument(): Promise<void> {
  console.log('\n3. Big documents');
  const text = generateArticle(100_000, 100);
  // The extension's own client, so the reply is received as the editor receives it (a big one in pieces).
  const client = new AnalysisWorkerClient(path.join(root, 'dist/analysisWorker.js'), () => 600_000);
  await client.analyze('warm', 1, generateArticle(300, 1));
  // The longest stretch the main thread is busy: gaps between 1 ms ticks, and Node's own monitor.
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  const reply = await client.analyze('big', 1, text).then((r) => ({ ...r, message: '' }), (e: Error) => ({ type: 'failed', analysis: undefined, ms: 0, message: e.message }));
  const roundTrip = performance.now() - started;
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(tick);
  loop.disable();
  client.dispose();
  const stall = Math.max(longest, loop.max / 1e6);
  const ok = reply.type === 'analysis' ? `${reply.analysis!.figures.length.toLocaleString('en-US')} figures, no error` : `FAILED: ${reply.message}`;
  row('Big document, 100k words in the worker', `${ok}; worker ${ms(reply.ms)} ms, round trip ${ms(roundTrip)} ms`, `on the main thread it would block ${ms(reply.ms)} ms`, `longest main-thread stretch ${ms(stall)} ms (target ≤ 50 ms)`);
}

// 4. Memory -------------------------------------------------------------------------------------
function memory(): void {
  console.log('\n4. Memory');
  const text = generateArticle(100_000, 100);
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = analyze(text, { cache: new ParagraphCache() });
  const peakish = Math.max(process.memoryUsage().heapUsed, 0);
  const committed = v8.getHeapStatistics().total_heap_size;
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  row('Memory, 100k-word document', `heap in use at the end of the run ${mb(peakish - before)} MB above start; V8 heap ${mb(committed)} MB`, `result + cache kept ${mb(kept)} MB (${result.figures.length} figures)`, '');

  // Open and close 50 documents the way the worker does: a cache per document, dropped on close.
  // A first round of other documents brings the bounded per-paragraph memos to their steady size.
  const caches = new Map<string, ParagraphCache>();
  for (let i = 0; i < 50; i++) analyze(generateArticle(3_000, 9000 + i), { cache: new ParagraphCache() });
  gc();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  for (let i = 0; i < 50; i++) {
    const cache = new ParagraphCache();
    caches.set(`doc${i}`, cache);
    analyze(generateArticle(3_000, 5000 + i), { cache });
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  for (let i = 0; i < 50; i++) caches.delete(`doc${i}`);
  gc();
  const end = process.memoryUsage().heapUsed;
  row('Memory, open and close 50 documents (3k words)', `heap ${mb(start)} → ${mb(peak)} MB open → ${mb(end)} MB closed`, `start ${mb(start)} MB`, `${(((end - start) / start) * 100).toFixed(1)}% after closing (target within 10%)`);
}

// 4b. Check ledger --------------------------------------------------------------------------------
/** Re-anchoring 5,000 marks after a one-word edit, set against a full analysis of the same document. */
function ledgerBench(): void {
  console.log('\n4b. Check ledger');
  const text = generateArticle(60_000, 13);
  const facts = ledgerFacts(analyze(text));
  const entries: Ledger['entries'] = {};
  for (const f of facts.slice(0, 5000)) {
    entries[f.key] = { kind: f.kind, text: f.text, sentence: f.sentence, occurrence: f.occurrence, status: 'verified', note: '', source: 'bench', by: 'bench', at: '2026-01-01T00:00:00Z' };
  }
  const ledger: Ledger = { format: 1, entries };
  const mid = text.indexOf(' ', text.length >> 1);
  const edited = `${text.slice(0, mid)} newly${text.slice(mid)}`;
  const cache = new ParagraphCache();
  analyze(text, { cache });
  const full = median([0, 1, 2].map(() => time(() => analyze(edited))));
  const editedAnalysis = analyze(edited, { cache });
  // As the editor does it: the document's memo has seen the text before the edit.
  const memo = new LedgerTextMemo();
  ledgerFacts(analyze(text, { cache }), memo);
  let anchoring = anchorLedger(ledger, ledgerFacts(editedAnalysis, memo));
  const reanchor = median([0, 1, 2, 3, 4, 5, 6].map(() => time(() => (anchoring = anchorLedger(ledger, ledgerFacts(editedAnalysis, memo))))));
  const mark = median([0, 1, 2, 3, 4].map((i) => time(() => markFact(ledger, anchoring, anchoring.facts[i].id, { status: 'disputed', by: 'bench', at: '2026-01-02T00:00:00Z' }))));
  const kept = anchoring.checks.filter((c) => c.status === 'verified').length;
  row(
    `Ledger: re-anchor ${Object.keys(entries).length.toLocaleString('en-US')} marks after an edit`,
    `${ms(reanchor)} ms (${kept.toLocaleString('en-US')} kept, ${anchoring.orphans.length} orphans); one mark ${ms(mark)} ms`,
    `full analysis of the same ${words(edited).toLocaleString('en-US')} words: ${ms(full)} ms`,
    `${((reanchor / full) * 100).toFixed(1)}% of a full analysis`,
  );
}

// 5. Start-up -----------------------------------------------------------------------------------
function startup(): void {
  console.log('\n5. Start-up');
  const size = (f: string) => fs.statSync(path.join(root, 'dist', f)).size;
  const load = (code: string) =>
    Number(execFileSync(process.execPath, ['-e', `const t=performance.now();${code};process.stdout.write(String(performance.now()-t))`], { cwd: root, encoding: 'utf8' }));
  const compromiseLoad = median([0, 1, 2].map(() => load("require('compromise')")));
  const activation = readActivation();
  row(
    'Start-up',
    `dist/extension.js ${(size('extension.js') / 1024).toFixed(0)} KB (no NLP inside); worker ${(size('analysisWorker.js') / 1024).toFixed(0)} KB`,
    `compromise load ${ms(compromiseLoad)} ms, which an analysis no longer pays (compromise loads only if asked)`,
    activation ? `activate() ${ms(activation.ms)} ms in VS Code ${activation.version} (target < 100 ms)` : 'activate(): run npm test first (measured in the real VS Code)',
  );
}

/** activate()'s duration, recorded by the integration suite in the real VS Code. */
function readActivation(): { ms: number; version: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'test-results', 'activation.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * `--only typing` (or another section's name) runs that section alone and replaces only its rows in
 * bench/RESULTS.md, so one figure can be re-measured without the whole run.
 */
// `--only cli` is the command-line section.
const SECTIONS: Record<string, () => unknown> = { throughput, commandLine, cli: commandLine, typing, ledger: ledgerBench, bigDocument, memory, startup, beat: () => beatBench(row), sources: () => sourcesBench(row) };

async function only(name: string): Promise<void> {
  const section = SECTIONS[name];
  if (!section) throw new Error(`No bench section "${name}": one of ${Object.keys(SECTIONS).join(', ')}`);
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  await section();
  const file = path.join(__dirname, 'RESULTS.md');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (const r of rows) {
    const at = lines.findIndex((l) => l.startsWith(`| ${r[0]} |`));
    if (at < 0) throw new Error(`bench/RESULTS.md has no row "${r[0]}": run npm run bench`);
    lines[at] = `| ${r.join(' | ')} |`;
  }
  fs.writeFileSync(file, lines.join('\n'));
  console.log(`\nUpdated ${rows.length} row(s) of bench/RESULTS.md`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--typing-without-warm-up')) return typingWithoutWarmUp();
  const flag = process.argv.indexOf('--only');
  if (flag >= 0) return only(process.argv[flag + 1] ?? '');
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with --expose-gc for memory figures: npm run bench does)');
  throughput();
  commandLine();
  typing();
  ledgerBench();
  await bigDocument();
  memory();
  startup();
  await beatBench(row);
  await sourcesBench(row);
  const md = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores. Each figure is set against a baseline run in the same process; absolute times on a shared machine are noisy, ratios less so. The corpus is generated (bench/corpus.ts, seeded).`,
    '',
    '| Benchmark | Trade Facts | Baseline | Ratio / target |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), md);
  console.log('\nWritten to bench/RESULTS.md');
}

void main();
