// The same text gives the same analysis, however many times and in whatever order it is analysed:
// the extension re-analyses on every keystroke and the ledger compares runs. A module-level pattern
// with the global flag keeps its lastIndex between calls, so `.test()` on it answers yes and no in
// turn; one such pattern in a tariff rule made a rate's reason alternate between runs.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';

const root = path.join(__dirname, '..', '..');
const filesIn = (dir: string, ext: RegExp): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesIn(path.join(dir, d.name), ext) : ext.test(d.name) ? [path.join(dir, d.name)] : []));

describe('determinism: the same text, the same analysis', () => {
  it('determinism: no global pattern kept at module level is asked .test() or a lone .exec()', () => {
    const offenders: string[] = [];
    for (const f of filesIn(path.join(root, 'src'), /\.ts$/)) {
      const src = fs.readFileSync(f, 'utf8');
      for (const m of src.matchAll(/^const (\w+)\s*=\s*(?:rx\('([a-z]*)'\)|\/(?:[^/\n\\]|\\.)+\/([a-z]*)\s*;)/gm)) {
        if (!/[gy]/.test(m[2] ?? m[3] ?? '')) continue;
        // A loop that resets lastIndex (or runs to the end) is fine; a yes/no test is not.
        if (new RegExp(`\\b${m[1]}\\.test\\(`).test(src)) offenders.push(`${path.relative(root, f)}: ${m[1]}.test()`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('determinism: every tuned article analysed three times in a row gives the same analysis', function () {
    this.timeout(120000);
    const articles = filesIn(path.join(root, 'test', 'eval', 'articles'), /\.txt$/).sort();
    assert.ok(articles.length >= 50, `${articles.length} articles`);
    for (const f of articles) {
      const text = fs.readFileSync(f, 'utf8');
      const first = analyze(text);
      assert.deepStrictEqual(analyze(text), first, `${path.basename(f)}: second run`);
      assert.deepStrictEqual(analyze(text), first, `${path.basename(f)}: third run`);
    }
  });
});
