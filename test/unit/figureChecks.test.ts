import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Figure, FigureCheck } from '../../src/core/types';
import { figureChecks, otherMentions } from '../../src/core/figureChecks';
import { precisionOf, readFigures } from '../../src/core/figureWords';
import { apartRules, pairingRules } from '../../src/core/figures/checkRules';
import { decide, type RuleExample } from '../../src/core/rules/rule';
import { toJsonObject } from '../../src/core/render/json';
import { renderFactSheets } from '../../src/core/render';

const DIR = path.join(__dirname, '../fixtures/checks');

interface Expected {
  kind: FigureCheck['kind'];
  figures: string[];
  discrepancy?: boolean;
  why?: string;
}
type Fixture = { checks: Expected[]; traps: Expected[] };

/** Each figure's name in a fixture: its text, with #n from the second time the same text appears. */
function names(a: Analysis): Map<string, string> {
  const seen = new Map<string, number>();
  return new Map(
    a.figures.map((f) => {
      const n = (seen.get(f.text) ?? 0) + 1;
      seen.set(f.text, n);
      return [f.id, n === 1 ? f.text : `${f.text}#${n}`];
    }),
  );
}

const key = (kind: string, figures: string[]) => `${kind}: ${[...figures].sort().join(' + ')}`;

describe('figure checks on original test articles (test/fixtures/checks)', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Fixture | string>;
  const fixtures = Object.entries(expected).filter((e): e is [string, Fixture] => typeof e[1] === 'object');
  let shown = 0;
  let falseAlarms = 0;
  const wrong: string[] = [];

  for (const [file, fx] of fixtures) {
    describe(file, () => {
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const a = analyze(text);
      const name = names(a);
      const got = new Set(a.checks.map((c) => key(c.kind, c.figures.map((id) => name.get(id) ?? id))));
      const right = new Set(fx.checks.map((c) => key(c.kind, c.figures)));

      for (const c of fx.checks.filter((x) => x.discrepancy)) {
        it(`flags ${key(c.kind, c.figures)} (${c.why})`, () => assert.ok(got.has(key(c.kind, c.figures)), `not flagged; got:\n${[...got].join('\n')}`));
      }
      for (const t of fx.traps) {
        it(`does not flag ${key(t.kind, t.figures)} (${t.why})`, () => assert.ok(!got.has(key(t.kind, t.figures)), 'flagged'));
      }
      it('names only figures of the article', () => {
        for (const c of [...fx.checks, ...fx.traps]) for (const f of c.figures) assert.ok([...name.values()].includes(f), `fixture names "${f}", not a figure of ${file}`);
      });
      shown += got.size;
      for (const g of got) {
        if (!right.has(g)) {
          falseAlarms++;
          wrong.push(`${file}: ${g}`);
        }
      }
    });
  }

  it('has at least 8 true discrepancies and 12 traps', () => {
    assert.ok(fixtures.flatMap(([, f]) => f.checks.filter((c) => c.discrepancy)).length >= 8);
    assert.ok(fixtures.flatMap(([, f]) => f.traps).length >= 12);
  });
  it('no more than 1 in 10 checks shown is a false alarm', () => {
    assert.ok(shown > 0);
    assert.ok(falseAlarms * 10 <= shown, `${falseAlarms} false alarms of ${shown}:\n${wrong.join('\n')}`);
  });
});

describe('figure checks: part of the analysis', () => {
  const text = 'Exports fell 4.1% to $88.2bn in May while imports rose 2.6% to $141.7bn.\n\nThe euro bought $1,4417 on Friday.';
  const a = analyze(text);
  const byText = (t: string) => a.figures.find((f) => f.text === t)!;
  it('each percentage implies a value for its own level only', () => {
    const implied = a.checks.filter((c) => c.kind === 'implied');
    assert.deepEqual(implied.map((c) => c.figures), [[byText('$88.2bn').id, byText('4.1%').id], [byText('$141.7bn').id, byText('2.6%').id]]);
    assert.ok(Math.abs(implied[0].implied!.value - 88.2e9 / 0.959) < 1e3);
    assert.ok(Math.abs(implied[1].implied!.value - 141.7e9 / 1.026) < 1e3);
    assert.match(implied[0].message, /^Fell 4\.1% to \$88\.2bn: implies .* about \$92 billion\.$/);
  });
  it('checks have ids, words and the rules that made them; the figure checked lists the rule too', () => {
    for (const c of a.checks) {
      assert.match(c.id, /^c\d+$/);
      assert.ok(c.message.length > 10);
      assert.ok(c.because.length > 0 && c.because.every((id) => id.startsWith('figure.check.')));
      assert.ok(byText(a.figures.find((f) => f.id === c.figures[0])!.text).because.includes(c.because[0]));
    }
    assert.deepEqual(a.checks.map((c) => c.kind), ['implied', 'implied', 'digit-grouping']);
  });
  it('the JSON carries the checks', () => {
    const json = toJsonObject({ analysis: a, file: 'x.txt', text });
    assert.equal(json.checks.length, 3);
    assert.deepEqual(Object.keys(json.checks[2]).sort(), ['because', 'figures', 'id', 'kind', 'message']);
  });
  it('every fact-sheet format with a checks section lists them, with the line of the figure', () => {
    const article = [{ file: 'x.txt', text, analysis: a }];
    for (const format of ['md', 'html', 'csv'] as const) {
      const out = renderFactSheets(format, article);
      assert.ok(out.includes('implies'), `${format}: no implied value`);
      assert.ok(out.includes('groups its digits oddly'), `${format}: no digit check`);
    }
    assert.match(renderFactSheets('md', article), /Line 3, \$1,4417: /);
    assert.match(renderFactSheets('csv', article), /^check:digit-grouping,"\$1,4417",/m);
  });
  it('stays linear: a long article of repeated sentences is checked quickly', () => {
    const para = 'Exports fell 4.1% to $88.2bn in May while imports rose 2.6% to $141.7bn. The deficit was $53.5bn in May.\n\n';
    const t0 = Date.now();
    const big = analyze(para.repeat(800));
    assert.ok(big.checks.length >= 1600);
    assert.ok(Date.now() - t0 < 15000, `${Date.now() - t0} ms`);
  });
});

