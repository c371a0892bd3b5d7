import { analyze } from '../../src/core/analyze';
import { counts } from '../../src/extension/statusText';
import { whyLine } from '../../src/extension/cards/why';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/types';
import { compactAmount } from '../../src/extension/cards/amounts';
import { factAt } from '../../src/extension/cards/factAt';
import { escapeMarkdown } from '../../src/extension/cards/markdown';
import { highlightSpans } from '../../src/extension/highlightSpans';

const TEXT = 'Trade Minister Clara Vennholt of the Ministry of Commerce (MoC) raised tariffs on steel to 25% from 10%. "Steel sold at $1.2 billion below cost is *dumping*," Vennholt said. The MoC said so.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length, text: s });
const sentence = { sentence: TEXT.slice(0, TEXT.indexOf('.') + 1), sentenceStart: 0 };

const ANALYSIS: Analysis = {
  words: 30,
  people: [{ id: 'p1', because: [], name: 'Clara Vennholt', title: 'Trade Minister', affiliation: 'Ministry of Commerce', mentions: [at('Clara Vennholt'), at('Vennholt', 60)] }],
  organizations: [{ id: 'o1', because: [], name: 'Ministry of Commerce', aliases: ['MoC'], mentions: [at('Ministry of Commerce'), at('MoC', 150)] }],
  figures: [
    { id: 'f1', because: [], ...at('25%'), kind: 'percent', value: 25, unit: '%', ...sentence },
    { id: 'f2', because: [], ...at('10%'), kind: 'percent', value: 10, unit: '%', ...sentence },
    { id: 'f3', because: [], ...at('$1.2 billion'), kind: 'money', value: 1.2e9, unit: 'USD', sentence: TEXT.slice(TEXT.indexOf('"'), TEXT.indexOf('said.') + 5), sentenceStart: TEXT.indexOf('"') },
  ],
  tariffs: [{ id: 't1', because: [], ...at('25%'), rate: 25, imposer: '', target: 'steel', previousRate: 10, earlierLevel: false, effective: '', schedule: '', change: 'raised', ...sentence }],
  quotes: [{ id: 'q1', because: [], ...at('Steel sold at $1.2 billion below cost is *dumping*,'), speaker: 'Clara Vennholt', speakerId: 'p1', speakerKind: 'person' }],
  warnings: [],
  checks: [],
};
const line = () => 1;
const card = (needle: string, from = 0) => factAt(ANALYSIS, TEXT.indexOf(needle, from) + 1, line)?.markdown ?? '';

