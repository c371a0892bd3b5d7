import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findArticles } from '../../src/node/beat/findArticles';
import { IndexPool } from '../../src/node/beat/pool';
import type { IndexReply } from '../../src/node/beat/messages';

// The built command line and index worker (npm test builds first).
const DIST = path.join(__dirname, '../../dist');
const CLI = path.join(DIST, 'cli.js');
const BEAT = path.join(__dirname, '../fixtures/beat');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, 'index', ...args], { encoding: 'utf8' });
const json = (...args: string[]) => {
  const r = run('--format', 'json', ...args);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};

describe('beat cli: trade-facts index', function () {
  this.timeout(60_000); // each case starts Node and its worker threads; the machine may be busy
  before(() => assert.ok(fs.existsSync(CLI) && fs.existsSync(path.join(DIST, 'indexWorker.js')), 'dist/cli.js and dist/indexWorker.js are built'));

  it('beat cli: a folder of articles gives the schema, with a flag of each kind pointing into the files', () => {
    const beat = json(BEAT);
    assert.equal(beat.schema, 1);
    assert.equal(beat.articles.length, 3);
    assert.deepEqual(beat.flags.map((f: { kind: string }) => f.kind).sort(), ['figure', 'spelling', 'title']);
    for (const f of beat.flags) {
      for (const p of f.places) assert.equal(fs.readFileSync(p.file, 'utf8').slice(p.start, p.end), p.text, f.message);
    }
    const ilse = beat.people.find((p: { name: string }) => p.name === 'Ilse Marrowby');
    assert.deepEqual(ilse.articles.map((a: { file: string; mentions: number }) => [path.basename(a.file), a.mentions]), [['port-strike.txt', 1], ['steel-quota.md', 3]]);
    assert.deepEqual(beat.tariffs.map((t: { imposer: string; target: string; rate: number }) => `${t.imposer} → ${t.target}: ${t.rate}%`), ['Canada → Brazilian steel: 35%', 'Canada → Mexican tires: 20%']);
    assert.deepEqual(beat.skipped, []);
  });

  it('beat cli: one worker and two give the same index', () => {
    assert.deepEqual(json('--workers', '1', BEAT), json('--workers', '2', BEAT));
  });

  it('beat cli: Markdown by default, flags first', () => {
    const r = run(BEAT);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^# Beat index\n\n3 articles/);
    assert.match(r.stdout, /## Flags[\s\S]*\*\*spelling\*\*: “Ilse Marrowby” and “Ilse Marowby”[\s\S]*## People/);
    assert.match(r.stdout, /\| Rosa Delacroix \| chief executive; president \|/);
  });

  it('beat cli: binary, missing and odd files are counted and listed; fact sheets, hidden folders and node_modules are passed over', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-beat-'));
    try {
      fs.copyFileSync(path.join(BEAT, 'steel-quota.md'), path.join(dir, 'steel-quota.md'));
      fs.writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]));
      fs.writeFileSync(path.join(dir, 'empty.md'), '');
      fs.writeFileSync(path.join(dir, 'steel-quota.facts.md'), '# Fact sheet: steel-quota.md\n');
      for (const hidden of ['node_modules/pkg', '.trade-facts']) {
        fs.mkdirSync(path.join(dir, hidden), { recursive: true });
        fs.copyFileSync(path.join(BEAT, 'tire-duties.md'), path.join(dir, hidden, 'tire-duties.md'));
      }
      const r = run('--format', 'json', dir, path.join(dir, 'gone.md'));
      assert.equal(r.status, 0, r.stderr);
      const beat = JSON.parse(r.stdout);
      assert.deepEqual(beat.articles.map((a: { file: string }) => path.basename(a.file)), ['steel-quota.md']);
      assert.deepEqual(beat.skipped.map((s: { file: string; reason: string }) => [path.basename(s.file), s.reason]), [
        ['empty.md', 'is empty'],
        ['gone.md', 'does not exist'],
        ['scan.txt', 'looks like a binary file, not text'],
      ]);
      assert.equal(beat.factSheetsSkipped, 1);
      assert.match(r.stderr, /3 files skipped/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('beat cli: usage mistakes exit 2 with the usage', () => {
    for (const args of [[], ['--workers', '0', BEAT], ['--format', 'csv', BEAT], ['-']]) {
      const r = run(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /usage: trade-facts/);
    }
  });
});

describe('beat cli: the worker pool', function () {
  this.timeout(60_000);

  it('beat cli: a file deleted after it was found is reported as gone, the rest indexed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-beat-'));
    const pool = new IndexPool(path.join(DIST, 'indexWorker.js'), 2);
    try {
      for (const f of fs.readdirSync(BEAT)) fs.copyFileSync(path.join(BEAT, f), path.join(dir, f));
      const found = findArticles([dir]);
      assert.equal(found.files.length, 3);
      fs.rmSync(path.join(dir, 'port-strike.txt'));
      const replies: IndexReply[] = [];
      await pool.run(found.files, { onReply: (r) => replies.push(r) });
      const by = Object.fromEntries(replies.map((r) => [path.basename(r.file), r.type === 'skipped' ? r.reason : 'digest']));
      assert.deepEqual(by, { 'port-strike.txt': 'does not exist', 'steel-quota.md': 'digest', 'tire-duties.md': 'digest' });
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('beat cli: the editor’s pool runs its workers below the main thread’s priority; the command line’s does not', async function () {
    if (!fs.existsSync('/proc/thread-self')) this.skip(); // only Linux lowers one thread alone
    const niceOfThreads = () =>
      fs.readdirSync(`/proc/${process.pid}/task`).map((tid) => Number(fs.readFileSync(`/proc/${process.pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]));
    const files = fs.readdirSync(BEAT).map((f) => path.join(BEAT, f));
    for (const background of [true, false]) {
      const pool = new IndexPool(path.join(DIST, 'indexWorker.js'), 2, { background });
      try {
        await pool.run(files, { onReply: () => undefined });
        const lowered = niceOfThreads().filter((n) => n === 10).length;
        assert.equal(lowered, background ? 2 : 0, `background: ${background}`);
      } finally {
        await pool.close();
      }
    }
    assert.equal(niceOfThreads()[0], 0, 'the main thread keeps its priority');
  });

  it('beat cli: a cancelled run stops handing out files', async () => {
    const pool = new IndexPool(path.join(DIST, 'indexWorker.js'), 1);
    try {
      const files = fs.readdirSync(BEAT).map((f) => path.join(BEAT, f));
      const replies: IndexReply[] = [];
      await pool.run([...files, ...files], { onReply: (r) => replies.push(r), cancelled: () => replies.length >= 2 });
      assert.equal(replies.length, 2);
    } finally {
      await pool.close();
    }
  });
});
