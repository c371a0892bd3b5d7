import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { renderFactSheets, type FactSheetFormat } from '../../src/core/render';
import { csvCell } from '../../src/core/render/csv';
import { htmlEscape } from '../../src/core/render/html';
import { mdEscape } from '../../src/core/render/markdown';
import { formatNumber } from '../../src/core/render/format';
import { analyze } from '../../src/core/analyze';
import { emptyLedger, markFact } from '../../src/core/ledger';
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
    assert.equal(obj.schema, 3);
    assert.deepEqual(Object.keys(obj), ['schema', 'file', 'head', 'words', 'people', 'organizations', 'figures', 'tariffs', 'quotes', 'warnings', 'checks']);
    assert.equal(obj.head.headline, RENDER_TEXT.split('\n')[0]);
    assert.equal(obj.figures.length, RENDER_ANALYSIS.figures.length, 'the JSON keeps every figure (checks refer to their ids)');
    assert.ok(obj.figures.every((f: object) => !('check' in f)), 'no check without a ledger');
    for (const f of [...obj.figures, ...obj.tariffs, ...obj.quotes]) assert.equal(RENDER_TEXT.slice(f.start, f.end), f.text);
    assert.equal(obj.quotes[0].speakerId, 'p1');
  });

  it('render: JSON of several articles is an array', () => {
    const arr = JSON.parse(renderFactSheets('json', [article, { ...article, file: 'b.txt' }], GENERATED));
    assert.ok(Array.isArray(arr));
    assert.deepEqual(arr.map((o: { file: string }) => o.file), ['render-article.txt', 'b.txt']);
  });

  it('render: CSV parses back to one row per fact with the same text, one fixed column set', () => {
    const csv = render('csv');
    assert.ok(csv.startsWith('\uFEFFkind,'), 'a UTF-8 byte-order mark first');
    const [head, ...body]: string[][] = parseCsv(csv, { bom: true, relax_column_count: false });
    assert.deepEqual(head.slice(0, 8), ['kind', 'text', 'value', 'unit', 'status', 'note', 'source', 'line']);
    const col = (r: string[], name: string) => r[head.indexOf(name)];
    const a = RENDER_ANALYSIS;
    // The 25% is a tariff rate: it is a tariff row, not a figure row too.
    assert.equal(body.filter((r) => r[0].startsWith('figure:')).length, a.figures.length - 1);
    assert.ok(!body.some((r) => r[0].startsWith('figure:') && r[1] === '25%'));
    assert.equal(body.length, a.figures.length - 1 + a.tariffs.length + a.people.length + a.organizations.length + a.quotes.length);
    const quote = body.find((r) => r[0] === 'quote' && r[1].includes('<script>'))!;
    assert.equal(quote[1], a.quotes[1].text);
    assert.equal(col(quote, 'speaker'), 'Claire Dubois');
    assert.equal(col(quote, 'file'), 'render-article.txt');
    const money = body.find((r) => r[0] === 'figure:money')!;
    assert.equal(Number(money[2]), 3100000000);
    const person = body.find((r) => r[0] === 'person')!;
    assert.deepEqual([col(person, 'title'), col(person, 'affiliation'), col(person, 'mentions'), col(person, 'value')], ['Finance Minister', 'Canada', '2', '']);
  });

  it('render: CSV of several files has one header and a file column', () => {
    const csv = renderFactSheets('csv', [article, { ...article, file: 'b.txt' }], GENERATED);
    const rows: string[][] = parseCsv(csv, { bom: true });
    assert.equal(rows.filter((r) => r[0] === 'kind').length, 1);
    assert.equal((csv.match(/\uFEFF/g) ?? []).length, 1);
    const files = new Set(rows.slice(1).map((r) => r[rows[0].indexOf('file')]));
    assert.deepEqual([...files], ['render-article.txt', 'b.txt']);
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

describe('render: with a ledger', () => {
  const WHO = { by: 'Rui Okafor', at: '2026-01-14T16:20:00.000Z' };
  let ledger = markFact(emptyLedger(), RENDER_ANALYSIS, 't1', { status: 'verified', note: 'rate confirmed', source: 'Finance notice 2026-04', ...WHO });
  ledger = markFact(ledger, RENDER_ANALYSIS, 'q3', { status: 'disputed', note: 'no official named', ...WHO });
  // A mark whose fact is no longer in the text.
  ledger = { ...ledger, entries: { ...ledger.entries, 'figure:$9 billion:0': { kind: 'figure', text: '$9 billion', sentence: 'Trade fell to $9 billion.', occurrence: 1, status: 'verified', note: '', source: 'old draft', ...WHO } } };
  const checked = (f: FactSheetFormat) => renderFactSheets(f, [{ ...article, ledger }], GENERATED);

  it('render: JSON gives every fact its check and lists the orphans', () => {
    const obj = JSON.parse(checked('json'));
    for (const kind of ['people', 'organizations', 'figures', 'tariffs', 'quotes']) {
      for (const fact of obj[kind]) assert.deepEqual(Object.keys(fact.check).slice(0, 5), ['status', 'note', 'source', 'by', 'at'], kind);
    }
    assert.deepEqual(obj.tariffs[0].check, { status: 'verified', note: 'rate confirmed', source: 'Finance notice 2026-04', by: 'Rui Okafor', at: WHO.at });
    assert.equal(obj.figures.find((f: { id: string }) => f.id === 'f1').check.status, 'verified', 'the figure of a rate shares its check');
    assert.equal(obj.quotes[2].check.status, 'disputed');
    assert.equal(obj.people[0].check.status, 'unchecked');
    assert.deepEqual(obj.orphans.map((o: { text: string; source: string }) => [o.text, o.source]), [['$9 billion', 'old draft']]);
  });

  it('render: CSV has status, note and source on each fact and a row per orphan', () => {
    const [head, ...body]: string[][] = parseCsv(checked('csv'), { bom: true });
    const col = (r: string[], name: string) => r[head.indexOf(name)];
    const rate = body.find((r) => r[0] === 'tariff')!;
    assert.deepEqual([col(rate, 'status'), col(rate, 'note'), col(rate, 'source'), col(rate, 'checked_by')], ['verified', 'rate confirmed', 'Finance notice 2026-04', 'Rui Okafor']);
    assert.equal(col(body.find((r) => r[0] === 'person')!, 'status'), 'unchecked');
    const orphan = body.find((r) => r[0] === 'orphan:figure')!;
    assert.deepEqual([orphan[1], col(orphan, 'source'), col(orphan, 'line')], ['$9 billion', 'old draft', '']);
  });

  it('render: Markdown and HTML show the checks, a progress line and the orphans', () => {
    const md = checked('md');
    assert.match(md, /^- Checked: 2 of 7 facts checked: 1 verified, 1 disputed; 1 mark whose fact is gone$/m);
    assert.match(md, /\| 25% \| Canada → American goods \| imposed \| 3 \| verified \| rate confirmed \| Finance notice 2026-04 \|/);
    assert.match(md, /“Nobody asked us” — disputed; no official named/);
    assert.match(md, /## Marks whose fact is gone \(1\)[\s\S]*\$9 billion/);
    const html = checked('html');
    assert.match(html, /<td>verified<\/td><td>rate confirmed<\/td><td>Finance notice 2026-04<\/td>/);
    assert.match(html, /<h2>Marks whose fact is gone \(1\)<\/h2>/);
    assert.ok(!render('md').includes('Status'), 'no check columns without a ledger');
  });

  it('render: a changed fact says what it was', () => {
    const edited = RENDER_TEXT.replace('$3.1 billion', '$3.4 billion');
    const l = markFact(emptyLedger(), RENDER_ANALYSIS, 'f2', { status: 'verified', ...WHO });
    const out = renderFactSheets('md', [{ file: 'x.txt', text: edited, analysis: analyze(edited), ledger: l }], GENERATED);
    assert.match(out, /\| \$3\.4 billion \|.*\| changed \(was \$3\.1 billion\) \|/);
  });
});

describe('render: numbers as en-US writes them', () => {
  it('formatNumber: rounds half away from zero on the shortest decimal, as Intl does', () => {
    const cases: Array<[number, number, string]> = [
      [0.15, 1, '0.2'], [1234.55, 1, '1,234.6'], [999999.95, 1, '1,000,000'], [-0.04, 1, '-0'], [5e-7, 6, '0.000001'],
      [54296813217.0844, 6, '54,296,813,217.0844'], [295400000000, 3, '295,400,000,000'], [0.5, 0, '1'], [-2.5, 0, '-3'],
    ];
    for (const [v, d, want] of cases) assert.equal(formatNumber(v, d), want, `${v} to ${d} decimals`);
  });
  it('formatNumber: the same text as toLocaleString("en-US") on 20,000 numbers of every size', () => {
    // A fixed sequence (a linear congruential generator), so a failure names the same number every run.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20_000; i++) {
      const v = (next() - 0.3) * 10 ** (Math.floor(next() * 18) - 6);
      const d = [0, 1, 2, 3, 6][i % 5];
      assert.equal(formatNumber(v, d), v.toLocaleString('en-US', { maximumFractionDigits: d }), `${v} to ${d} decimals`);
    }
  });
});
