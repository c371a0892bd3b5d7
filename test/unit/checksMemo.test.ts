// The figure checks reused while a keystroke only moves the figures and rates (src/core/checksMemo.ts).
import { strict as assert } from 'node:assert';
import { ChecksMemo } from '../../src/core/checksMemo';
import { figureChecks } from '../../src/core/figureChecks';
import { analyze } from '../../src/core/analyze';
import type { Figure, TariffRate } from '../../src/core/types';

describe('checks memo: figure checks while figures and rates only move', () => {
  const text = 'Canada moved on Monday. The tariff on American steel stands at 25% in 2026.\n\nCanada moved on Tuesday. The tariff on American steel stands at 20% in 2026.';
  const typed = text.replace('moved on Monday', 'moved again on Monday');
  const counting = () => {
    let runs = 0;
    const check = (f: readonly Figure[], r: readonly TariffRate[]) => (runs++, figureChecks(f, r));
    return { check, runs: () => runs };
  };

  it('checks memo: typing in a sentence without figures reuses the checks; changing a rate does not', () => {
    const memo = new ChecksMemo();
    const { check, runs } = counting();
    const first = analyze(text);
    const checks = memo.checks(first.figures, first.tariffs, check);
    assert.equal(checks.map((c) => c.kind).join(), 'stated-differently');
    const moved = analyze(typed);
    assert.deepEqual(memo.checks(moved.figures, moved.tariffs, check), checks);
    assert.equal(runs(), 1, 'the moved figures and rates are not checked again');
    // The same figures with a rate's imposer changed: checked afresh.
    const rates = moved.tariffs.map((t, i) => (i === 1 ? { ...t, imposer: 'Chile' } : t));
    const afresh = memo.checks(moved.figures, rates, check);
    assert.deepEqual(afresh, figureChecks(moved.figures, rates));
    assert.equal(afresh.length, 0);
    assert.equal(runs(), 2);
  });
});
