import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { globRegExp, findSourceFiles } from '../../src/node/sources/findSources';
import { readSourceFile, MAX_SOURCE_BYTES } from '../../src/node/sources/readSourceFile';
import { loadSources } from '../../src/node/sources/loadSources';
import { sourceArgs } from '../../src/cli/sources';

// The built command line (npm test builds first), run from the fixture folder so paths read short.
const CLI = path.join(__dirname, '../../dist/cli.js');
const DIR = path.join(__dirname, '../fixtures/source-check');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: DIR });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-sources-'));

interface Sourced {
  text: string;
  sourceCheck: { status: string; file: string | null; line: number | null; time: string | null; speaker: string | null; speakerDiffers: boolean; differences: Array<{ expected: string; found: string; serious: boolean }>; row?: string; column?: string } | null;
}

describe('sources cli: trade-facts check --sources', function () {
  this.timeout(30_000);
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  let json: { quotes: Sourced[]; figures: Sourced[] };
  const quote = (start: string) => json.quotes.find((q) => q.text.startsWith(start))?.sourceCheck;
  const figure = (text: string) => json.figures.find((f) => f.text === text)?.sourceCheck;

  before(() => {
    const r = run('check', 'article.md', '--sources', 'sources', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    json = JSON.parse(r.stdout);
  });

  it('sources cli: an article inside the sources folder is not its own source', () => {
    // "--sources ." takes in article.md itself: its quotes must still be found in the real sources, never in itself.
    const r = run('check', 'article.md', '--sources', '.', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const own = (JSON.parse(r.stdout) as { quotes: Sourced[] }).quotes.filter((q) => q.sourceCheck?.file === 'article.md');
    assert.deepEqual(own.map((q) => q.text), []);
  });

  it('sources cli: a verbatim quote names the transcript, line, time and speaker', () => {
    assert.deepEqual(quote('Our exporters'), { status: 'verbatim', file: 'sources/interview-lee.srt', line: 15, time: '00:12:35', speaker: 'LEE', speakerDiffers: false, differences: [], serious: false, excerpt: 'Our exporters shipped more steel last year than in any year' });
    assert.equal(quote('Small suppliers')?.status, 'verbatim');
    assert.equal(quote('Small suppliers')?.speaker, 'Ana Ruiz');
  });

  it('sources cli: the quote that drops a "not" is altered, seriously', () => {
    const c = quote('We will accept');
    assert.equal(c?.status, 'altered');
    assert.deepEqual(c?.differences, [{ expected: 'not', found: '', serious: true }]);
  });

  it('sources cli: a quote the transcript gives to someone else says so', () => {
    const c = quote('The quota fight');
    assert.deepEqual([c?.status, c?.speaker, c?.speakerDiffers], ['verbatim', 'INTERVIEWER', true]);
  });

  it('sources cli: an altered word and a quote in no source', () => {
    assert.deepEqual(quote('We asked')?.differences, [{ expected: 'timetable', found: 'timeline', serious: false }]);
    assert.equal(quote('Nobody')?.status, 'not-found');
  });

  it('sources cli: figures are found (press release, CSV cell, .docx), rounded, different or not found', () => {
    assert.deepEqual([figure('$4.2 billion')?.status, figure('$4.2 billion')?.file], ['found', 'sources/release.md']);
    assert.deepEqual([figure('$498.2 million')?.status, figure('$498.2 million')?.row, figure('$498.2 million')?.column], ['found', 'Copper wire', '2025 (US$ million)']);
    assert.deepEqual([figure('1,850')?.status, figure('1,850')?.file, figure('1,850')?.line], ['found', 'sources/notes.docx', 2]);
    assert.equal(figure('$3.9 billion')?.status, 'rounded');
    assert.equal(figure('$2.4 billion')?.status, 'different');
    assert.equal(figure('$7.7 billion')?.status, 'not-found');
  });

  it('sources cli: Markdown shows a Source check column and a Source line under each quote', () => {
    const r = run('check', 'article.md', '--sources', 'sources/interview-lee.srt', 'sources/release.md');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\| Source check \|/);
    assert.match(r.stdout, /Found in release\.md, line 5/);
    assert.match(r.stdout, /- Source: Altered from interview-lee\.srt at 00:12:25: “not” left out \(a negation or number differs\)/);
    assert.match(r.stderr, /interview-lee\.srt: cue at line 25 has no timing; skipped/);
  });

  it('sources cli: --strict exits 1 when a quote is altered, 0 when none is', () => {
    assert.equal(run('check', 'article.md', '--sources', 'sources', '--strict', '--format', 'json').status, 1);
    assert.equal(run('check', 'article.md', '--sources', 'sources/notes.docx', '--strict', '--format', 'json').status, 0);
  });

  it('sources cli: unreadable sources are skipped with one line each, and the rest are still checked', () => {
    fs.writeFileSync(path.join(tmp, 'corrupt.docx'), 'PK\u0003\u0004 not really a zip');
    fs.writeFileSync(path.join(tmp, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    fs.copyFileSync(path.join(DIR, 'sources/release.md'), path.join(tmp, 'release.md'));
    const r = run('check', 'article.md', '--sources', tmp, 'sources/missing.srt', '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /corrupt\.docx is not a readable Word document; skipped/);
    assert.match(r.stderr, /binary\.txt looks like a binary file, not text; skipped/);
    assert.match(r.stderr, /sources\/missing\.srt names no source file; skipped/);
    assert.match(r.stderr, /3 sources skipped, 1 read/);
    assert.equal(JSON.parse(r.stdout).figures.find((f: Sourced) => f.text === '$4.2 billion').sourceCheck.status, 'found');
  });

  it('sources cli: --sources without a path is a usage error; without --sources there is no sourceCheck', () => {
    assert.equal(run('check', 'article.md', '--sources').status, 2);
    const plain = JSON.parse(run('check', 'article.md', '--format', 'json').stdout);
    assert.equal('sourceCheck' in plain.quotes[0], false);
  });
});

describe('sources cli: finding and reading files', () => {
  it('sources cli: globs match across folders, names and alternatives', () => {
    assert.ok(globRegExp('sources/**/*.srt').test('sources/a/b/x.srt'));
    assert.ok(globRegExp('sources/**/*.srt').test('sources/x.srt'));
    assert.ok(!globRegExp('sources/*.srt').test('sources/a/x.srt'));
    assert.ok(globRegExp('notes/*.{md,txt}').test('notes/a.txt'));
  });

  it('sources cli: a folder gives its source files; a glob only those it matches; a missing path is named', () => {
    const all = findSourceFiles(['sources'], DIR);
    assert.deepEqual(all.files.map((f) => path.basename(f)), ['exports.csv', 'interview-lee.srt', 'notes.docx', 'release.md', 'ruiz-call.vtt']);
    const srt = findSourceFiles(['sources/*.{srt,vtt}', 'nowhere/'], DIR);
    assert.deepEqual(srt.files.map((f) => path.basename(f)), ['interview-lee.srt', 'ruiz-call.vtt']);
    assert.deepEqual(srt.missing, ['nowhere/']);
  });

  it('sources cli: a file over the size limit is skipped without being read', async () => {
    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-huge-')), 'huge.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_SOURCE_BYTES + 1);
    const r = await readSourceFile(big, 'huge.txt');
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /is too large \(20\.0 MB; the limit is 20 MB\)/);
    fs.rmSync(path.dirname(big), { recursive: true, force: true });
  });

  it('sources cli: .docx is read with mammoth into paragraphs', async () => {
    const r = await readSourceFile(path.join(DIR, 'sources/notes.docx'), 'notes.docx');
    assert.ok(r.ok);
    assert.equal(r.ok && r.doc.passages[1].text, 'The association counted 1,850 jobs shed at member foundries since the quotas began.');
  });

  it('sources cli: loading names the parts of files it skipped', async () => {
    const { library, skipped, notes } = await loadSources(['sources'], DIR);
    assert.equal(library.fileCount, 5);
    assert.deepEqual(skipped, []);
    assert.deepEqual(notes, ['sources/exports.csv: 1 row has a different number of cells than the header', 'sources/interview-lee.srt: cue at line 25 has no timing; skipped']);
  });

  it('sources cli: --sources takes every path up to the next option', () => {
    assert.deepEqual(sourceArgs(['a.md', '--sources', 'x', 'y', '--strict', '--sources=z']), { sources: ['x', 'y', 'z'], rest: ['a.md', '--strict'] });
    assert.deepEqual(sourceArgs(['a.md']), { sources: null, rest: ['a.md'] });
  });
});

describe('sources cli: the editor’s source worker (dist/sourceWorker.js)', function () {
  this.timeout(30_000);

  it('sources cli: the worker reads a .docx and a transcript, checks an article, forgets a removed source and names a bad one', async () => {
    const { Worker } = await import('node:worker_threads');
    const { analyze } = await import('../../src/core/analyze');
    const worker = new Worker(path.join(__dirname, '../../dist/sourceWorker.js'));
    const replies: Array<Record<string, unknown>> = [];
    worker.on('message', (r) => replies.push(r));
    const ask = async (req: Record<string, unknown>) => {
      const n = replies.length;
      worker.postMessage(req);
      while (replies.length === n) await new Promise((r) => setTimeout(r, 10));
      return replies[n];
    };
    try {
      const bytes = (f: string) => new Uint8Array(fs.readFileSync(path.join(DIR, f)));
      assert.deepEqual(await ask({ type: 'put', id: 1, file: 'notes.docx', bytes: bytes('sources/notes.docx') }), { type: 'put', id: 1, file: 'notes.docx', ok: true, problems: [], words: 31, ms: (replies[0] as { ms: number }).ms });
      assert.equal((await ask({ type: 'put', id: 2, file: 'interview-lee.srt', bytes: bytes('sources/interview-lee.srt') })).ok, true);
      assert.deepEqual(await ask({ type: 'put', id: 3, file: 'bad.docx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2]) }), { type: 'put', id: 3, file: 'bad.docx', ok: false, reason: 'is not a readable Word document' });
      const a = analyze('The association says foundries have shed 1,850 jobs. "The quota fight is far from over for the mills," Kim Lee said.');
      const check = async (id: number) => new Map((await ask({ type: 'check', id, quotes: a.quotes, figures: a.figures })).checks as Array<[string, { status: string; file: string; speakerDiffers: boolean }]>);
      const first = await check(4);
      assert.deepEqual([first.get(a.figures[0].id)?.status, first.get(a.figures[0].id)?.file], ['found', 'notes.docx']);
      assert.deepEqual([first.get(a.quotes[0].id)?.status, first.get(a.quotes[0].id)?.speakerDiffers], ['verbatim', true]);
      assert.equal((await ask({ type: 'remove', id: 5, file: 'notes.docx' })).type, 'removed');
      assert.equal((await check(6)).get(a.figures[0].id)?.status, 'not-found');
    } finally {
      await worker.terminate();
    }
  });
});
