// Typing reuses the document's paragraph cache and the document stage's memos (the same facts
// object for an unchanged paragraph, shifted lists, per-sentence readings). Whatever is reused, after
// every step of a long chain of edits the analysis must deep-equal a fresh analyze() of the same text.
// Seeded, so a failure names the article, the step and the edit, and replays.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ParagraphCache } from '../../src/core/extract';
import { generateArticle, rng } from '../../bench/corpus';
import { JORDAN, NEW_ZEALAND, US_TIE } from './helpers/mainCountryTexts';

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const QUOTES = [
  '“We will hold the line on these duties,” said Petra Sandvik, the trade minister of Veland.',
  '“Nobody wins a tariff war,” Mr. Okafor told reporters.',
  '"The levy is temporary," she said.',
  'Importers called the rules “a tax on our own shoppers” in a statement.',
];
const NAMES = ['Commerce Secretary Anselm Virtanen', 'Ms. Halvorsen', 'Dario Quintero, an analyst at the Brightwater Trade Council,', 'the Marovian Steel Association', 'Mr. Tanaka'];
const CHARS = 'abcdefghijklmnopqrstuvwxyz     .,;:%$0123456789“”"\'-';

/** Where a pattern matches at or after `at` (else anywhere), as [start, end], or null. */
function nextMatch(re: RegExp, text: string, at: number): [number, number] | null {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  g.lastIndex = at;
  const m = g.exec(text) ?? ((g.lastIndex = 0), g.exec(text));
  return m ? [m.index, m.index + m[0].length] : null;
}

// What an edit may land inside: a figure or rate, a capitalized name, a quotation, a tariff sentence.
const FIGURE = /[$€£]?\d[\d,.]*(?:\s?(?:%|percent|per cent|billion|million))?/;
const NAME_WORD = /\p{Lu}\p{Ll}{2,}/u;
const QUOTE = /“[^”]{3,}”/;
const TARIFF_WORD = /\b(?:tariffs?|duty|duties|levy|surtax)\b/i;

