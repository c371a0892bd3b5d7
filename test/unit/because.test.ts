// Every fact says why (issue 12): over every original article in the repo, each figure, tariff
// rate, person, organization, quote and figure check carries `because`, and each id in it names a
// registered rule whose reason the hover card can show.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ruleById } from '../../src/core/rules';
import { reasonsOf } from '../../src/core/rules/explain';

const ROOT = path.join(__dirname, '../..');
const DIRS = ['test/eval/articles', 'test/eval-holdout/articles', 'test/fixtures', 'samples'];
const articles = DIRS.flatMap((d) => {
  const dir = path.join(ROOT, d);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(dir, f)) : [];
});

describe('because: every fact says which rules decided it', () => {
  it('there are articles to read', () => assert.ok(articles.length >= 20, `only ${articles.length} articles`));
  for (const file of articles) {
    it(`because: ${path.relative(ROOT, file)}`, () => {
      const a = analyze(fs.readFileSync(file, 'utf8'));
      const facts: Array<[string, { because: string[] }]> = [
        ...a.figures.map((f) => [`figure ${f.text}`, f] as [string, { because: string[] }]),
        ...a.tariffs.map((t) => [`tariff ${t.text}`, t] as [string, { because: string[] }]),
        ...a.people.map((p) => [`person ${p.name}`, p] as [string, { because: string[] }]),
        ...a.organizations.map((o) => [`organization ${o.name}`, o] as [string, { because: string[] }]),
        ...a.quotes.map((q) => [`quote ${q.text.slice(0, 30)}`, q] as [string, { because: string[] }]),
        ...a.checks.map((c) => [`check ${c.kind}`, c] as [string, { because: string[] }]),
      ];
      for (const [label, fact] of facts) {
        assert.ok(fact.because.length > 0, `${label} has no reason`);
        for (const id of fact.because) assert.ok(ruleById(id), `${label}: rule ${id} is not registered`);
        assert.ok(reasonsOf(fact as never).every((r) => r.length > 0 && !/\{\w+\}/.test(r)), `${label}: a reason with an unfilled placeholder`);
      }
    });
  }
});
