// One lexicon: words live in src/core/lexicon/, built with wordList() and rx(). This test runs the
// lexicon lint (scripts/lib/lexiconLint.mjs) over all of src/ and fails on every regex alternation
// of five or more words pasted elsewhere, with one test per source file so each area reads its own.
// Run alone: npx mocha --import=tsx test/unit/lexicon.test.ts   (or: npm run test:unit -- --grep "lexicon:")
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain JavaScript build script, without type declarations
import { findWordLists } from '../../scripts/lib/lexiconLint.mjs';

interface Found {
  file: string;
  line: number;
  text: string;
}

const root = path.resolve(__dirname, '../..');
const found: Found[] = findWordLists();
const byFile = new Map<string, Found[]>();
for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

/** "src/core/tariffs/target.ts:13  to|by|if|after|as…", one line per pasted list. */
const listing = (list: Found[]): string => list.map((f) => `  ${f.file}:${f.line}  ${f.text}`).join('\n');

// Every TypeScript file under src/ but the lexicon itself, as paths relative to the repository.
const sources = (fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => path.join('src', f))
  .filter((f) => !f.startsWith(path.join('src', 'core', 'lexicon') + path.sep))
  .sort();

describe('lexicon: no word list pasted outside src/core/lexicon/', () => {
  it('lexicon: the lint sees every source file and skips the lexicon itself', () => {
    assert.ok(sources.length > 20, `${sources.length} files under src/`);
    assert.ok(!found.some((f) => f.file.startsWith('src/core/lexicon/')), 'the lexicon is where words belong');
  });

  it('lexicon: all of src/ is free of pasted word lists', () => {
    assert.equal(found.length, 0, `${found.length} word list(s) outside src/core/lexicon/ (move them to a lexicon module, build with wordList/rx):\n${listing(found)}`);
  });

  for (const file of sources) {
    const rel = file.split(path.sep).join('/');
    it(`lexicon: ${rel}`, () => {
      const mine = byFile.get(rel) ?? [];
      assert.equal(mine.length, 0, `${mine.length} word list(s) in ${rel}:\n${listing(mine)}`);
    });
  }
});