/** One edit of the kinds typing makes, at a random place: the text after it and what it was. */
function edit(r: Rand, text: string): { text: string; what: string } {
  const at = Math.floor(r() * (text.length + 1));
  const kind = Math.floor(r() * 16);
  const splice = (from: number, to: number, insert: string, what: string) => ({ text: text.slice(0, from) + insert + text.slice(to), what: `${what} at ${from}` });
  switch (kind) {
    case 0:
    case 1:
      return splice(at, at, pick(r, [...CHARS]), 'insert a character');
    case 2:
      return splice(at, Math.min(text.length, at + 1 + Math.floor(r() * 4)), '', 'delete characters');
    case 3: {
      // Split a paragraph at a space.
      const space = text.indexOf(' ', at);
      return space < 0 ? splice(at, at, '\n\n', 'split') : splice(space, space + 1, '\n\n', 'split a paragraph');
    }
    case 4: {
      // Join a paragraph to the one before.
      const gap = text.indexOf('\n\n', at);
      return gap < 0 ? splice(at, at, ' ', 'insert a space') : splice(gap, gap + 2, ' ', 'join two paragraphs');
    }
    case 5: {
      // Add a quote, as a sentence after a full stop or as a paragraph of its own.
      const stop = text.indexOf('. ', at);
      return stop < 0 ? splice(text.length, text.length, `\n\n${pick(r, QUOTES)}`, 'add a quote paragraph') : splice(stop + 2, stop + 2, `${pick(r, QUOTES)} `, 'add a quote');
    }
    case 6: {
      // Remove a quote: from an opening mark to the next closing one.
      const open = text.indexOf('“', at) >= 0 ? text.indexOf('“', at) : text.indexOf('“');
      const close = open >= 0 ? text.indexOf('”', open) : -1;
      return close < 0 ? splice(at, at, '”', 'insert a closing mark') : splice(open, close + 1, '', 'remove a quote');
    }
    case 7: {
      // Add a name before a word.
      const space = text.indexOf(' ', at);
      const to = space < 0 ? text.length : space + 1;
      return splice(to, to, `${pick(r, NAMES)} said `, 'add a name');
    }
    case 9: {
      // Type into a figure or a rate: a digit, a letter or a space inside it, or cut its last character.
      const m = nextMatch(FIGURE, text, at);
      if (!m) return splice(at, at, '7', 'insert a digit');
      const inside = m[0] + Math.floor(r() * (m[1] - m[0]));
      return r() < 0.25 ? splice(m[1] - 1, m[1], '', 'cut the last character of a figure') : splice(inside, inside, pick(r, ['1', '0', 'x', ' ', '.', ',']), 'type inside a figure');
    }
    case 10: {
      // Type into a name, or cut a letter from it.
      const m = nextMatch(NAME_WORD, text, at);
      if (!m) return splice(at, at, 'Q', 'insert a capital');
      const inside = m[0] + 1 + Math.floor(r() * (m[1] - m[0] - 1));
      return r() < 0.5 ? splice(inside, inside + 1, '', 'cut a letter from a name') : splice(inside, inside, pick(r, ['e', 'n', 'Z', '-', ' ']), 'type inside a name');
    }
    case 11: {
      // Type into a quotation, or cut its closing mark.
      const m = nextMatch(QUOTE, text, at);
      if (!m) return splice(at, at, '“', 'insert an opening mark');
      const inside = m[0] + 1 + Math.floor(r() * (m[1] - m[0] - 2));
      return r() < 0.3 ? splice(m[1] - 1, m[1], '', 'cut a closing mark') : splice(inside, inside, pick(r, ['a', ' ', ',', '.', 'he said ']), 'type inside a quote');
    }
    case 12: {
      // Type next to a tariff word, or change it.
      const m = nextMatch(TARIFF_WORD, text, at);
      if (!m) return splice(at, at, ' tariff', 'insert a tariff word');
      return r() < 0.5 ? splice(m[0], m[1], pick(r, ['levy', 'tariffs', 'fee', 'duty']), 'change a tariff word') : splice(m[1], m[1], pick(r, [' of 12%', ' on steel', 's', ' rate']), 'type after a tariff word');
    }
    case 13: {
      // Paste a copy of a paragraph somewhere else, or delete a whole paragraph.
      const paragraphs = text.split('\n\n');
      if (paragraphs.length < 3) return splice(at, at, '\n\nA pasted line about a 5% levy.', 'paste a paragraph');
      const from = Math.floor(r() * paragraphs.length);
      if (r() < 0.3) return { text: paragraphs.filter((_, i) => i !== from).join('\n\n'), what: `delete paragraph ${from}` };
      const to = Math.floor(r() * (paragraphs.length + 1));
      paragraphs.splice(to, 0, paragraphs[from]);
      return { text: paragraphs.join('\n\n'), what: `paste paragraph ${from} at paragraph ${to}` };
    }
    case 14:
      // At the very start: type, delete, or open with a new paragraph.
      return r() < 0.4 ? splice(0, 0, pick(r, ['A', ' ', 'WASHINGTON — ', 'Headline\n\n']), 'type at the start') : splice(0, Math.min(text.length, 1 + Math.floor(r() * 3)), '', 'delete at the start');
    case 15:
      // At the very end: type, delete, or add a paragraph.
      return r() < 0.6
        ? splice(text.length, text.length, pick(r, ['.', ' x', '\n', '\n\nMs. Varga said the 9% rate stays.', ' “More,” he said.']), 'type at the end')
        : splice(Math.max(0, text.length - 1 - Math.floor(r() * 3)), text.length, '', 'delete at the end');
    default: {
      // Remove a name: two capitalized words in a row.
      const NAME = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
      const after = NAME.exec(text.slice(at));
      const m = after ?? NAME.exec(text);
      if (!m) return splice(at, at, 'Ms. Ilse Varga ', 'add a name');
      const from = (after ? at : 0) + m.index;
      return splice(from, from + m[0].length, '', 'remove a name');
    }
  }
}

