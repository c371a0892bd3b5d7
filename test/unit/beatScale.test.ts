// A folder of 10,000 files through the beat index's real path (findArticles → worker threads →
// BeatIndex, what `trade-facts index` runs), with binary, empty and unreadable files, a link that
// loops, and files deleted, renamed and replaced by folders while the run goes: every file is
// either indexed or skipped with its reason, and nothing throws.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beatReport } from '../../src/core/beat';
import { indexPaths } from '../../src/node/beat/indexPaths';

const WORKER = path.join(__dirname, '../../dist/indexWorker.js');
const FILES = 10_000;
const CAST = [['Trade Minister', 'Ilse Varnholt'], ['Finance Minister', 'Tomas Rudnik'], ['chief economist', 'Petra Oyelaran']];
const PORTS = ['Halifax', 'Vancouver', 'Montreal', 'Saint John'];

/** A one-paragraph brief written here: one in ten names a minister or economist (one of them misspelt once). */
function brief(i: number): string {
  const port = PORTS[i % PORTS.length];
  if (i % 10) return `# ${port} note ${i}\n\nShipments through ${port} fell ${(i % 17) + 1}.${i % 10}% in the ${['first', 'second', 'third'][i % 3]} quarter.\n`;
  const [title, name] = CAST[(i / 10) % CAST.length];
  const spelt = i === 510 ? name.replace('Varnholt', 'Varnhold') : name;
  return `# ${port} brief ${i}\n\n${title} ${spelt} said on Monday that shipments through ${port} rose ${(i % 13) + 2}% in 2025.\n`;
}

const name = (i: number) => `brief-${String(i).padStart(5, '0')}.md`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('beat scale: a folder of 10,000 files', function () {
  this.timeout(240_000); // about 10–40 s on this 2-core machine, more when other work shares it
  let dir: string;
  before(function () {
    assert.ok(fs.existsSync(WORKER), 'dist/indexWorker.js is built');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-beat-scale-'));
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, name(i)), brief(i));
  });
  after(() => {
    for (let i = 0; i < FILES; i++) fs.rmSync(path.join(dir, name(i)), { force: true, recursive: true }); // chmod 000 files go too
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('beat scale: every file is indexed or skipped with why, whatever happens to it during the run', async () => {
    const binary = [1, 2, 3, 4, 5].map((k) => k * 1000 + 1);
    const empty = [6001, 6002, 6003];
    const unreadable = [7001, 7002];
    for (const i of binary) fs.writeFileSync(path.join(dir, name(i)), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2]));
    for (const i of empty) fs.writeFileSync(path.join(dir, name(i)), '');
    for (const i of unreadable) fs.chmodSync(path.join(dir, name(i)), 0);
    fs.symlinkSync('loop.md', path.join(dir, 'loop.md')); // a link to itself: ELOOP, even for root
    // Near the end of the run's order, so the run has found them but not yet read them when they change.
    const deleted = Array.from({ length: 20 }, (_, k) => 9900 + k);
    const renamed = Array.from({ length: 20 }, (_, k) => 9950 + k);
    const foldered = [9980, 9981, 9982];
    let replies = 0;
    let changed = false;
    const { beat, skipped } = await indexPaths([dir], {
      workerScript: WORKER,
      workers: 2,
      onReply: () => {
        if (++replies !== 200) return;
        for (const i of deleted) fs.rmSync(path.join(dir, name(i)));
        fs.mkdirSync(path.join(dir, 'moved'));
        for (const i of renamed) fs.renameSync(path.join(dir, name(i)), path.join(dir, 'moved', name(i)));
        for (const i of foldered) {
          fs.rmSync(path.join(dir, name(i)));
          fs.mkdirSync(path.join(dir, name(i)));
        }
        changed = true;
      },
    });
    assert.ok(changed, 'the files were changed during the run');
    const reasons = new Map<string, string>(skipped.map((s) => [path.basename(s.file), s.reason]));
    const expect = new Map<string, string>([
      ...binary.map((i) => [name(i), 'looks like a binary file, not text'] as const),
      ...empty.map((i) => [name(i), 'is empty'] as const),
      ...deleted.map((i) => [name(i), 'does not exist'] as const),
      ...renamed.map((i) => [name(i), 'does not exist'] as const),
      ...foldered.map((i) => [name(i), 'is a directory, not a file'] as const),
      ['loop.md', 'cannot be read (ELOOP)'],
      // chmod 000 stops every user but root: as root the files are read and indexed like the rest.
      ...(isRoot ? [] : unreadable.map((i) => [name(i), 'cannot be read (EACCES)'] as const)),
    ]);
    assert.deepEqual(Object.fromEntries([...reasons].sort()), Object.fromEntries([...expect].sort()));
    // Every one of the 10,000 files and the link is accounted for, once.
    assert.equal(beat.articles.length + skipped.length, FILES + 1);
    assert.equal(beat.articles.length, FILES - expect.size + 1);
    assert.ok(beat.articles.every((a) => !reasons.has(path.basename(a.file))));
    if (isRoot) for (const i of unreadable) assert.ok(beat.articles.some((a) => a.file.endsWith(name(i))), `${name(i)} (read as root)`);
    // The index itself is whole: the minister across her briefs, the misspelling flagged.
    const ilse = beat.people.find((p) => p.name === 'Ilse Varnholt');
    assert.ok(ilse && ilse.articles.length >= 300, `Ilse Varnholt in ${ilse?.articles.length} briefs`);
    assert.ok(beat.flags.some((f) => f.kind === 'spelling' && /Varnhold/.test(f.message)), 'the spelling flag');
    assert.match(beatReport(beat, skipped), new RegExp(`; ${skipped.length} files skipped\\.[\\s\\S]*## Skipped files[\\s\\S]*brief-09950\\.md: does not exist`));
  });
});