describe('cards: escaping article text', () => {
  const table: [string, string][] = [
    ['*dumping*', '\\*dumping\\*'],
    ['[click](command:evil)', '\\[click\\]\\(command\\:evil\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
    ['`code` # heading', '\\`code\\` \\# heading'],
    ['line one\n\n- list', 'line one \\- list'],
    ['https://example.test', 'https\\:\\/\\/example\\.test'],
    ['$295.4 billion, 5.8%', '\\$295\\.4 billion, 5\\.8%'],
  ];
  for (const [raw, escaped] of table) it(`escape: ${JSON.stringify(raw)}`, () => assert.equal(escapeMarkdown(raw), escaped));
});

describe('cards: which card a hover gets', () => {
  it('cards: a tariff rate gets the tariff card, not the figure card', () => {
    const md = card('25%');
    assert.match(md, /^\*\*Tariff rate\*\* · 25% · raised/);
    assert.match(md, /10% → now 25% \(\+15 percentage points\)/);
    assert.match(md, /\*\*Imposer not stated\*\* → \*\*steel\*\*/);
  });
  it('cards: a figure inside a quote gets the figure card, with its value spelled out', () => {
    const md = card('$1.2 billion');
    assert.match(md, /^\*\*Figure\*\* · money · unit: USD/);
    assert.match(md, /= 1,200,000,000 USD/);
    assert.match(md, /No other mention of this value/);
  });
  it('cards: a person card counts mentions and quotes and links only to our own command', () => {
    const md = card('Vennholt');
    assert.match(md, /\*\*Person\*\* · Clara Vennholt/);
    assert.match(md, /Trade Minister, Ministry of Commerce/);
    assert.match(md, /2 mentions · 1 quote\b/);
    const links = [...md.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.deepEqual(links, [`command:tradeFacts.showQuotes?${encodeURIComponent('["Clara Vennholt"]')}`]);
  });
  it('cards: a person never quoted gets no "Show quotes" link (issue 16), one quoted once gets it', () => {
    const unquoted: Analysis = { ...ANALYSIS, quotes: [] };
    const md = factAt(unquoted, TEXT.indexOf('Vennholt') + 1, line)?.markdown ?? '';
    assert.match(md, /\*\*Person\*\* · Clara Vennholt/);
    assert.match(md, /2 mentions · 0 quotes\b/);
    assert.doesNotMatch(md, /Show quotes|tradeFacts\.showQuotes/, 'cards: no link to an empty filter');
    assert.match(card('Vennholt'), /\[Show quotes by Clara Vennholt\]\(command:tradeFacts\.showQuotes\?/);
  });
  it('cards: an organization card lists its forms, mentions and people', () => {
    const md = card('Ministry');
    assert.match(md, /\*\*Also written:\*\* “MoC”/);
    assert.match(md, /2 mentions/);
    assert.match(md, /\*\*People:\*\* Clara Vennholt/);
  });
  it('cards: a quote card names the speaker with their role, shows the words, counts their quotes; markup stays text', () => {
    const md = card('below cost');
    assert.match(md, /^\*\*Quote\*\* · Clara Vennholt \(Trade Minister, Ministry of Commerce\) · 1 of 1/);
    assert.match(md, /> Steel sold at \\\$1\\\.2 billion below cost is \\\*dumping\\\*/);
    assert.doesNotMatch(card('$1.2 billion'), /[^\\]\*dumping/);
  });
  it('cards: plain words get no card', () => assert.equal(factAt(ANALYSIS, TEXT.indexOf('raised') + 1, line), undefined));
  it('cards: the position just after a span is outside it', () => assert.equal(factAt(ANALYSIS, TEXT.indexOf(' from 10%'), line), undefined));
});

describe('highlights: spans per kind', () => {
  it('highlights: a figure that is a tariff rate is drawn once, as a tariff rate', () => {
    const s = highlightSpans(ANALYSIS, () => true);
    assert.deepEqual(s.tariffs, [{ start: at('25%').start, end: at('25%').end }]);
    assert.deepEqual(s.figures.map((f) => TEXT.slice(f.start, f.end)), ['10%', '$1.2 billion']);
    assert.equal(s.people.length, 2);
    assert.equal(s.organizations.length, 2);
    assert.equal(s.quotes.length, 1);
  });
  it('highlights: with tariffs off, the rate is drawn as a figure; a kind switched off is empty', () => {
    const s = highlightSpans(ANALYSIS, (k) => k !== 'tariffs' && k !== 'people');
    assert.deepEqual(s.tariffs, []);
    assert.deepEqual(s.people, []);
    assert.deepEqual(s.figures.map((f) => TEXT.slice(f.start, f.end)), ['25%', '10%', '$1.2 billion']);
  });
});

describe('cards: amounts as a reporter writes them', () => {
  const table: [Parameters<typeof compactAmount>[0], string][] = [
    [{ kind: 'money', unit: 'USD', value: 279206049149.3 }, '$279.2 billion'],
    [{ kind: 'money', unit: 'EUR', value: 4.25e6 }, '€4.3 million'],
    [{ kind: 'money', unit: 'CNY', value: 1.5e12 }, '1.5 trillion CNY'],
    [{ kind: 'money', unit: 'USD', value: 950 }, '$950'],
    [{ kind: 'count', unit: 'jobs', value: 46000 }, '46,000 jobs'],
    [{ kind: 'percent', unit: '%', value: 6.0377 }, '6%'],
    [{ kind: 'percent', unit: '%', value: 12 }, '12%'],
  ];
  for (const [amount, want] of table) it(`amounts: ${amount.value} ${amount.unit} → ${want}`, () => assert.equal(compactAmount(amount), want));
});

describe('cards: reasons, earlier levels and dates from a real analysis', () => {
  const text =
    'Ottawa will raise its tariff on Valdorian steel from 10% to 15% on Aug. 1, Finance Minister Claire Dubois said. ' +
    '“We did not start this,” Dubois told reporters.';
  const a = analyze(text);
  const at = (needle: string) => factAt(a, text.indexOf(needle) + 1, () => 1)?.markdown ?? '';

  it('cards: the earlier level names the rate it changed to, and the status bar counts the pair once', () => {
    const earlier = a.tariffs.find((t) => t.text === '10%');
    assert.ok(earlier?.earlierLevel, `the 10% is an earlier level: ${JSON.stringify(a.tariffs.map((t) => [t.text, t.earlierLevel]))}`);
    assert.match(at('10%'), /\*\*Earlier level\*\* of the 15% rate/);
    assert.match(at('15%'), /\*\*Before:\*\* 10% → now 15%/);
    assert.match(counts(a)[1], /^1 tariff rate$/);
  });

  it('cards: a rate that says when it takes effect shows it', () => {
    const later = a.tariffs.find((t) => t.text === '15%');
    assert.ok(later?.effective, 'the core reads the date');
    assert.match(at('15%'), /\*\*Takes effect:\*\* /);
  });

  it('cards: every card ends with why, in the words of the rules that decided the fact', () => {
    for (const needle of ['15%', 'Claire Dubois', 'We did not start']) {
      const md = at(needle);
      assert.match(md, /\*Why:\* \S/, `${needle}: ${md}`);
      assert.doesNotMatch(md, /\{\w+\}|(?:tariff|person|quote)\.[a-z-]+\.[a-z-]+/, `${needle}: reasons are words, not ids or placeholders`);
    }
  });

  it('cards: no Why line when no rule is recorded', () => {
    assert.equal(whyLine({ because: [] }), '');
  });
});
