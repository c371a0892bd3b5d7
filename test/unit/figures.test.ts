import assert from 'node:assert/strict';
import { extractParagraph } from '../../src/core/extract';
import { countryOfActor, countryOfDemonym, normalizeCountry } from '../../src/core/countries';
import type { FigureMention } from '../../src/core/mentions';
import { notFigureRules } from '../../src/core/figures/notFigures';

const figuresIn = (text: string): FigureMention[] => extractParagraph(text).figures;

/** The one figure whose text is `span`, with its offsets checked against the paragraph. */
function only(text: string, span: string): FigureMention {
  const found = figuresIn(text).filter((f) => f.text === span);
  assert.equal(found.length, 1, `expected one figure "${span}" in: ${text}\n got ${JSON.stringify(figuresIn(text).map((f) => f.text))}`);
  const f = found[0];
  assert.equal(text.slice(f.start, f.end), span);
  assert.equal(f.start, text.indexOf(span));
  assert.equal(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length), f.sentence);
  return f;
}

describe('figures', () => {
  describe('trade-law numbers are labels, not quantities', () => {
    it('"the 301 duties" and "a 232 investigation" hold no figure', () => {
      for (const text of ['Importers asked for relief from the 301 duties on bicycles.', 'Steelmakers welcomed a 232 investigation into wire.']) assert.deepEqual(figuresIn(text).map((f) => f.text), []);
    });
    it('but a count of the same digits stays a figure', () => {
      const text = 'The agency received 232 petitions last year and 301 comments.';
      assert.equal(only(text, '232').value, 232);
      assert.equal(only(text, '301').value, 301);
    });
  });

  describe('money: currency, number and multiplier are one figure', () => {
    const cases: Array<[string, string, number, string]> = [
      ['The trade deficit with Norland hit $187.2 billion in 2024.', '$187.2 billion', 187_200_000_000, 'USD'],
      ['Exports to Europe reached £82.8bn last year.', '£82.8bn', 82_800_000_000, 'GBP'],
      ['The bloc buys €1.2 trillion of goods a year.', '€1.2 trillion', 1_200_000_000_000, 'EUR'],
      ['The fund lent US$5 million to the port.', 'US$5 million', 5_000_000, 'USD'],
      ['Ottawa listed C$1.5 billion of products.', 'C$1.5 billion', 1_500_000_000, 'CAD'],
      ['Wine sales were worth A$1.1 billion before the ban.', 'A$1.1 billion', 1_100_000_000, 'AUD'],
      ['Export earnings rose to Sh60.5 billion in the period.', 'Sh60.5 billion', 60_500_000_000, 'KES'],
      ['Bern expects watch sales of CHF 2 billion this year.', 'CHF 2 billion', 2_000_000_000, 'CHF'],
      ['Canada is plotting $3.6B in countermeasures.', '$3.6B', 3_600_000_000, 'USD'],
    ];
    for (const [text, span, value, unit] of cases) {
      it(`${span} in "${text}"`, () => {
        const f = only(text, span);
        assert.equal(f.kind, 'money');
        assert.equal(f.value, value);
        assert.equal(f.unit, unit);
      });
    }

    it('takes the currency word after the number but keeps it out of the span ("4.56 trillion yen")', () => {
      const text = "Japan's auto exports totaled 4.56 trillion yen in 2017.";
      const f = only(text, '4.56 trillion');
      assert.deepEqual([f.kind, f.value, f.unit], ['money', 4_560_000_000_000, 'JPY']);
      const yuan = only('Beijing pledged 30 billion yuan in farm purchases.', '30 billion');
      assert.equal(yuan.unit, 'CNY');
    });

    it('reads ¥ as yuan in a China paragraph and yen otherwise', () => {
      assert.equal(only('Chinese exporters lost ¥40 billion in sales.', '¥40 billion').unit, 'CNY');
      assert.equal(only('Toyota booked ¥900 billion in profit.', '¥900 billion').unit, 'JPY');
    });
  });

  describe('percentages, percentage points and basis points', () => {
    const cases: Array<[string, string, string, number, string]> = [
      ['Tariffs on Chinese imports rose to 30%.', '30%', 'percent', 30, '%'],
      ['The duty will be 35 percent in the first year.', '35 percent', 'percent', 35, '%'],
      ['Output grew 5.8 per cent in May.', '5.8 per cent', 'percent', 5.8, '%'],
      ['Officials floated levies as high as 35 pct on trucks.', '35 pct', 'percent', 35, '%'],
      ['Vietnam faces a 20-percent tariff.', '20-percent', 'percent', 20, '%'],
      ['Trump plans a 10-per-cent tariff on aluminum.', '10-per-cent', 'percent', 10, '%'],
      ['Its market share fell 3.1 percentage points.', '3.1 percentage points', 'percentagePoints', 3.1, 'pp'],
      ['The central bank cut rates by 25 basis points.', '25 basis points', 'basisPoints', 25, 'bp'],
      ['Spreads widened 40bp overnight.', '40bp', 'basisPoints', 40, 'bp'],
    ];
    for (const [text, span, kind, value, unit] of cases) {
      it(`${span} in "${text}"`, () => {
        const f = only(text, span);
        assert.deepEqual([f.kind, f.value, f.unit], [kind, value, unit]);
      });
    }

    it('lists each end of a range separately ("80.5% to 73.6%", "2.71 per cent and 16.45 per cent")', () => {
      const text = 'The share slid from 80.5% to 73.6%, while the grants vary between 2.71 per cent and 16.45 per cent.';
      assert.deepEqual(figuresIn(text).map((f) => [f.text, f.value]), [['80.5%', 80.5], ['73.6%', 73.6], ['2.71 per cent', 2.71], ['16.45 per cent', 16.45]]);
    });

    it('gives the first number of "5 to 10 percent" the percent unit too', () => {
      const f = only('Duties would run 5 to 10 percent.', '5');
      assert.deepEqual([f.kind, f.value], ['percent', 5]);
    });

    it('a year joined by "and" to a rate is not a range\'s near end ("10% in 2028 and 15% in 2029")', () => {
      const text = 'The duty rises to 10% in 2028 and 15% in 2029, and between 2030 and 40% of plants may close.';
      assert.deepEqual(figuresIn(text).filter((f) => f.kind === 'percent').map((f) => f.text), ['10%', '15%', '2030', '40%']);
    });

    it('keeps the sign of a change in a table ("-5.85%")', () => {
      const f = only('Canfor 22.13% -5.85%', '-5.85%');
      assert.equal(f.value, -5.85);
    });
  });

  describe('counts with a numeral', () => {
    const cases: Array<[string, string, number, string]> = [
      ['Imports of 46 million tires were at stake.', '46 million', 46_000_000, 'tires'],
      ['The plant will add 5,000 jobs.', '5,000', 5000, 'jobs'],
      ['Commerce added 140 companies to the list.', '140', 140, 'companies'],
      ['Importers have 21 days to comply.', '21', 21, 'days'],
      ['The move ends a 17-year dispute.', '17', 17, 'years'],
      ['Toyota ships some 700,000 vehicles a year.', '700,000', 700_000, 'vehicles'],
      ['More than 65,000 jobs are at stake.', '65,000', 65_000, 'jobs'],
      ['The country and its 1.2 billion consumers joined.', '1.2 billion', 1_200_000_000, 'consumers'],
    ];
    for (const [text, span, value, unit] of cases) {
      it(`${span} in "${text}"`, () => {
        const f = only(text, span);
        assert.deepEqual([f.kind, f.value, f.unit], ['count', value, unit]);
      });
    }
  });

  describe('not figures', () => {
    const negatives: Array<[string, string]> = [
      ['years', 'China applied in 1986 and joined in 2001, before the 2020s.'],
      ['dates', 'Talks resume May 12 and end on 30 June; comments are due Sept. 6.'],
      ['times', 'The order takes effect at 12:01 a.m. and the briefing is at 3 p.m.'],
      ['ordinals', 'It is the 3rd round and the 21st meeting.'],
      ['Section 301 and Section 232', 'The Section 301 probe echoes an earlier Section 232 case under the 1962 law.'],
      ['G20, G7, H20, COVID-19', 'At the G20 and G7, Nvidia’s H20 chip and COVID-19 came up.'],
      ['product and model labels', 'Airlines ordered the Boeing 737 and the Airbus A320 alongside the F-35.'],
      ['phone numbers and links', 'Call 202-555-0143 or see https://example.com/2024/05/tariffs-25 for details.'],
      ['an age after a name', 'Jane Doe, 64, runs the mill.'],
      ['numbers written as words', 'The two countries held three rounds of talks.'],
    ];
    for (const [what, text] of negatives) {
      it(`skips ${what}`, () => assert.deepEqual(figuresIn(text).map((f) => f.text), []));
    }
  });

  describe('robustness', () => {
    it('does not throw on odd text and stays quick', () => {
      const odd = ['', '🙂 30% 🙂', '9'.repeat(400), '"'.repeat(5000), 'Line one 5%\r\nLine two $3 billion\r\n', '1,'.repeat(3000), '$'.repeat(2000) + '5'];
      const t0 = Date.now();
      for (const text of odd) for (const f of figuresIn(text)) assert.ok(Number.isFinite(f.value));
      assert.ok(Date.now() - t0 < 3000);
    });

    it('finds a figure after emoji with UTF-16 offsets', () => {
      const text = '🚢🚢 Duties hit 45%.';
      const f = only(text, '45%');
      assert.equal(f.start, text.indexOf('45%'));
    });
  });
});

