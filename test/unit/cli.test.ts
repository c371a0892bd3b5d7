import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleError, decodeArticle } from '../../src/core/readArticle';

// The built command line (npm test builds first).
const CLI = path.join(__dirname, '../../dist/cli.js');
const ARTICLE = path.join(__dirname, '../fixtures/render-article.txt');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('cli: trade-facts on good input', function () {
  this.timeout(20_000); // each case starts a Node process; the machine may be busy
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is built'));

  it('cli: --format json prints the schema for one file with offsets into it', () => {
    const r = run('--format', 'json', ARTICLE);
    assert.equal(r.status, 0, r.stderr);
    const obj = JSON.parse(r.stdout);
    assert.equal(obj.schema, 3);
    assert.equal(obj.file, ARTICLE);
    const text = fs.readFileSync(ARTICLE, 'utf8');
    assert.ok(obj.figures.length > 0);
    for (const f of obj.figures) assert.equal(text.slice(f.start, f.end), f.text);
  });

  it('cli: runs from V8\'s code cache after the first run, and the same without one or with a broken one', () => {
    // A copy of the two files in a folder of its own, so the shared dist/ is not touched.
    const dir = fs.mkdtempSync(path.join(tmp, 'cache-'));
    for (const f of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(path.dirname(CLI), f), path.join(dir, f));
    const cache = path.join(dir, 'cli-main.js.v8cache');
    const runCopy = () => spawnSync(process.execPath, [path.join(dir, 'cli.js'), '--format', 'json', ARTICLE], { encoding: 'utf8' });
    const first = runCopy();
    assert.equal(first.status, 0, first.stderr);
    assert.ok(fs.statSync(cache).size > 10_000, 'the first run writes the cache');
    const written = fs.statSync(cache).mtimeMs;
    const second = runCopy();
    assert.equal(second.stdout, first.stdout);
    assert.equal(fs.statSync(cache).mtimeMs, written, 'an accepted cache is not written again');
    fs.writeFileSync(cache, 'not a code cache');
    const broken = runCopy();
    assert.equal(broken.status, 0, broken.stderr);
    assert.equal(broken.stdout, first.stdout);
    assert.ok(fs.statSync(cache).size > 10_000, 'a rejected cache is replaced');
    // Another build of the same length (V8 itself compares lengths only): its cache is not used, it is made anew.
    const made = fs.readFileSync(cache);
    const bundle = path.join(dir, 'cli-main.js');
    const source = fs.readFileSync(bundle, 'utf8');
    const at = source.indexOf('"use strict"');
    assert.ok(at >= 0, 'the bundle has a "use strict" to change');
    fs.writeFileSync(bundle, `${source.slice(0, at)}'use strict'${source.slice(at + 12)}`);
    assert.equal(fs.statSync(bundle).size, Buffer.byteLength(source), 'the same length');
    const rebuilt = runCopy();
    assert.equal(rebuilt.status, 0, rebuilt.stderr);
    assert.equal(rebuilt.stdout, first.stdout);
    assert.ok(!fs.readFileSync(cache).equals(made), "another build's cache is replaced, not run");
  });

  it('cli: Markdown is the default, several files give several sheets', () => {
    const r = run(ARTICLE, ARTICLE);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.match(/^# Fact sheet: /gm)?.length, 2);
  });

  it('cli: "-" reads the article from standard input', () => {
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', '-'], { input: 'Canada imposed a 25% surtax on steel.', encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).figures[0].text, '25%');
  });

  it('cli: a reader that stops early is not an error', function () {
    this.timeout(60_000);
    const big = path.join(tmp, 'long.txt');
    fs.writeFileSync(big, 'The U.S. raised tariffs on steel to 25% from 10%. '.repeat(4000));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" --format json "${big}" | head -c 10`], { encoding: 'utf8' });
    assert.equal(r.stdout.length, 10);
    assert.doesNotMatch(r.stderr, /EPIPE|Error/);
  });

  it('cli: --out writes a file and refuses to overwrite it without --force', () => {
    const out = path.join(tmp, 'sheet.csv');
    assert.equal(run(ARTICLE, '--format', 'csv', '--out', out).status, 0);
    const first = fs.readFileSync(out, 'utf8');
    assert.match(first, /^\uFEFFkind,text,value/);
    fs.writeFileSync(out, 'precious');
    const again = run(ARTICLE, '--out', out);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists \(use --force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'precious');
    assert.equal(run(ARTICLE, '--out', out, '--force').status, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /^# Fact sheet/);
  });
});

describe('cli: trade-facts on bad input', function () {
  this.timeout(20_000);
  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => path.join(tmp, 'nope.txt'), /nope\.txt does not exist/],
    ['a directory', () => tmp, /is a directory/],
    ['an empty file', () => (fs.writeFileSync(path.join(tmp, 'empty.txt'), ''), path.join(tmp, 'empty.txt')), /empty\.txt is empty/],
    ['a binary file', () => (fs.writeFileSync(path.join(tmp, 'x.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), path.join(tmp, 'x.bin')), /x\.bin looks like a binary/],
    ['a 200 MB file', () => {
      const big = path.join(tmp, 'huge.txt');
      fs.closeSync(fs.openSync(big, 'w'));
      fs.truncateSync(big, 200 * 1024 * 1024); // sparse: no disk used
      return big;
    }, /huge\.txt is too large \(200\.0 MB/],
    ['a named pipe (reading it would block)', () => {
      const fifo = path.join(tmp, 'pipe.txt');
      spawnSync('mkfifo', [fifo]);
      return fifo;
    }, /pipe\.txt is not a regular file/],
    ['invalid UTF-8', () => (fs.writeFileSync(path.join(tmp, 'latin1.txt'), Buffer.from('Tarif \xe9lev\xe9 de 25%', 'latin1')), path.join(tmp, 'latin1.txt')), /not valid UTF-8/],
  ];
  for (const [what, make, message] of bad) {
    it(`cli: ${what} gets a one-line error naming the file and a non-zero exit`, () => {
      const file = make();
      const r = run('--format', 'json', file);
      assert.notEqual(r.status, 0);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    });
  }

  it('cli: an unknown format or no file is a usage error', () => {
    assert.equal(run('--format', 'pdf', ARTICLE).status, 2);
    assert.equal(run().status, 2);
  });

  it('cli: options in every form node:util parseArgs reads (--format=json, -f json, -o, --force, -h)', () => {
    const long = run('--format=json', ARTICLE);
    assert.equal(long.status, 0, long.stderr);
    assert.equal(JSON.parse(long.stdout).schema >= 2, true);
    const short = run('-f', 'json', ARTICLE);
    assert.equal(short.stdout, long.stdout);
    assert.match(run('-h').stdout, /^usage: trade-facts/);
    const unknown = run('--colour', ARTICLE);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--colour/);
    assert.equal(run('--format').status, 2, 'a missing value is a usage error');
    assert.match(run('-', '-').stderr, /standard input \(-\) can be read only once/);
  });

  it('cli: whitespace-only text is refused, a byte-order mark dropped (as editors do)', () => {
    assert.throws(() => decodeArticle(new TextEncoder().encode('  \n\t ')), ArticleError);
    assert.equal(decodeArticle(new TextEncoder().encode('\uFEFFHi')), 'Hi');
  });
});

describe('cli: trade-facts check and mark', function () {
  this.timeout(30_000);
  // An original article; the places, people and companies are invented.
  const STORY = [
    'Velmora trims duties on bicycle frames',
    '',
    'By Mara Quill',
    '',
    'HALDEN, March 3 (Tradewire) — Exports of bicycle parts from Velmora rose 12% to $4.2 billion last year, the Velmora Trade Office said.',
    '',
    'The ministry will cut its 35% tariff on Dravonian aluminium frames to 20% from May 1.',
    '',
    'Duties on saddles stay at 9%, and duties on pedals stay at 9%.',
  ].join('\n');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const cli = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...env, ...extraEnv } });
  const json = (file: string) => {
    const r = cli(['check', '--format', 'json', file]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  const figure = (obj: { figures: Array<{ text: string }>; tariffs: Array<{ text: string }> }, text: string) =>
    [...obj.tariffs, ...obj.figures].find((f) => f.text === text) as { text: string; check: Record<string, string> };
  const workspace = () => {
    const ws = fs.mkdtempSync(path.join(tmp, 'ws-'));
    fs.mkdirSync(path.join(ws, '.trade-facts'));
    fs.mkdirSync(path.join(ws, 'drafts', 'march'), { recursive: true });
    const article = path.join(ws, 'drafts', 'march', 'frames.md');
    fs.writeFileSync(article, STORY);
    return { ws, article, ledger: path.join(ws, '.trade-facts', 'drafts', 'march', 'frames.md.json') };
  };

  it('cli: mark then check: the mark is in the ledger above the article and every fact has a check', () => {
    const { article, ledger } = workspace();
    const r = cli(['mark', article, '--fact', '$4.2 billion', '--status', 'verified', '--note', 'matches table 3', '--source', 'Trade Office release', '--by', 'Ada Fenwick']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /marked figure "\$4\.2 billion" \(line 5\) verified/);
    const file = JSON.parse(fs.readFileSync(ledger, 'utf8'));
    assert.equal(file.format, 1);
    const [entry] = Object.values(file.entries) as Array<Record<string, string>>;
    assert.deepEqual([entry.text, entry.status, entry.note, entry.source, entry.by], ['$4.2 billion', 'verified', 'matches table 3', 'Trade Office release', 'Ada Fenwick']);
    assert.ok(!Number.isNaN(Date.parse(entry.at)));
    const obj = json(article);
    assert.equal(obj.schema, 3);
    assert.deepEqual(obj.head, { headline: 'Velmora trims duties on bicycle frames', byline: 'Mara Quill', dateline: 'HALDEN, March 3 (Tradewire)', date: 'March 3' });
    assert.deepEqual(figure(obj, '$4.2 billion').check, { status: 'verified', note: 'matches table 3', source: 'Trade Office release', by: 'Ada Fenwick', at: entry.at });
    assert.equal(figure(obj, '12%').check.status, 'unchecked');
    for (const kind of ['people', 'organizations', 'figures', 'tariffs', 'quotes']) for (const f of obj[kind]) assert.ok(f.check, `${kind}: every fact has a check`);
    assert.deepEqual(obj.orphans, []);
  });

  it('cli: edits after marking: an edit elsewhere keeps the mark, an edited figure is changed, a deleted one an orphan', () => {
    const { article } = workspace();
    assert.equal(cli(['mark', article, '--fact', '$4.2 billion', '--status', 'verified', '--by', 'A']).status, 0);
    assert.equal(cli(['mark', article, '--fact', '35%', '--status', 'disputed', '--note', 'gazette says 30%', '--by', 'A']).status, 0);
    fs.writeFileSync(article, STORY.replace('By Mara Quill', 'By Mara Quill and Deo Tan').replace('$4.2 billion', '$4.7 billion'));
    let obj = json(article);
    assert.equal(figure(obj, '$4.7 billion').check.status, 'changed');
    assert.equal(figure(obj, '$4.7 billion').check.was, '$4.2 billion');
    assert.equal(figure(obj, '35%').check.status, 'disputed');
    fs.writeFileSync(article, STORY.replace('The ministry will cut its 35% tariff on Dravonian aluminium frames to 20% from May 1.\n\n', ''));
    obj = json(article);
    assert.deepEqual(obj.orphans.map((o: { text: string; status: string }) => [o.text, o.status]), [['35%', 'disputed']]);
    const md = cli(['check', article]);
    assert.match(md.stdout, /## Marks whose fact is gone \(1\)/);
    const csv = cli(['check', '--format', 'csv', article]);
    assert.match(csv.stdout, /^\uFEFFkind,text,value,unit,status,note,source,line/);
    assert.match(csv.stdout, /\norphan:tariff,35%,,,disputed,gazette says 30%/);
  });

  it('cli: mark --status unchecked clears; --occurrence picks among facts that read the same', () => {
    const { article, ledger } = workspace();
    const twice = cli(['mark', article, '--fact', '9%', '--status', 'verified', '--by', 'A']);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /"9%" is 2 facts; say which with --occurrence 1 to 2 \(lines 9, 9\)/);
    assert.equal(twice.stderr.trim().split('\n').length, 1);
    assert.equal(cli(['mark', article, '--fact', '9%', '--occurrence', '2', '--status', 'verified', '--by', 'A']).status, 0);
    const checks = json(article).figures.filter((f: { text: string }) => f.text === '9%').map((f: { check: { status: string } }) => f.check.status);
    assert.deepEqual(checks, ['unchecked', 'verified']);
    assert.equal(cli(['mark', article, '--fact', '9%', '--occurrence', '2', '--status', 'unchecked']).status, 0);
    assert.deepEqual(JSON.parse(fs.readFileSync(ledger, 'utf8')).entries, {});
    const missing = cli(['mark', article, '--fact', '$5 billion', '--status', 'verified']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no fact reads "\$5 billion"/);
  });

  it('cli: without .trade-facts/ above it, the ledger goes in the article’s own folder; --by defaults to git user.name', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'lone-'));
    const article = path.join(dir, 'note.txt');
    fs.writeFileSync(article, STORY);
    const gitconfig = path.join(dir, 'gitconfig');
    fs.writeFileSync(gitconfig, '[user]\n\tname = Desk Tester\n');
    const r = cli(['mark', article, '--fact', '12%', '--status', 'verified'], { GIT_CONFIG_GLOBAL: gitconfig });
    assert.equal(r.status, 0, r.stderr);
    const ledger = path.join(dir, '.trade-facts', 'note.txt.json');
    const [entry] = Object.values(JSON.parse(fs.readFileSync(ledger, 'utf8')).entries) as Array<{ by: string }>;
    assert.equal(entry.by, 'Desk Tester');
    assert.ok(!fs.readdirSync(path.join(dir, '.trade-facts')).some((f) => f.endsWith('.tmp')), 'no temporary file left');
  });

  const unreadable: Array<[string, string, RegExp]> = [
    ['of a newer format', '{\n  "entries": {},\n  "format": 2\n}\n', /frames\.md\.json was written by a newer Trade Facts \(ledger format 2; this version reads format 1\)/],
    ['that is not valid JSON', '{"format": 1, "entries": {"x": ', /frames\.md\.json is not valid JSON/],
    ['that is not an object', '"just a string"', /is not a Trade Facts ledger/],
  ];
  for (const [what, content, message] of unreadable) {
    it(`cli: a ledger ${what} is refused in one line and left byte for byte`, () => {
      const { article, ledger } = workspace();
      fs.mkdirSync(path.dirname(ledger), { recursive: true });
      fs.writeFileSync(ledger, content);
      const mark = cli(['mark', article, '--fact', '12%', '--status', 'verified', '--by', 'A']);
      assert.equal(mark.status, 1);
      assert.match(mark.stderr, message);
      assert.match(mark.stderr, /read-only until it is fixed/);
      assert.equal(mark.stderr.trim().split('\n').length, 1);
      const check = cli(['check', article]);
      assert.equal(check.status, 1);
      assert.equal(check.stdout, '');
      assert.match(check.stderr, message);
      assert.equal(fs.readFileSync(ledger, 'utf8'), content);
      assert.deepEqual(fs.readdirSync(path.dirname(ledger)), ['frames.md.json']);
    });
  }

  it('cli: mark and check usage errors exit 2 with the usage', () => {
    const { article } = workspace();
    for (const args of [['mark', article, '--fact', '12%'], ['mark', article, '--fact', '12%', '--status', 'approved'], ['mark', '--fact', '12%', '--status', 'verified'], ['mark', article, '--fact', '12%', '--status', 'verified', '--occurrence', '0'], ['check'], ['check', article, '--colour']]) {
      const r = cli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /usage: trade-facts/);
    }
    assert.equal(cli(['check', '--help']).status, 0);
  });
});
