import assert from 'node:assert/strict';
import { isHeading, splitParagraphs } from '../../src/core/paragraphs';
import { articleTitle, lineIndex } from '../../src/core/factSheet';
import { countWords } from '../../src/core/analyze';

const texts = (t: string) => splitParagraphs(t).map((p) => p.text);

describe('paragraphs: splitting an article', () => {
  const cases: Array<[string, string, string[]]> = [
    ['one paragraph per line, as pasted from the web', 'Tariffs rose.\nChina replied.', ['Tariffs rose.', 'China replied.']],
    ['blank lines between paragraphs', 'First one.\n\nSecond one.', ['First one.', 'Second one.']],
    ['hard-wrapped Markdown keeps a sentence together', 'The levy rose to\n25% on steel.\n\nNext.', ['The levy rose to\n25% on steel.', 'Next.']],
    ['a heading and a list item start blocks', '# Title\nBody text\n- item one\n- item two', ['# Title', 'Body text', '- item one', '- item two']],
    ['CRLF line ends', 'One.\r\nTwo.\r\n', ['One.', 'Two.']],
    ['a line ending in a closing quote ends the paragraph', '“We will respond,” she said.\n“Soon.”\nNext', ['“We will respond,” she said.', '“Soon.”', 'Next']],
    ['empty and blank text', ' \n\n \t', []],
  ];
  for (const [what, text, expected] of cases) {
    it(`paragraphs: ${what}`, () => assert.deepEqual(texts(text), expected));
  }

  it('paragraphs: offsets index the text', () => {
    const text = '\uFEFF  Lead para.\r\n\r\n  Indented second para ends here.\n';
    for (const p of splitParagraphs(text)) assert.equal(text.slice(p.start, p.start + p.text.length), p.text);
    assert.deepEqual(texts(text), ['Lead para.', 'Indented second para ends here.']);
  });
});

describe('paragraphs: headings', () => {
  // The three patterns as isHeading had them before it skipped long paragraphs and other openings.
  const plain = (t: string) =>
    /^\s*#{1,6}\s/.test(t) ||
    /^\s*(?:\*\*|__)[^*_\n]{3,120}(?:\*\*|__)\s*$/.test(t) ||
    /^\s*(?=[^\n]*\p{Lu}{2,}\s+\p{Lu}{2,})[\p{Lu}\d][\p{Lu}\d\s&'’,/-]{5,80}(?:\([^()\n]{1,30}\))?\s*$/u.test(t);
  const cases: Array<[string, boolean]> = [
    ['## The headline rates', true],
    ['**Key changes in Basic Customs Duty**', true],
    [`  **${'x'.repeat(120)}**  \n`, true],
    [`**${'x'.repeat(121)}**`, false],
    ['NEW EXPORT DUTY RATES (FOB value)', true],
    [`\n\t ${'AB CD '.repeat(13)}A (${'y'.repeat(30)})\n\n  `, true],
    [`${'AB CD '.repeat(13)}ABC (${'y'.repeat(30)})`, false],
    ['12 NEW RATES', true],
    ['Brazil raised tariffs on soybeans to 26% from 16%.', false],
    ['“Our exporters need certainty, not threats,” he said.', false],
  ];
  for (const [text, expected] of cases) {
    it(`headings: ${JSON.stringify(text.slice(0, 40))} is ${expected ? '' : 'not '}one`, () => {
      assert.equal(plain(text), expected, 'the case itself');
      assert.equal(isHeading(text), expected);
    });
  }
  it('headings: the same as the three patterns on random short lines', () => {
    const chars = ['A', 'B', 'Z', 'a', 'x', '1', ' ', '\n', '\t', '*', '_', '#', '(', ')', '&', '’', ',', '-', '.', 'É'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 20000; i++) {
      const n = Math.floor(next() * 140);
      let t = '';
      for (let k = 0; k < n; k++) t += next() < 0.6 ? chars[Math.floor(next() * 3)] + (next() < 0.3 ? ' ' : '') : chars[Math.floor(next() * chars.length)];
      if (next() < 0.2) t = `**${t.replace(/[*_\n]/g, '')}**`;
      assert.equal(isHeading(t), plain(t), JSON.stringify(t));
    }
  });
});

describe('paragraphs: lines, titles, words', () => {
  it('lines: maps offsets to 1-based lines', () => {
    const line = lineIndex('a\nbc\n\nd');
    assert.deepEqual([0, 1, 2, 4, 5, 6].map(line), [1, 1, 2, 2, 3, 4]);
  });
  it('titles: first non-empty line without heading marks, else the file name', () => {
    assert.equal(articleTitle('\n\n## Steel duties rise\nBody', 'a.md'), 'Steel duties rise');
    assert.equal(articleTitle('   \n', '/news/draft-7.txt'), 'draft-7.txt');
    assert.ok(articleTitle('x'.repeat(400), 'a.md').length <= 160);
    assert.equal(articleTitle('---\ntitle: "Ports brace for duties"\ndate: 2026-05-01\n---\n# Other', 'a.md'), 'Ports brace for duties');
    assert.equal(articleTitle('---\ndate: 2026-05-01\n---\n\n# Steel talks stall\n', 'a.md'), 'Steel talks stall');
  });
  it('words: counts words, not punctuation', () => {
    assert.equal(countWords('The U.S. raised tariffs to 25% — on $155 billion.'), 9);
    assert.equal(countWords(''), 0);
  });
});
