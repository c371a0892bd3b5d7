// The figure checks reused while everything they are made from is as it was (src/core/checksMemo.ts):
// the figures and rates only moved, or a sentence typed into reads the same.
import { strict as assert } from 'node:assert';
import { ChecksMemo } from '../../src/core/checksMemo';
import { figureChecks } from '../../src/core/figureChecks';
import { analyze } from '../../src/core/analyze';
import type { Figure, TariffRate } from '../../src/core/types';

describe('checks memo: figure checks while figures and rates only move', () => {
  const text = 'Canada moved on Monday. The tariff on American steel stands at 25% in 2026.\n\nCanada moved on Tuesday. The tariff on American steel stands at 20% in 2026.';
  const typed = text.replace('moved on Monday', 'moved again on Monday');
  // The figures as the checks are handed them: before the checks' own rules are added to their reasons.
  const read = (t: string) => {
    const a = analyze(t);
    return { figures: a.figures.map((f) => ({ ...f, because: f.because.filter((id) => !id.startsWith('figure.check.')) })), tariffs: a.tariffs };
  };
  const counting = () => {
    let runs = 0;
    const check = (f: readonly Figure[], r: readonly TariffRate[]) => (runs++, figureChecks(f, r));
    return { check, runs: () => runs };
  };

  it('checks memo: typing in a sentence without figures reuses the checks; changing a rate does not', () => {
    const memo = new ChecksMemo();
    const { check, runs } = counting();
    const first = read(text);
    const checks = memo.checks(first.figures, first.tariffs, check);
    assert.equal(checks.map((c) => c.kind).join(), 'stated-differently');
    const moved = read(typed);
    assert.deepEqual(memo.checks(moved.figures, moved.tariffs, check), checks);
    assert.equal(runs(), 1, 'the moved figures and rates are not checked again');
    // The same figures with a rate's imposer changed: checked afresh.
    const rates = moved.tariffs.map((t, i) => (i === 1 ? { ...t, imposer: 'Chile' } : t));
    const afresh = memo.checks(moved.figures, rates, check);
    assert.deepEqual(afresh, figureChecks(moved.figures, rates));
    assert.equal(afresh.length, 0);
    assert.equal(runs(), 2);
  });

  it('checks memo: typing in a figure’s sentence that reads the same reuses the checks; one that reads otherwise does not', () => {
    const exports = 'Veland’s copper exports reached $48.2 billion in 2024.\n\nIn 2024, Veland’s copper exports reached $44.8 billion, the ministry added.';
    const memo = new ChecksMemo();
    const { check, runs } = counting();
    const first = read(exports);
    const checks = memo.checks(first.figures, first.tariffs, check);
    assert.equal(checks.map((c) => c.kind).join(), 'stated-differently');
    // A letter typed after the second figure: its sentence changed, its readings did not.
    const retyped = read(exports.replace('ministry added', 'ministry addedd'));
    assert.deepEqual(memo.checks(retyped.figures, retyped.tariffs, check), checks);
    assert.equal(runs(), 1);
    // "In 2024" → "In 2023" before it: another period, read afresh (no longer one quantity stated twice).
    const earlier = read(exports.replace('In 2024,', 'In 2023,'));
    const afresh = memo.checks(earlier.figures, earlier.tariffs, check);
    assert.deepEqual(afresh, figureChecks(earlier.figures, earlier.tariffs));
    assert.equal(runs(), 2);
    assert.equal(afresh.length, 0);
  });

  it('checks memo: a figure whose value is read otherwise in an unchanged sentence is checked afresh', () => {
    const exports = 'Veland’s copper exports reached $48.2 billion in 2024.\n\nIn 2024, Veland’s copper exports reached $44.8 billion, the ministry added.';
    const memo = new ChecksMemo();
    const first = read(exports);
    assert.equal(memo.checks(first.figures, first.tariffs, figureChecks).length, 1);
    // The same sentences and places, the second figure read as the first's value (as a change elsewhere in its paragraph could make it).
    const same = first.figures.map((f, i) => (i === 1 ? { ...f, value: first.figures[0].value } : f));
    assert.deepEqual(memo.checks(same, first.tariffs, figureChecks), figureChecks(same, first.tariffs));
    assert.equal(memo.checks(same, first.tariffs, figureChecks).length, 0);
  });
});
