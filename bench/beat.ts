/**
 * The beat index at scale: 1,000 generated articles (about 600,000 words) indexed by
 * `trade-facts index` with one worker thread and with two; the longest stretch the main thread is
 * busy over a whole run (digests streaming in, then the lists built in slices as the extension host
 * builds them); a save merged and the lists rebuilt; memory; and a folder of 10,000 files with
 * binary, unreadable, deleted and renamed ones. Run alone with `node --expose-gc --import tsx bench/beat.ts` (it then updates its own
 * rows of bench/RESULTS.md), or as part of `npm run bench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { analyze } from '../src/core/analyze';
import { BeatIndex, digestArticle, type ArticleDigest } from '../src/core/beat';
import { IndexPool } from '../src/node/beat/pool';
import { generateBeat } from './beatCorpus';

const root = path.resolve(__dirname, '..');
const ARTICLES = 1_000;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (b: number) => (b / 1048576).toFixed(1);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

/** The main thread's time on a core so far (ns), from Linux's scheduler statistics; undefined elsewhere. */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const onCpuNs = (): number | undefined => {
  try {
    return Number(fs.readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
};

interface Stretches {
  /** The longest gap between two ticks (ms): the longest the thread could not answer. */
  longest: number;
  /** Of that gap, how long the thread was on a core (ms): the rest it waited for one. */
  longestOnCpu?: number;
  /** The most time on a core within any one gap (ms): the longest the thread itself was busy. */
  busiest?: number;
}

/**
 * Watches the main thread: a 1 ms interval timer that notes how late each tick comes. The longest
 * gap is the longest the thread could not answer (what a user would feel as a stall). On a loaded
 * machine a gap can also be time spent waiting for a core, so each gap's time on a core is read
 * too (Linux schedstat): that part is the thread's own work.
 */
function stretchWatch(): { stop(): Stretches } {
  const seen: Stretches = { longest: 0 };
  let last = performance.now();
  let lastCpu = onCpuNs();
  const tick = setInterval(() => {
    const now = performance.now();
    const cpu = onCpuNs();
    const gap = now - last - 1;
    const onCpu = cpu !== undefined && lastCpu !== undefined ? (cpu - lastCpu) / 1e6 : undefined;
    if (gap > seen.longest) Object.assign(seen, { longest: gap, longestOnCpu: onCpu });
    if (onCpu !== undefined) seen.busiest = Math.max(seen.busiest ?? 0, onCpu);
    last = now;
    lastCpu = cpu;
  }, 1);
  return {
    stop: () => {
      clearInterval(tick);
      return { ...seen };
    },
  };
}

/** The most the thread itself was on a core within one gap, over the watches given. */
const busiest = (...watches: Stretches[]) => {
  const most = Math.max(...watches.map((w) => w.busiest ?? NaN));
  return Number.isNaN(most) ? '' : `; the thread's own longest stretch on a core ${ms(most)} ms`;
};

/** A watch's reading in words: the longest gap, and how much of it the thread was on a core. */
const stretchWords = (s: Stretches) => `${ms(s.longest)} ms${s.longestOnCpu === undefined ? '' : ` (${ms(s.longestOnCpu)} ms of it on a core)`}`;

/** The lists built as the extension host builds them: 12 ms slices, the thread handed back by a timer. */
async function inSlices(index: BeatIndex): Promise<{ ms: number; slices: number }> {
  let slices = 1;
  const s = performance.now();
  await index.snapshotInSlices({ budgetMs: 12, now: () => performance.now(), pause: () => (slices++, new Promise((r) => setTimeout(r, 0))) });
  return { ms: performance.now() - s, slices };
}

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

    // Worker threads streaming digests into the index, as the extension host receives them, then
    // the lists built for the view in slices (as beatWorkspace.ts does): the ticker watches the
    // main thread over the whole of it.
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const index = new BeatIndex();
    const digests: ArticleDigest[] = [];
    const pool = new IndexPool(path.join(root, 'dist/indexWorker.js'), 2, { background: true });
    const watch = stretchWatch();
    const t0 = performance.now();
    await pool.run(beat.map(([name]) => path.join(dir, name)), {
      onReply: (r) => {
        if (r.type !== 'digest') return;
        index.set(r.digest);
        digests.push(r.digest);
      },
    });
    const poolMs = performance.now() - t0;
    const streaming = watch.stop();
    const listWatch = stretchWatch();
    const listed = await inSlices(index);
    const building = listWatch.stop();
    await pool.close();
    // The baseline: the same lists built in one go, as before (same digests, a fresh index).
    const atOnce = new BeatIndex();
    for (const d of digests) atOnce.set(d);
    const s1 = performance.now();
    atOnce.snapshot();
    const oneGo = performance.now() - s1;
    gc();
    const heapIndex = process.memoryUsage().heapUsed - heap0;
    row(
      'Beat index, main thread while 2 worker threads index 1,000 articles, lists built at the end included',
      `longest stretch ${stretchWords(streaming)} while digests streamed in (run ${(poolMs / 1000).toFixed(1)} s); ${stretchWords(building)} while the lists were built in ${listed.slices} slices (${ms(listed.ms)} ms in all)${busiest(streaming, building)}`,
      `the same lists built in one go: ${ms(oneGo)} ms on the thread`,
      `longest stretch ${ms(Math.max(streaming.longest, building.longest))} ms (target ≤ 50 ms)`,
    );

    // A save: the editor already has the article's analysis; the index digests it, merges it and
    // builds the lists again in slices. Timed from the save to the lists ready, thread watched throughout.
    const saves: number[] = [];
    const edited = beat.slice(0, 40).map(([name, text]) => {
      const t = text.replace(/Marrowby/g, 'Marowby').replace(/reached \$/, 'reached about $');
      return { file: path.join(dir, name), text: t, analysis: analyze(t) };
    });
    const saveWatch = stretchWatch();
    for (const e of edited) {
      const s = performance.now();
      index.set(digestArticle(e.file, e.text, e.analysis));
      await inSlices(index);
      saves.push(performance.now() - s);
    }
    const saveStretch = saveWatch.stop();
    row(
      'Beat index, after a save (digest + merge + lists rebuilt in slices, 1,000 articles)',
      `p50 ${ms(pct(saves, 0.5))} ms, p95 ${ms(pct(saves, 0.95))} ms, max ${ms(Math.max(...saves))} ms (${saves.length} saves); longest main-thread stretch ${stretchWords(saveStretch)}${busiest(saveStretch)}`,
      `rebuilding from scratch instead: ${(poolMs / 1000).toFixed(1)} s`,
      `p95 ${ms(pct(saves, 0.95))} ms (target ≤ 200 ms); stretch ${ms(saveStretch.longest)} ms (target ≤ 50 ms)`,
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
  await scaleBench(row);
}

const SCALE = 10_000;

/**
 * A folder of 10,000 small articles (about 60 words each), with binary, empty and chmod-000 files
 * and a link that loops, and files deleted and renamed while `trade-facts index` runs: its time,
 * peak memory and what it skipped and why; then the same folder streamed into an index in this
 * process with the main thread watched, as the extension host would.
 */
async function scaleBench(row: (...cells: string[]) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-beat-scale-bench-'));
  try {
    const beat = generateBeat(SCALE - 20, 40, 1015);
    for (const [name, text] of beat) fs.writeFileSync(path.join(dir, name), text);
    for (let i = 0; i < 10; i++) fs.writeFileSync(path.join(dir, `scan-${i}.md`), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, i]));
    for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `empty-${i}.md`), '');
    for (let i = 0; i < 5; i++) fs.chmodSync(path.join(dir, beat[i * 100][0]), 0);
    fs.symlinkSync('loop.md', path.join(dir, 'loop.md'));
    // Deleted and renamed while the run goes: the last files in its order, two seconds in.
    const late = beat.slice(-40).map(([name]) => name);
    const out = path.join(dir, 'index.json.out');
    const args = [path.join(root, 'dist/cli.js'), 'index', dir, '--format', 'json', '--workers', '2', '--out', out, '--force'];
    const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
    const t0 = performance.now();
    const child = timeBin ? spawn(timeBin, ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args]) : spawn(process.execPath, args);
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const changed = new Promise<void>((resolve) =>
      setTimeout(() => {
        fs.mkdirSync(path.join(dir, 'moved'));
        for (const name of late.slice(0, 20)) fs.rmSync(path.join(dir, name));
        for (const name of late.slice(20)) fs.renameSync(path.join(dir, name), path.join(dir, 'moved', name));
        resolve();
      }, 2_000),
    );
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await changed;
    const took = performance.now() - t0;
    if (status !== 0) throw new Error(`trade-facts index failed: ${stderr}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { articles: unknown[]; people: unknown[]; flags: unknown[]; skipped: Array<{ reason: string }> };
    const reasons = result.skipped.reduce<Record<string, number>>((n, s) => ({ ...n, [s.reason]: (n[s.reason] ?? 0) + 1 }), {});
    const rss = /maxrss=(\d+)/.exec(stderr)?.[1];
    const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(stderr);
    const root0 = typeof process.getuid === 'function' && process.getuid() === 0;
    row(
      `Beat index, CLI: a folder of ${SCALE.toLocaleString('en-US')} files (${beat.length.toLocaleString('en-US')} small articles, 10 binary, 5 empty, 5 chmod 000, a looping link; 20 deleted and 20 renamed during the run)`,
      `2 workers: ${(took / 1000).toFixed(1)} s${cpu ? `, ${(Number(cpu[1]) + Number(cpu[2])).toFixed(1)} s of CPU` : ''}${rss ? `; peak ${(Number(rss) / 1024).toFixed(0)} MB` : ''}; ${result.articles.length.toLocaleString('en-US')} indexed (${result.people.length} people, ${result.flags.length} flags)`,
      `${result.skipped.length} skipped: ${Object.entries(reasons).map(([r, n]) => `${n} “${r}”`).join(', ')}${root0 ? ' (run as root: chmod 000 files are readable and were indexed)' : ''}`,
      `every file indexed or skipped with why; exit 0, no crash`,
    );

    // The same folder streamed into an index on this thread, lists built in slices at the end.
    for (let i = 0; i < 5; i++) fs.chmodSync(path.join(dir, beat[i * 100][0]), 0o644);
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const index = new BeatIndex();
    const pool = new IndexPool(path.join(root, 'dist/indexWorker.js'), 2, { background: true });
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
    const watch = stretchWatch();
    const t1 = performance.now();
    let skipped = 0;
    await pool.run(files, { onReply: (r) => (r.type === 'digest' ? index.set(r.digest) : skipped++) });
    const streaming = watch.stop();
    const listWatch = stretchWatch();
    const listed = await inSlices(index);
    const building = listWatch.stop();
    const runMs = performance.now() - t1;
    await pool.close();
    gc();
    const heap = process.memoryUsage().heapUsed - heap0;
    row(
      `Beat index, main thread while 2 worker threads index ${files.length.toLocaleString('en-US')} files, lists built at the end included`,
      `longest stretch ${stretchWords(streaming)} while digests streamed in (run ${(runMs / 1000).toFixed(1)} s; ${index.size.toLocaleString('en-US')} indexed, ${skipped} skipped); ${stretchWords(building)} while the lists were built in ${listed.slices} slices (${ms(listed.ms)} ms in all)${busiest(streaming, building)}`,
      `index kept: ${mb(heap)} MB of heap (${(heap / Math.max(1, index.size) / 1024).toFixed(1)} KB per article)`,
      `longest stretch ${ms(Math.max(streaming.longest, building.longest))} ms (target ≤ 50 ms)`,
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
