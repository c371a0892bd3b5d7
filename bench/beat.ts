/**
 * The beat index at scale: 1,000 generated articles (about 600,000 words) indexed by
 * `trade-facts index` with one worker thread and with two, the merge of one saved article into the
 * full index, the longest stretch the main thread is busy while worker threads stream digests in,
 * and memory. Run alone with `node --expose-gc --import tsx bench/beat.ts` (it then updates its own
 * rows of bench/RESULTS.md), or as part of `npm run bench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { analyze } from '../src/core/analyze';
import { BeatIndex, digestArticle } from '../src/core/beat';
import { IndexPool } from '../src/node/beat/pool';
import { generateBeat } from './beatCorpus';

const root = path.resolve(__dirname, '..');
const ARTICLES = 1_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (b: number) => (b / 1048576).toFixed(1);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** One CLI run: wall time, peak memory of the process (GNU time, when there), and the output. */
function cli(dir: string, workers: number, out: string): { ms: number; rssMB?: number; cpuS?: number; beat: { articles: unknown[]; people: unknown[]; flags: Array<{ kind: string }> } } {
  const args = [path.join(root, 'dist/cli.js'), 'index', dir, '--format', 'json', '--workers', String(workers), '--out', out, '--force'];
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = performance.now();
  const r = timeBin ? spawnSync(timeBin, ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args], { encoding: 'utf8' }) : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const took = performance.now() - t0;
  if (r.status !== 0) throw new Error(`trade-facts index failed: ${r.stderr}`);
  const rss = /maxrss=(\d+)/.exec(r.stderr ?? '')?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { ms: took, rssMB: rss ? Number(rss) / 1024 : undefined, cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined, beat: JSON.parse(fs.readFileSync(out, 'utf8')) };
}

export async function beatBench(row: (...cells: string[]) => void): Promise<void> {
  console.log('\n6. Beat index');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-beat-bench-'));
  try {
    const beat = generateBeat(ARTICLES);
    let words = 0;
    for (const [name, text] of beat) {
      fs.writeFileSync(path.join(dir, name), text);
      words += text.split(/\s+/).filter(Boolean).length;
    }
    const out = path.join(dir, 'index.json.out');
    const one = cli(dir, 1, out);
    const two = cli(dir, 2, out);
    const flags = two.beat.flags.reduce<Record<string, number>>((n, f) => ({ ...n, [f.kind]: (n[f.kind] ?? 0) + 1 }), {});
    const same = JSON.stringify(one.beat) === JSON.stringify(two.beat) ? 'same index' : 'INDEXES DIFFER';
    const cpu = (r: { ms: number; cpuS?: number }) => (r.cpuS === undefined ? '' : `, ${r.cpuS.toFixed(1)} s of CPU (${(r.cpuS / (r.ms / 1000)).toFixed(2)} cores busy)`);
    const load = os.loadavg()[0].toFixed(1);
    row(
      `Beat index, CLI: ${ARTICLES.toLocaleString('en-US')} articles (${words.toLocaleString('en-US')} words)`,
      `2 workers: ${(two.ms / 1000).toFixed(1)} s${cpu(two)} (${two.beat.people.length} people; flags ${Object.entries(flags).map(([k, v]) => `${v} ${k}`).join(', ')})${two.rssMB ? `; peak ${two.rssMB.toFixed(0)} MB` : ''}`,
      `1 worker: ${(one.ms / 1000).toFixed(1)} s${cpu(one)}${one.rssMB ? `; peak ${one.rssMB.toFixed(0)} MB` : ''}; ${same}; load average ${load} on ${os.cpus().length} cores`,
      `${(one.ms / two.ms).toFixed(2)}× speed-up from 1 to 2 workers; ${(two.ms / 1000).toFixed(1)} s (target ≤ 30 s)`,
    );

    // Worker threads streaming digests into the index, as the extension host receives them.
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const index = new BeatIndex();
    const pool = new IndexPool(path.join(root, 'dist/indexWorker.js'), 2);
    let longest = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last - 1);
      last = now;
    }, 1);
    const t0 = performance.now();
    // As in the extension host: each digest is merged as it arrives; the lists are rebuilt when the run ends.
    await pool.run(beat.map(([name]) => path.join(dir, name)), {
      onReply: (r) => {
        if (r.type === 'digest') index.set(r.digest);
      },
    });
    clearInterval(tick);
    const poolMs = performance.now() - t0;
    await pool.close();
    const fullSnapshot = (() => {
      const s = performance.now();
      index.snapshot();
      return performance.now() - s;
    })();
    gc();
    const heapIndex = process.memoryUsage().heapUsed - heap0;
    row(
      'Beat index, main thread while 2 worker threads index 1,000 articles',
      `longest busy stretch ${ms(longest)} ms (receiving and merging each digest); run ${(poolMs / 1000).toFixed(1)} s`,
      `then the lists rebuilt once for the view: ${ms(fullSnapshot)} ms`,
      `longest stretch ${ms(longest)} ms (target ≤ 50 ms)`,
    );

    // A save: the editor already has the article's analysis; the index digests it and merges it.
    const saves: number[] = [];
    const edited = beat.slice(0, 40).map(([name, text]) => {
      const t = text.replace(/Marrowby/g, 'Marowby').replace(/reached \$/, 'reached about $');
      return { file: path.join(dir, name), text: t, analysis: analyze(t) };
    });
    for (const e of edited) {
      const s = performance.now();
      index.set(digestArticle(e.file, e.text, e.analysis));
      index.snapshot();
      saves.push(performance.now() - s);
    }
    row(
      'Beat index, after a save (digest + merge + snapshot of 1,000 articles)',
      `p50 ${ms(pct(saves, 0.5))} ms, p95 ${ms(pct(saves, 0.95))} ms, max ${ms(Math.max(...saves))} ms (${saves.length} saves)`,
      `rebuilding from scratch instead: ${(poolMs / 1000).toFixed(1)} s`,
      `p95 ${ms(pct(saves, 0.95))} ms (target ≤ 200 ms)`,
    );
    row(
      'Beat index, memory',
      `index of 1,000 articles kept in the extension host: ${mb(heapIndex)} MB of heap (${(heapIndex / ARTICLES / 1024).toFixed(0)} KB per article)`,
      `each worker thread's heap is capped at 1,024 MB; CLI peak ${two.rssMB ? `${two.rssMB.toFixed(0)} MB` : 'n/a'} with 2 workers`,
      'bounded: grows with the articles indexed, not with edits',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Run alone: build, measure, and put this section's rows into bench/RESULTS.md in place of the old ones. */
if (process.argv[1] && /bench[\\/]beat\.ts$/.test(process.argv[1])) {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  const rows: string[][] = [];
  void beatBench((...cells) => {
    rows.push(cells);
    console.log(cells.join('  |  '));
  }).then(() => {
    const file = path.join(__dirname, 'RESULTS.md');
    const kept = fs.readFileSync(file, 'utf8').trimEnd().split('\n').filter((l) => !l.startsWith('| Beat index'));
    fs.writeFileSync(file, [...kept, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n'));
    console.log('\nBeat index rows written to bench/RESULTS.md');
  });
}