/** Edits `text` `steps` times; after each, the analysis with the document's cache equals a fresh one. */
function chain(name: string, text: string, seed: number, steps: number): number {
  const r = rng(seed);
  const cache = new ParagraphCache();
  analyze(text, { cache });
  let checked = 0;
  for (let step = 1; step <= steps; step++) {
    const e = edit(r, text);
    text = e.text;
    const incremental = analyze(text, { cache });
    assert.deepStrictEqual(incremental, analyze(text), `${name}, seed ${seed}, step ${step}: ${e.what}`);
    checked++;
  }
  return checked;
}

const articlesIn = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
const ARTICLES = articlesIn(path.join(__dirname, '..', 'fixtures'));
// The eval articles are used only as text to type into here, never for what they say.
const EVAL_ARTICLES = [...articlesIn(path.join(__dirname, '..', 'eval', 'articles')), ...articlesIn(path.join(__dirname, '..', 'eval-holdout', 'articles'))];

describe('typing chains: incremental analysis equals a fresh one after every edit', () => {
  it('typing chains: generated articles, 30 edits each', function () {
    this.timeout(180000);
    let checked = 0;
    for (const [words, seed] of [[800, 3], [1500, 8], [600, 13], [1200, 29], [400, 41]] as const) checked += chain(`generated ${words} words`, generateArticle(words, seed), seed * 101, 30);
    assert.equal(checked, 150);
  });

  it('typing chains: the original fixture articles, 12 edits each', function () {
    this.timeout(120000);
    assert.ok(ARTICLES.length >= 10, `${ARTICLES.length} fixture articles`);
    let checked = 0;
    ARTICLES.forEach((f, i) => (checked += chain(path.basename(f), fs.readFileSync(f, 'utf8'), 7000 + i, 12)));
    assert.equal(checked, ARTICLES.length * 12);
  });

  it('typing chains: the eval articles, 6 edits each', function () {
    this.timeout(240000);
    assert.ok(EVAL_ARTICLES.length >= 20, `${EVAL_ARTICLES.length} eval articles`);
    let checked = 0;
    EVAL_ARTICLES.forEach((f, i) => (checked += chain(path.basename(f), fs.readFileSync(f, 'utf8'), 9100 + i, 6)));
    assert.equal(checked, EVAL_ARTICLES.length * 6);
  });

  it("typing chains: the bench's single letters at random places in a long article", function () {
    this.timeout(120000);
    const r = rng(4242);
    const cache = new ParagraphCache();
    let text = generateArticle(3000, 77);
    analyze(text, { cache });
    for (let step = 1; step <= 25; step++) {
      const at = Math.floor(r() * text.length);
      text = text.slice(0, at) + 'abcdefghij'[Math.floor(r() * 10)] + text.slice(at);
      assert.deepStrictEqual(analyze(text, { cache }), analyze(text), `step ${step}: a letter at ${at}`);
    }
  });

  it('typing chains: undo returns to the text before, and the analysis before', function () {
    this.timeout(60000);
    const cache = new ParagraphCache();
    const original = generateArticle(700, 55);
    const before = analyze(original, { cache });
    const r = rng(55);
    let text = original;
    for (let step = 0; step < 6; step++) text = edit(r, text).text;
    assert.deepStrictEqual(analyze(text, { cache }), analyze(text));
    assert.deepStrictEqual(analyze(original, { cache }), before);
  });

  it('typing chains: typing a run of characters into one paragraph, then deleting them', function () {
    this.timeout(60000);
    const cache = new ParagraphCache();
    const original = generateArticle(900, 21);
    let text = original;
    const at = text.indexOf('\n\n', text.length >> 1);
    const typed = ' Ms. Varga said the 12% levy on “Veland steel” ends in 2027.';
    for (let k = 1; k <= typed.length; k += 2) {
      text = original.slice(0, at) + typed.slice(0, k) + original.slice(at);
      assert.deepStrictEqual(analyze(text, { cache }), analyze(text), `typed ${k} characters`);
    }
    for (let k = typed.length - 1; k >= 0; k -= 5) {
      text = original.slice(0, at) + typed.slice(0, k) + original.slice(at);
      assert.deepStrictEqual(analyze(text, { cache }), analyze(text), `deleted back to ${k} characters`);
    }
  });
  // Reuse keyed on what a rate's reading reads (src/core/rateMemo.ts): the text up to 4000 characters
  // before its sentence, the rate itself with what earlier passes gave it, its neighbours.
  const HARBOUR = Array.from({ length: 14 }, (_, i) => `Port officials in Kestrel Bay counted ${i + 3} more container ships than a year before, and the harbour board said the backlog would ease by the spring.`).join('\n\n');

  /** Types `steps` edits made by `at(text, k)` into `text`, comparing each analysis with a fresh one; the values `watch` reads, in order. */
  function typeInto(text: string, steps: number, at: (text: string, k: number) => string, watch: (a: ReturnType<typeof analyze>) => string): string[] {
    const cache = new ParagraphCache();
    const seen = [watch(analyze(text, { cache }))];
    for (let k = 1; k <= steps; k++) {
      text = at(text, k);
      const incremental = analyze(text, { cache });
      assert.deepStrictEqual(incremental, analyze(text), `step ${k}`);
      seen.push(watch(incremental));
    }
    return seen;
  }

  it('typing chains: an edit 2,000 characters before a rate that reads back to it (the product of an anti-dumping case)', function () {
    this.timeout(60000);
    const text = `Brussels opened an anti-dumping case into ceramic tiles from Vetoria last March.\n\n${HARBOUR}\n\nThe duties range from 9% for Dong Hai Tiles to 31% for all other exporters.`;
    // Cut "ceramic " a letter at a time, then type "glazed " in its place; edits in the harbour paragraphs between.
    const word = text.indexOf('ceramic ');
    const edit = (t: string, k: number) => {
      if (k <= 8) return t.slice(0, word) + t.slice(word + 1);
      if (k <= 15) return t.slice(0, word + k - 9) + 'glazed '[k - 9] + t.slice(word + k - 9);
      return t.replace('backlog would', `backlog${'s'.repeat(k - 15)} would`);
    };
    const targets = typeInto(text, 18, edit, (a) => a.tariffs.find((r) => r.text === '31%')?.target ?? '');
    assert.equal(targets[0], 'ceramic tiles from all other exporters');
    assert.ok(targets.some((x) => x !== targets[0]), targets.join(' | '));
  });

  it('typing chains: renaming the country of an early rate, which a rate 4,000 characters on inherits', function () {
    this.timeout(60000);
    const text = `Canada imposed a 12% tariff on Arvian steel on Monday.\n\n${HARBOUR}\n\n${HARBOUR}\n\nA further 7% levy on cheese follows next month.`;
    const name = text.indexOf('Canada');
    // "Canada" → "Chile", a letter at a time.
    const steps = ['Canada', 'Cada', 'Ca', 'C', 'Ch', 'Chil', 'Chile'];
    const imposers = typeInto(text, steps.length - 1, (t, k) => t.slice(0, name) + steps[k] + t.slice(name + steps[k - 1].length), (a) => a.tariffs.find((r) => r.text === '7%')?.imposer ?? '');
    assert.equal(imposers[0], 'Canada');
    assert.equal(imposers[imposers.length - 1], 'Chile');
    assert.ok(imposers.some((x) => x !== imposers[0]), imposers.join(' | '));
  });
  // Reuse keyed on a sentence and its figures (figureChecks' sentence parts): a check between two
  // sentences still reads the rates as this analysis gives them.
  it("typing chains: renaming the country a rate's sentence does not name, which two rates' check turns on", function () {
    this.timeout(60000);
    const text = 'Canada moved on Monday. The tariff on American steel stands at 25% in 2026.\n\nCanada moved on Tuesday. The tariff on American steel stands at 20% in 2026.';
    const name = text.lastIndexOf('Canada');
    const steps = ['Canada', 'Cada', 'Ca', 'C', 'Ch', 'Chil', 'Chile', 'Chil', 'Canada'];
    const checks = typeInto(text, steps.length - 1, (t, k) => t.slice(0, name) + steps[k] + t.slice(name + steps[k - 1].length), (a) => a.checks.map((c) => c.kind).join(','));
    assert.equal(checks[0], 'stated-differently');
    assert.equal(checks[6], '', 'Chile imposes the 20%: no longer the same rate');
    assert.equal(checks[8], 'stated-differently');
  });
  // The figures handed out keep last time's copy only while the rules their checks add are the same
  // (ChecksMemo.withReasons): a check can go away while its figure is the same object, unmoved.
  it("typing chains: the year of an earlier figure typed over (the same length), ending a check whose reason a later, unmoved figure carries", function () {
    this.timeout(60000);
    const text = 'Veland’s copper exports reached $48.2 billion in 2024.\n\nIn 2024, Veland’s copper exports reached $44.8 billion, the ministry added.';
    const year = text.indexOf('2024');
    const steps = ['2023', '2024', '2023'];
    const reads = typeInto(text, steps.length, (t, k) => t.slice(0, year) + steps[k - 1] + t.slice(year + 4), (a) => a.figures.map((f) => f.because.filter((id) => id.startsWith('figure.check.')).join(',')).join(' | '));
    assert.deepEqual(reads, [' | figure.check.stated-differently.same-measure', ' | ', ' | figure.check.stated-differently.same-measure', ' | ']);
  });
  // Reuse keyed on a paragraph's text and the rates already found in it (src/core/companyRatesMemo.ts):
  // a list item's company rate depends on whether the paragraph before leads a list, which claims its rates.
  it('typing chains: the colon of a list lead-in typed away and back, which decides whether an item names a company rate', function () {
    this.timeout(60000);
    const text = 'Brussels imposed anti-dumping duties on Ostravian copper wire on Monday. The final rates are:\n\n- 18% for Kovar Cable; its sales fell 4%';
    const colon = text.indexOf(':');
    const steps = [(t: string) => t.slice(0, colon) + t.slice(colon + 1), (t: string) => `${t.slice(0, colon)}:${t.slice(colon)}`, (t: string) => t.slice(0, colon) + t.slice(colon + 1)];
    const reads = typeInto(text, steps.length, (t, k) => steps[k - 1](t), (a) => a.tariffs.map((r) => `${r.text} ${r.target}`).join(' | '));
    // Under the lead-in the item is a list rate that names its company in its own words; without it, a company rate of the case's goods.
    assert.deepEqual(reads, ['18% Kovar Cable', '18% Ostravian copper wire from Kovar Cable', '18% Kovar Cable', '18% Ostravian copper wire from Kovar Cable']);
  });
  // Reuse keyed on a paragraph's text, start, place and the quotes that open in it (their index in the
  // article's list and their spans): quote attribution's sentences (src/core/quoteSentenceMemo.ts).
  it("typing chains: an earlier quote's marks typed over with letters (the same length), renumbering the quotes after it", function () {
    this.timeout(60000);
    const text = 'Ms. Halvorsen opened the talks. “We want the levy gone,” she said.\n\nMr. Tanaka disagreed on Friday.\n\n“The 9% duty stays,” he said. “Nothing changes.”';
    const open = text.indexOf('“');
    const close = text.indexOf('”');
    const steps: Array<(t: string) => string> = [
      (t) => `${t.slice(0, open)}x${t.slice(open + 1)}`,
      (t) => `${t.slice(0, close)}y${t.slice(close + 1)}`,
      (t) => `${t.slice(0, open)}“${t.slice(open + 1)}`,
      (t) => `${t.slice(0, close)}”${t.slice(close + 1)}`,
    ];
    const speakers = typeInto(text, steps.length, (t, k) => steps[k - 1](t), (a) => a.quotes.map((q) => `${q.text.slice(0, 8)}:${q.speaker}`).join(' | '));
    assert.equal(new Set(speakers.map((x) => x.split(' | ').length)).size, 2, speakers.join('\n'));
  });
  // The main country counted by paragraph (src/core/mainCountryMemo.ts), which a minister with no
  // country takes: a name split over a blank line, a paragraph's no-break space or deep indent typed.
  const ministerOf = (a: ReturnType<typeof analyze>) => a.people.find((p) => p.name === 'Aroha Tane')?.affiliation ?? '?';
  it('typing chains: "New Zealand" split over a blank line and joined again, which decides the main country', function () {
    this.timeout(60000);
    const text = NEW_ZEALAND;
    const space = text.indexOf('New Zealand') + 3;
    const steps = [(t: string) => `${t.slice(0, space)}\n\n${t.slice(space + 1)}`, (t: string) => `${t.slice(0, space)} ${t.slice(space + 2)}`, (t: string) => `${t.slice(0, space)}\n\n${t.slice(space + 1)}`];
    assert.deepEqual(typeInto(text, steps.length, (t, k) => steps[k - 1](t), ministerOf), ['New Zealand', 'New Zealand', 'New Zealand', 'New Zealand']);
  });
  it("typing chains: a capital's name typed away and back within its paragraph, which ties and unties the main country", function () {
    this.timeout(60000);
    // New Zealand twice, Canada twice (Canada, Ottawa): a tie, no main country, until "Ottawa" is no longer a name.
    const text = NEW_ZEALAND.replace(', and New Zealand farmers agree', '');
    const at = text.indexOf('Ottawa') + 2;
    const steps = [(t: string) => t.slice(0, at) + t.slice(at + 1), (t: string) => `${t.slice(0, at)}t${t.slice(at)}`, (t: string) => `${t.slice(0, at)}x${t.slice(at)}`];
    assert.deepEqual(typeInto(text, steps.length, (t, k) => steps[k - 1](t), ministerOf), ['', 'New Zealand', '', 'New Zealand']);
  });
  it("typing chains: a capital's name typed away and back beside a tie with the United States, which decides a minister's country", function () {
    this.timeout(60000);
    const at = US_TIE.indexOf('Wellington') + 4;
    const steps = [(t: string) => `${t.slice(0, at)}x${t.slice(at)}`, (t: string) => t.slice(0, at) + t.slice(at + 1), (t: string) => `${t.slice(0, at)}x${t.slice(at)}`];
    assert.deepEqual(typeInto(US_TIE, steps.length, (t, k) => steps[k - 1](t), ministerOf), ['New Zealand', '', 'New Zealand', '']);
  });
  it('typing chains: a no-break space and a deep indent typed before a paragraph, which the name readers look back through', function () {
    this.timeout(60000);
    const at = JORDAN.indexOf('Michael');
    const steps = [(t: string) => `${t.slice(0, at)}\u00a0${t.slice(at)}`, (t: string) => `${t.slice(0, at)}${' '.repeat(40)}${t.slice(at + 1)}`, (t: string) => t.slice(0, at) + t.slice(at + 40)];
    assert.deepEqual(typeInto(JORDAN, steps.length, (t, k) => steps[k - 1](t), ministerOf), ['Jordan', 'Jordan', '', 'Jordan']);
  });
});
