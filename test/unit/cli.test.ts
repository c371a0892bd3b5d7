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

  it('cli: whitespace-only text is refused, a byte-order mark dropped (as editors do)', () => {
    assert.throws(() => decodeArticle(new TextEncoder().encode('  \n\t ')), ArticleError);
    assert.equal(decodeArticle(new TextEncoder().encode('\uFEFFHi')), 'Hi');
  });
});
