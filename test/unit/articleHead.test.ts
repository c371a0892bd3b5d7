import assert from 'node:assert/strict';
import { readArticleHead, type ArticleHead } from '../../src/core/articleHead';

// Original heads in the style of trade stories; names and outlets are invented.
const cases: Array<[string, string, Partial<ArticleHead>]> = [
  [
    'headline, italic byline, date line and dateline',
    '# Velmora lifts duties on bicycle parts\n\n*By Mara Quill and Deo Tan*\n\nMarch 3, 2026\n\nGENEVA, March 3 (Tradewire) — Velmora said on Tuesday it would lift duties.',
    { headline: 'Velmora lifts duties on bicycle parts', byline: 'Mara Quill and Deo Tan', dateline: 'GENEVA, March 3 (Tradewire)', date: 'March 3, 2026' },
  ],
  [
    'plain headline and a first paragraph, no byline',
    'Ottawa answers with duties on whiskey\n\nCanada will impose duties of 25% on $3.1 billion of goods.',
    { headline: 'Ottawa answers with duties on whiskey', byline: '', dateline: '', date: '' },
  ],
  ['a text that opens with a sentence has no headline', 'Canada will impose duties of 25% on goods. More follows here.', { headline: '', dateline: '' }],
  [
    'front matter title and date, a byline then a dateline with a region and a double hyphen',
    '---\ntitle: "Port levies rise"\ndate: 2026-02-11\n---\nBy Ana Lindqvist\nSANTOS, Brazil, Feb. 11 (Harbor Wire) -- Levies at the port rose.',
    { headline: 'Port levies rise', byline: 'Ana Lindqvist', dateline: 'SANTOS, Brazil, Feb. 11 (Harbor Wire)', date: '2026-02-11' },
  ],
  ['a dateline with an outlet and no date', 'LONDON (Tradewire) - Steel prices fell for a third week.', { headline: '', dateline: 'LONDON (Tradewire)', date: '' }],
  ['the dateline gives the date when no other line does', 'Korvath trims sugar quota\n\nOSLO, June 9 (Nordwire) — The quota fell.', { dateline: 'OSLO, June 9 (Nordwire)', date: 'June 9' }],
  ['"By Tuesday" opens a sentence, not a byline', 'Tariff talks stall\n\nBy Tuesday, the duties had doubled on 40 goods.', { byline: '' }],
];

describe('articleHead: headline, byline, dateline, date', () => {
  for (const [what, text, want] of cases) {
    it(`articleHead: ${what}`, () => {
      const head = readArticleHead(text);
      for (const [k, v] of Object.entries(want)) assert.equal(head[k as keyof ArticleHead], v, `articleHead: ${k} of "${text.slice(0, 30)}…"`);
    });
  }
  it('articleHead: empty text gives empty fields, never throws', () => {
    assert.deepEqual(readArticleHead(''), { headline: '', byline: '', dateline: '', date: '' });
    assert.deepEqual(readArticleHead('\n\n  \n'), { headline: '', byline: '', dateline: '', date: '' });
  });
});
