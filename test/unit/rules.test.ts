// One test per example and counter-example row of every rule record (src/core/rules): each
// sentence is analysed whole, the fact it names is found, and the rule must (or must not) be
// among the fact's reasons, with the fields the row expects.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { RULES, type FactKind, type RuleExample } from '../../src/core/rules';
import type { Analysis } from '../../src/core/types';

type Fact = { because: string[] } & Record<string, unknown>;

const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim() : v);

/** The fact a row names: by its span for figures, rates and quotes; by any form for people and organizations. */
export function factOf(a: Analysis, kind: FactKind, ex: RuleExample): Fact | undefined {
  const occ = ex.occurrence ?? 1;
  let at = -1;
  for (let k = 0; k < occ; k++) at = ex.text.indexOf(ex.fact, at + 1);
  const spanned = (list: Array<{ start: number; end: number; text: string }>) =>
    list.find((f) => f.start === at && f.end === at + ex.fact.length) ?? list.find((f) => f.start <= at && at < f.end);
  switch (kind) {
    case 'figure':
      return spanned(a.figures) as unknown as Fact;
    case 'tariff':
      return spanned(a.tariffs) as unknown as Fact;
    case 'quote':
      return a.quotes.find((q) => (norm(q.text) as string).startsWith(norm(ex.fact) as string)) as unknown as Fact;
    case 'person':
      return a.people.find((p) => norm(p.name) === norm(ex.fact) || p.mentions.some((m) => norm(m.text) === norm(ex.fact))) as unknown as Fact;
    case 'organization':
      return a.organizations.find((o) => norm(o.name) === norm(ex.fact) || o.aliases.some((x) => norm(x) === norm(ex.fact))) as unknown as Fact;
  }
}

function checkFields(fact: Fact, ex: RuleExample, label: string) {
  for (const [k, want] of Object.entries(ex.expect ?? {})) assert.equal(norm(fact[k]), norm(want), `${label}: ${k}`);
}

describe('rules as data: every example row of every rule', () => {
  it('rule ids are unique, and every rule has an example and a counter-example', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate rule ids');
    for (const r of RULES) {
      assert.ok(r.examples.length > 0, `${r.id} has no example`);
      assert.ok(r.counterExamples.length > 0, `${r.id} has no counter-example`);
      assert.ok(r.reason.trim().length > 0, `${r.id} has no reason`);
      assert.match(r.id, new RegExp(`^${r.kind === 'person' ? 'person' : r.kind}\\.`), `${r.id} is not prefixed by its kind`);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      rule.examples.forEach((ex, i) => {
        it(`example ${i + 1}: ${ex.text.slice(0, 70)}`, () => {
          const fact = factOf(analyze(ex.text), rule.kind, ex);
          const label = `${rule.id} example ${i + 1} (${ex.fact})`;
          assert.ok(fact, `${label}: no ${rule.kind} found`);
          assert.ok(fact.because.includes(rule.id), `${label}: decided by [${fact.because.join(', ')}], not ${rule.id}`);
          checkFields(fact, ex, label);
        });
      });
      rule.counterExamples.forEach((ex, i) => {
        it(`counter-example ${i + 1}: ${ex.text.slice(0, 70)}`, () => {
          const fact = factOf(analyze(ex.text), rule.kind, ex);
          const label = `${rule.id} counter-example ${i + 1} (${ex.fact})`;
          if (!fact) {
            // The rule's point may be that no such fact exists ("50% of exports" is no tariff rate).
            assert.ok(!ex.expect || Object.keys(ex.expect).length === 0, `${label}: no ${rule.kind} found, but fields were expected`);
            return;
          }
          assert.ok(!fact.because.includes(rule.id), `${label}: ${rule.id} decided it, and must not`);
          checkFields(fact, ex, label);
        });
      });
    });
  }
});
