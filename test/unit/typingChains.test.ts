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

/** One edit of the kinds typing makes, at a random place: the text after it and what it was. */
function edit(r: Rand, text: string): { text: string; what: string } {
  const at = Math.floor(r() * (text.length + 1));
  const kind = Math.floor(r() * 9);
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

const fixtures = path.join(__dirname, '..', 'fixtures');
const ARTICLES = fs
  .readdirSync(fixtures)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort();

describe('typing chains: incremental analysis equals a fresh one after every edit', () => {
  it('typing chains: generated articles, 30 edits each', function () {
    this.timeout(120000);
    let checked = 0;
    for (const [words, seed] of [[800, 3], [1500, 8]] as const) checked += chain(`generated ${words} words`, generateArticle(words, seed), seed * 101, 30);
    assert.equal(checked, 60);
  });

  it('typing chains: the original fixture articles, 12 edits each', function () {
    this.timeout(120000);
    assert.ok(ARTICLES.length >= 10, `${ARTICLES.length} fixture articles`);
    let checked = 0;
    ARTICLES.forEach((f, i) => (checked += chain(f, fs.readFileSync(path.join(fixtures, f), 'utf8'), 7000 + i, 12)));
    assert.equal(checked, ARTICLES.length * 12);
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
});
