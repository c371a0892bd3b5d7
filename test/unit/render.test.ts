import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { renderFactSheets, type FactSheetFormat } from '../../src/core/render';
import { csvCell } from '../../src/core/render/csv';
import { htmlEscape } from '../../src/core/render/html';
import { mdEscape } from '../../src/core/render/markdown';
import { analyze } from '../../src/core/analyze';
import { GENERATED, RENDER_ANALYSIS, RENDER_TEXT } from './helpers/renderFixture';

const GOLDEN = path.join(__dirname, '../fixtures/golden');
const article = { file: 'render-article.txt', text: RENDER_TEXT, analysis: RENDER_ANALYSIS };
const render = (f: FactSheetFormat) => renderFactSheets(f, [article], GENERATED);

describe('render: golden files', () => {
  for (const format of ['md', 'json', 'csv', 'html'] as const) {
    it(`render: ${format} matches test/fixtures/golden/render-article.facts.${format}`, () => {
      const file = path.join(GOLDEN, `render-article.facts.${format}`);
      const out = render(format);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, out);
      assert.equal(out, fs.readFileSync(file, 'utf8'));
    });
  }
});

describe('render: formats parse back', () => {
  it('render: JSON has the CLI schema and offsets that index the text', () => {
    const obj = JSON.parse(render('json'));
    assert.equal(obj.schema, 2);
    assert.deepEqual(Object.keys(obj), ['schema', 'file', 'words', 'people', 'organizations', 'figures', 'tariffs', 'quotes', 'warnings', 'checks']);
    for (const f of [...obj.figures, ...obj.tariffs, ...obj.quotes]) assert.equal(RENDER_TEXT.slice(f.start, f.end), f.text);
    assert.equal(obj.quotes[0].speakerId, 'p1');
  });

  it('render: JSON of several articles is an array', () => {
    const arr = JSON.parse(renderFactSheets('json', [article, { ...article, file: 'b.txt' }], GENERATED));
    assert.ok(Array.isArray(arr));
    assert.deepEqual(arr.map((o: { file: string }) => o.file), ['render-article.txt', 'b.txt']);
  });

  it('render: CSV parses back to one row per fact with the same text', () => {
    const rows: string[][] = parseCsv(render('csv'), { relax_column_count: false });
    const [head, ...body] = rows;
    assert.deepEqual(head.slice(0, 4), ['kind', 'text', 'value', 'unit']);
    const a = RENDER_ANALYSIS;
    assert.equal(body.length, a.figures.length + a.tariffs.length + a.people.length + a.organizations.length + a.quotes.length);
    const quote = body.find((r) => r[0] === 'quote' && r[1].includes('<script>'));
    assert.equal(quote?.[1], a.quotes[1].text);
    assert.equal(quote?.[4], 'Claire Dubois');
    const money = body.find((r) => r[0] === 'figure:money');
    assert.equal(Number(money?.[2]), 3100000000);
  });

  it('render: CSV defuses spreadsheet formulas', () => {
    assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell('a,"b"'), '"a,""b"""');
    assert.ok(!/^=|,=/m.test(render('csv').replace(/"[^"]*"/g, '')));
  });

  it('render: HTML has no script, no event handler and no remote URL', () => {
    const hostile = '</style><a href="javascript:alert(1)">x</a><img src=x onerror=alert(1)>';
    const evil = renderFactSheets('html', [{ ...article, analysis: { ...RENDER_ANALYSIS, quotes: [{ ...RENDER_ANALYSIS.quotes[0], text: hostile }] } }], GENERATED);
    assert.ok(!/<\/style><a|<a href|<img/i.test(evil), 'hostile quote rendered as text');
    assert.ok(evil.includes('&#60;/style&#62;&#60;a href=&#34;javascript:alert(1)&#34;&#62;'));
    const html = render('html');
    assert.ok(!/<script/i.test(html), 'no <script');
    assert.ok(!/\son\w+=/i.test(html), 'no on…= attribute');
    assert.ok(!/(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html), 'no remote resource');
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'article HTML shown as text');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('render: Markdown escapes article text so it cannot add markup', () => {
    const md = render('md');
    assert.ok(md.includes('We did not start this \\| fight'), 'table pipe escaped');
    assert.ok(md.includes('\\<script\\>'), 'HTML escaped');
    assert.match(md, /### No speaker found/);
    // Escaped brackets make no link, so the parentheses after them stay plain text.
    assert.equal(mdEscape('[x](javascript:alert(1))'), '\\[x\\](javascript:alert(1))');
    assert.equal(htmlEscape(`<a href="x" onerror='y'>`), '&#60;a href=&#34;x&#34; onerror=&#39;y&#39;&#62;');
  });

  it('render: every format renders a real analysis of an empty-ish article', () => {
    const text = 'Nothing to see here.';
    for (const f of ['md', 'json', 'csv', 'html'] as const) {
      const out = renderFactSheets(f, [{ file: 'x.txt', text, analysis: analyze(text) }], GENERATED);
      assert.ok(out.length > 50, f);
    }
  });
});