describe('figure checks: mentions and precision', () => {
  const f = (id: string, text: string, value: number, sentenceStart = 0): Figure =>
    ({ id, because: [], start: sentenceStart, end: sentenceStart + text.length, text, kind: 'money', value, unit: 'USD', sentence: `It was ${text}.`, sentenceStart });
  it('other mentions: same kind, unit and value elsewhere', () => {
    const figs = [f('f1', '$295.4 billion', 295.4e9), f('f2', '$295.4 billion', 295.4e9, 40), f('f3', '$3 billion', 3e9, 80)];
    assert.deepEqual(otherMentions(figs, figs[0]).map((x) => x.id), ['f2']);
    assert.deepEqual(otherMentions(figs, figs[2]), []);
  });
  const table: [string, number][] = [['$295.4 billion', 1e8], ['$3 billion', 1e9], ['$1.25m', 1e4], ['30%', 1], ['5.8%', 0.1]];
  for (const [text, step] of table) {
    it(`precision: ${text} is stated to ${step}`, () => {
      const x = { ...f('f1', text, 0), sentence: `It was ${text}.`, start: 7, end: 7 + text.length };
      assert.ok(Math.abs(precisionOf(x).step - step) < step * 1e-9);
    });
  }
  it('an empty article has no checks', () => assert.deepEqual(figureChecks([]), []));
});

/** The figure a row names, found as the rules table test finds it. */
function factOf(a: Analysis, ex: RuleExample): Figure | undefined {
  let at = -1;
  for (let k = 0; k < (ex.occurrence ?? 1); k++) at = ex.text.indexOf(ex.fact, at + 1);
  return a.figures.find((f) => f.start === at) ?? a.figures.find((f) => f.start <= at && at < f.end);
}

describe('figure checks: the rules that keep two figures apart (rows of apartRules)', () => {
  for (const rule of apartRules) {
    const pairOf = (ex: RuleExample) => {
      const a = analyze(ex.text);
      const readings = readFigures(a.figures, a.tariffs);
      const fact = factOf(a, ex);
      assert.ok(fact, `${rule.id}: no figure "${ex.fact}"`);
      const x = readings.find((r) => r.figure.id === fact.id)!;
      const y = readings.find((r) => r.figure.sentenceStart !== fact.sentenceStart && r.figure.kind === fact.kind)!;
      assert.ok(y, `${rule.id}: no figure to compare "${ex.fact}" with`);
      return decide(apartRules, { x, y })?.rule;
    };
    rule.examples.forEach((ex, i) => it(`${rule.id} example ${i + 1}: ${ex.text.slice(0, 60)}`, () => assert.equal(pairOf(ex), rule.id)));
    rule.counterExamples.forEach((ex, i) => it(`${rule.id} counter-example ${i + 1}: ${ex.text.slice(0, 60)}`, () => assert.notEqual(pairOf(ex), rule.id)));
  }
});

describe('figure checks: a stated change that fits its levels makes no check', () => {
  const agrees = pairingRules.find((r) => r.id === 'figure.check.agrees.from-to')!;
  for (const ex of agrees.examples) {
    it(`no check: ${ex.text}`, () => {
      const a = analyze(ex.text);
      assert.deepEqual(a.checks.filter((c) => c.kind === 'change-mismatch'), []);
    });
  }
  for (const ex of agrees.counterExamples) {
    it(`a check: ${ex.text}`, () => {
      const a = analyze(ex.text);
      assert.equal(a.checks.filter((c) => c.kind === 'change-mismatch').length, 1);
    });
  }
});

describe('figure checks: a sentence read from the memo gives the same checks', () => {
  it('analysing the same article twice gives each implied check once, both times', () => {
    const text = 'Norvald said exports of pumps fell 14% to $52.3 million last year, while imports rose 4.5% to $180 million.\n';
    const first = analyze(text).checks.map((c) => c.message);
    const second = analyze(text).checks.map((c) => c.message);
    assert.equal(first.length, 2, first.join(' | '));
    assert.deepEqual(second, first);
    assert.equal(new Set(second).size, second.length, 'no check twice');
  });
});
