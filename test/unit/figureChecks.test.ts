import assert from 'node:assert/strict';
import type { Figure } from '../../src/core/types';
import { impliedValues, otherMentions, statedDifferently } from '../../src/core/figureChecks';
import { measureOf, precisionOf } from '../../src/core/figureWords';

type Spec = [text: string, kind: Figure['kind'], value: number, unit: string];

/** Figures as the core would give them, for one or more sentences of an invented article. */
function article(...sentences: [string, ...Spec[]][]): Figure[] {
  const out: Figure[] = [];
  let offset = 0;
  for (const [sentence, ...specs] of sentences) {
    let from = 0;
    for (const [text, kind, value, unit] of specs) {
      const at = sentence.indexOf(text, from);
      assert.ok(at >= 0, `fixture: "${text}" in "${sentence}"`);
      from = at + text.length;
      out.push({ id: `f${out.length + 1}`, because: [], start: offset + at, end: offset + at + text.length, text, kind, value, unit, sentence, sentenceStart: offset });
    }
    offset += sentence.length + 1;
  }
  return out;
}

const money = (text: string, value: number): Spec => [text, 'money', value, 'USD'];
const pct = (text: string, value: number): Spec => [text, 'percent', value, '%'];

describe('figureChecks: other mentions of the same value', () => {
  const figs = article(
    ['The deficit reached $295.4 billion last year.', money('$295.4 billion', 295.4e9)],
    ['Exports were $295.4 billion too, and 30% went by sea.', money('$295.4 billion', 295.4e9), pct('30%', 30)],
    ['Tariffs of 30% applied.', pct('30%', 30)],
  );
  it('mentions: same kind, unit and value elsewhere', () => {
    assert.deepEqual(otherMentions(figs, figs[0]).map((f) => f.id), ['f2']);
    assert.deepEqual(otherMentions(figs, figs[2]).map((f) => f.id), ['f4']);
  });
  it('mentions: none for a value stated once', () => {
    const one = article(['Exports fell to $4 million.', money('$4 million', 4e6)]);
    assert.deepEqual(otherMentions(one, one[0]), []);
  });
});

describe('figureChecks: what a change statement implies', () => {
  const cases: [string, Spec[], number, { of: string; value: number; change?: RegExp }][] = [
    ['The deficit reached $295.4 billion, a 5.8% increase from 2023.', [money('$295.4 billion', 295.4e9), pct('5.8%', 5.8)], 0, { of: '2023', value: 279206049149.338, change: /5\.8% increase from 2023/ }],
    ['Exports rose 10% to $110 million.', [pct('10%', 10), money('$110 million', 110e6)], 1, { of: 'the earlier value', value: 100e6, change: /^10% increase$/ }],
    ['Exports fell 20% to $80 million last year.', [pct('20%', 20), money('$80 million', 80e6)], 1, { of: 'the earlier value', value: 100e6, change: /^20% decrease$/ }],
    ['Sales climbed 25% from $40 million.', [pct('25%', 25), money('$40 million', 40e6)], 1, { of: 'the later value', value: 50e6 }],
    ['Seen from the percentage: imports were $50 million, a 25% rise.', [money('$50 million', 50e6), pct('25%', 25)], 1, { of: 'the earlier value', value: 40e6 }],
  ];
  for (const [sentence, specs, index, want] of cases) {
    it(`implied: "${sentence}"`, () => {
      const figs = article([sentence, ...specs]);
      const iv = impliedValues(figs, figs[index]);
      assert.equal(iv.length, 1, `implied: one implied value, got ${JSON.stringify(iv)}`);
      assert.equal(iv[0].of, want.of);
      assert.ok(Math.abs(iv[0].implied.value - want.value) < 1, `implied: ${iv[0].implied.value} ≈ ${want.value}`);
      if (want.change) assert.match(iv[0].change, want.change);
    });
  }
  it('implied: "from $X to $Y" gives the change, beside the stated one', () => {
    const figs = article(['Shipments rose 6% from $100 million to $112 million.', pct('6%', 6), money('$100 million', 100e6), money('$112 million', 112e6)]);
    const change = impliedValues(figs, figs[2]).find((x) => x.of === 'the change');
    assert.ok(change);
    assert.equal(change.implied.value, 12);
    assert.equal(change.stated?.text, '6%');
  });
  it('implied: a percentage that is no change implies nothing', () => {
    const figs = article(['A tariff of 25% applies to $3 billion of steel.', pct('25%', 25), money('$3 billion', 3e9)]);
    assert.deepEqual(impliedValues(figs, figs[1]), []);
  });
  it('implied: a fall of 100% or more implies no earlier value', () => {
    const figs = article(['Exports fell 100% to $0.', pct('100%', 100), money('$0', 0)]);
    assert.deepEqual(impliedValues(figs, figs[1]), []);
  });
});