describe('countries', () => {
  const cases: Array<[string, string]> = [['U.S.', 'United States'], ['the United States', 'United States'], ['Washington', 'United States'], ['Beijing', 'China'], ['Brussels', 'European Union'], ['the EU', 'European Union'], ['Ottawa', 'Canada']];
  for (const [form, country] of cases) it(`normalizeCountry("${form}") → ${country}`, () => assert.equal(normalizeCountry(form), country));
  it('maps demonyms and agencies to their country', () => {
    assert.equal(countryOfDemonym('Chinese'), 'China');
    assert.equal(countryOfDemonym('Swiss'), 'Switzerland');
    assert.equal(countryOfActor('the Commerce Department'), 'United States');
    assert.equal(countryOfActor('Trump administration'), 'United States');
    assert.equal(normalizeCountry('Chinese'), '');
    assert.equal(countryOfDemonym('Tuesday'), '');
  });
});

describe('figures: the rules that drop a number (rows of notFigureRules)', () => {
  const at = (text: string, fact: string) => figuresIn(text).find((f) => f.start <= text.indexOf(fact) && text.indexOf(fact) < f.end);
  for (const rule of notFigureRules) {
    rule.examples.forEach((ex, i) => it(`${rule.id} example ${i + 1}: "${ex.fact}" in ${ex.text.slice(0, 50)} is no figure`, () => assert.equal(at(ex.text, ex.fact), undefined)));
    rule.counterExamples.forEach((ex, i) => it(`${rule.id} counter-example ${i + 1}: "${ex.fact}" in ${ex.text.slice(0, 50)} is a figure`, () => assert.ok(at(ex.text, ex.fact))));
  }
  it('a dateline date is no figure ("1998-11-04", "2025-03-12")', () => {
    assert.deepEqual(figuresIn('DATE: 1998-11-04\nExports rose 5% on 2025-03-12.').map((f) => f.text), ['5%']);
  });
  it('every figure says why it is one, its kind and how its value was read', () => {
    const [a, b] = figuresIn('Imports hit $3.6bn, and 450 workers lost jobs.');
    assert.deepEqual(a.because, ['figure.is.with-unit', 'figure.kind.money-sign', 'figure.value.multiplier']);
    assert.deepEqual(b.because, ['figure.is.bare-quantity', 'figure.kind.count']);
  });
  it('keeps a figure with odd digit grouping whole, read with a decimal comma ("$1,4417", "12,34")', () => {
    assert.deepEqual(figuresIn('The euro bought $1,4417 and output was 12,34 units.').map((f) => [f.text, f.value]), [['$1,4417', 1.4417], ['12,34', 12.34]]);
    assert.deepEqual(figuresIn('India shipped 1,00,000 tonnes.').map((f) => [f.text, f.value, !!f.because?.includes('figure.value.odd-grouping')]), [['1,00,000', 100000, false]]);
  });
});
