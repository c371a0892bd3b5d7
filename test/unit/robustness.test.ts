import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Span } from '../../src/core/types';

/** Every span the analysis holds, by kind. */
function spans(a: Analysis): Array<[string, Span[]]> {
  return [
    ['figures', a.figures],
    ['tariffs', a.tariffs],
    ['quotes', a.quotes],
    ['people', a.people.flatMap((p) => p.mentions)],
    ['organizations', a.organizations.flatMap((o) => o.mentions)],
  ];
}

/** The invariants every analysis keeps, whatever the text. */
function assertValid(text: string, a: Analysis): void {
  for (const [kind, list] of spans(a)) {
    let last = -1;
    for (const s of kind === 'people' || kind === 'organizations' ? [...list].sort((x, y) => x.start - y.start) : list) {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${kind}: integer offsets`);
      assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `${kind}: 0 ≤ ${s.start} < ${s.end} ≤ ${text.length}`);
      assert.equal(text.slice(s.start, s.end), s.text, `${kind}: slice equals text`);
      assert.ok(s.start >= last, `${kind}: sorted`);
      last = s.start;
    }
  }
  for (const f of a.figures) assert.ok(Number.isFinite(f.value), `figure ${f.text}: finite value`);
  for (const t of a.tariffs) assert.ok(Number.isFinite(t.rate), `tariff ${t.text}: finite rate`);
}

// Pieces of trade reporting and of the nastiest things pasted into drafts.
const TOKENS = [
  'The', 'U.S.', 'China', 'raised', 'tariffs', 'on', 'steel', 'to', '25%', '35 percent', '5.8 per cent', '$295.4 billion',
  '£82.8bn', '€1.2 trillion', '30 billion yuan', '46 million', 'tires', '5,000', 'jobs', 'said', 'Mr.', 'Trump', 'Xi Jinping',
  'Treasury Secretary Scott Bessent', 'World Trade Organization', 'WTO', '“', '”', '"', "'", '‘', '’', '``', "''", ',', '.', ' — ',
  '\n', '\r\n', '\r', '\n\n', '\uFEFF', '\u200B', '\u200D', '\u202E', 'مرحبا', 'שלום', 'e\u0301', '😀', '👩‍👩‍👧', '\uD800', '\uDC00',
  '(', ')', '#', '- ', '> ', '|', '<script>alert(1)</script>', '1'.repeat(400), '0.', '%', '$', 'from 57% to 47%',
];
const tradeText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(' '));
// Reporting with random Unicode spliced between the words.
const mixedText = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 150 }), fc.constantFrom(' ', '', '\n'))
  .map(([t, sep]) => t.join(sep));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), tradeText, mixedText);

describe('robustness: analyze() on any text', () => {
  it('robustness: never throws and keeps every span valid (fast-check)', () => {
    fc.assert(fc.property(anyText, (text) => assertValid(text, analyze(text))), { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 300) });
  });

  const nasty: Array<[string, string]> = [
    ['empty', ''],
    ['only a BOM', '\uFEFF'],
    ['all punctuation', '.,;:!?—–-()[]{}“”"\'…'.repeat(200)],
    ['thousands of unbalanced quotation marks', '“'.repeat(3000) + ' he said ' + '"'.repeat(3001)],
    ['a 400-digit number', `Tariffs of ${'9'.repeat(400)}% on ${'1'.repeat(400)} tons.`],
    ['binary-looking content', Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('')],
    ['lone surrogates', 'Tariff \uD800 of 25% \uDFFF on steel.'],
    ['CR line ends', 'The U.S. raised tariffs to 25%.\rChina replied with 10%.\r'],
  ];
  for (const [what, text] of nasty) {
    it(`robustness: ${what}`, () => assertValid(text, analyze(text)));
  }

  it('robustness: 1 MB on a single line', function () {
    this.timeout(120_000);
    const sentence = 'The United States raised tariffs on Chinese steel to 25% from 10%, Mr. Lee said, and “we will respond,” she said. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const a = analyze(text);
    assertValid(text, a);
    assert.ok(a.figures.length >= 8000, `figures found all along the line (${a.figures.length})`);
  });
});

describe('robustness: time grows linearly with the text', () => {
  // Ratios, not wall-clock limits: doubling the text must not more than ~triple the time. The
  // fastest of several runs is the least disturbed by whatever else the machine is doing.
  const time = (text: string) => {
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      analyze(text);
      runs.push(performance.now() - t0);
    }
    return Math.min(...runs);
  };
  const shapes: Array<[string, (n: number) => string]> = [
    ['unbalanced quotation marks', (n) => 'x “'.repeat(n)],
    ['long digit runs', (n) => ('1'.repeat(50) + ',').repeat(n)],
    ['percent signs and dollars', (n) => '$% '.repeat(n)],
    ['one long paragraph of reporting', (n) => 'Tariffs of 25% on $155 billion of goods, “said” Mr. Xi. '.repeat(Math.ceil(n / 20))],
    // Every row a rate: the table reader must read only the figures inside each cell.
    ['a long Markdown rate table', (n) => '## Duties\n\n| Product | Origin | Duty |\n|---|---|---|\n' + '| Steel coil | Peru | 25% |\n'.repeat(Math.ceil(n / 8))],
    // Many paragraphs of rates with no imposer: each looks for the nearest government body once.
    ['many paragraphs of rates with no imposer', (n) => 'A duty of 12% applies to wire.\n\n'.repeat(Math.ceil(n / 8))],
  ];
  for (const [what, make] of shapes) {
    it(`robustness: ${what}: 4× the text takes < 8× the time`, function () {
      this.timeout(120_000);
      time(make(500)); // warm up
      // Small and big alternate, the fastest of each kept: a busy spell on a shared machine slows both alike.
      // Four times the text: linear work takes about 4×, quadratic 16×, so the bound at 8× stands clear of both.
      const [smallText, bigText] = [make(1500), make(6000)];
      let [small, big] = [Infinity, Infinity];
      for (let k = 0; k < 3; k++) [small, big] = [Math.min(small, time(smallText)), Math.min(big, time(bigText))];
      assert.ok(big < small * 8 + 5, `4× text took ${(big / small).toFixed(2)}× (${small.toFixed(1)} → ${big.toFixed(1)} ms)`);
    });
  }
});