describe('figureChecks: the same quantity stated differently', () => {
  it('differently: the deficit given as two values is a conflict both ways', () => {
    const figs = article(
      ["Valdoria's trade deficit reached $295.4 billion, up from 2023.", money('$295.4 billion', 295.4e9)],
      ['Analysts said the deficit was nearer $291 billion once re-exports were counted.', money('$291 billion', 291e9)],
    );
    assert.deepEqual(statedDifferently(figs, figs[0]).map((d) => [d.other.id, d.kind, d.measure]), [['f2', 'conflict', 'deficit']]);
    assert.deepEqual(statedDifferently(figs, figs[1]).map((d) => [d.other.id, d.kind]), [['f1', 'conflict']]);
  });
  it('differently: a rounded form agrees after rounding', () => {
    const figs = article(['Exports were $295.4 billion.', money('$295.4 billion', 295.4e9)], ['Some $295 billion left port.', money('$295 billion', 295e9)]);
    assert.deepEqual(statedDifferently(figs, figs[0]).map((d) => d.kind), ['rounded']);
  });
  it('differently: "nearly $300 billion" allows for the word "nearly"', () => {
    const figs = article(['Imports were $295.4 billion.', money('$295.4 billion', 295.4e9)], ['Ministers said nearly $300 billion.', money('$300 billion', 300e9)]);
    assert.deepEqual(statedDifferently(figs, figs[0]).map((d) => d.kind), ['rounded']);
  });
  it('differently: different years are different quantities', () => {
    const figs = article(['The deficit was $295.4 billion in 2024.', money('$295.4 billion', 295.4e9)], ['The deficit was $250 billion in 2019.', money('$250 billion', 250e9)]);
    assert.deepEqual(statedDifferently(figs, figs[0]), []);
  });
  it('differently: unrelated amounts are not flagged', () => {
    const figs = article(['The deficit was $295.4 billion.', money('$295.4 billion', 295.4e9)], ['Imports of crane parts came to $1.2 billion.', money('$1.2 billion', 1.2e9)]);
    assert.deepEqual(statedDifferently(figs, figs[0]), []);
  });
  it('differently: figures in the same sentence are not compared', () => {
    const figs = article(['The deficit grew from $250 billion to $295.4 billion.', money('$250 billion', 250e9), money('$295.4 billion', 295.4e9)]);
    assert.deepEqual(statedDifferently(figs, figs[0]), []);
  });
});

describe('figureWords: precision and measure', () => {
  const table: [Spec, number][] = [
    [money('$295.4 billion', 295.4e9), 1e8],
    [money('$3 billion', 3e9), 1e9],
    [money('$1.25m', 1.25e6), 1e4],
    [pct('30%', 30), 1],
    [pct('5.8%', 5.8), 0.1],
  ];
  for (const [spec, step] of table) {
    it(`precision: ${spec[0]} is stated to ${step}`, () => {
      const [f] = article([`It was ${spec[0]}.`, spec]);
      assert.ok(Math.abs(precisionOf(f).step - step) < step * 1e-9, `precision: ${precisionOf(f).step}`);
    });
  }
  it('measure: the word before a figure wins over one after it; "re-exports" is not exports', () => {
    const [f] = article(['the deficit was nearer $291 billion once re-exports were counted', money('$291 billion', 291e9)]);
    assert.equal(measureOf(f), 'deficit');
  });
});
