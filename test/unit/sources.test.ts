import assert from 'node:assert/strict';
import { readSource } from '../../src/core/sources/read';
import { parseCsv } from '../../src/core/sources/readCsv';
import { labelAt, speakerDiffers } from '../../src/core/sources/speakers';
import { indexSource, shinglePassages } from '../../src/core/sources/fileIndex';
import { hashShingle, hashWord, normWords, wordHashes } from '../../src/core/sources/tokens';
import { checkQuote, ALTERED_SHARE } from '../../src/core/sources/quoteCheck';
import { checkFigure, statedStep } from '../../src/core/sources/figureCheck';
import { headerUnit, passageNumbers } from '../../src/core/sources/numbers';
import { SourceLibrary } from '../../src/core/sources/library';
import { describeSourceCheck } from '../../src/core/sources/describe';
import { analyze } from '../../src/core/analyze';
import type { Figure } from '../../src/core/types';

const lib = (...docs: Array<[string, string]>) => docs.map(([f, t]) => indexSource(readSource(f, t)));

describe('sources: readers', () => {
  it('sources: text is read into paragraphs with the line each starts on', () => {
    const d = readSource('notes.md', '# Call notes\n\nFirst paragraph\nruns on here.\n\n\nSecond one.');
    assert.deepEqual(d.passages.map((p) => [p.line, p.text]), [[1, '# Call notes'], [3, 'First paragraph\nruns on here.'], [7, 'Second one.']]);
  });

  it('sources: a transcript .txt starts a passage at each speaker label, with the label as speaker', () => {
    const d = readSource('call.txt', 'LEE: We will hold the line.\nAna Ruiz: The mills disagree.\n[00:04:10] LEE: Not today.\nNote: recorded by phone');
    assert.deepEqual(d.passages.map((p) => [p.line, p.speaker, p.time, p.text]), [
      [1, 'LEE', undefined, 'We will hold the line.'],
      [2, 'Ana Ruiz', undefined, 'The mills disagree.'],
      [3, 'LEE', '00:04:10', 'Not today.\nNote: recorded by phone'],
    ]);
  });

  it('sources: a one-word Title-case label counts only when the file uses it twice', () => {
    assert.equal(labelAt('Update: talks resume'), null);
    assert.equal(labelAt('Lee: fine'), null);
    assert.equal(labelAt('Lee: fine', new Set(['Lee']))?.speaker, 'Lee');
    assert.equal(labelAt('KIM LEE: fine')?.speaker, 'KIM LEE');
  });

  it('sources: .srt cues carry their start time and speaker; a cue without timing is skipped and named', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nLEE: First words\n\n2\nno timing here\n\n3\n00:01:02,500 --> 00:01:04,000\ncarry on\n';
    const d = readSource('i.srt', srt);
    assert.deepEqual(d.passages.map((p) => [p.line, p.time, p.speaker, p.text]), [[3, '00:00:01', 'LEE', 'First words'], [10, '00:01:02', 'LEE', 'carry on']]);
    assert.deepEqual(d.problems, ['cue at line 5 has no timing; skipped']);
  });

  it('sources: .vtt voices (<v Name>) name the speaker; tags, notes and the header are left out', () => {
    const vtt = 'WEBVTT\n\nNOTE a note\n\nid-1\n00:10.000 --> 00:12.000\n<v.loud Ana Ruiz><i>Hello</i> there\n\n1:00:01.000 --> 1:00:02.000 align:start\nLEE: back\n';
    const d = readSource('i.vtt', vtt);
    assert.deepEqual(d.passages.map((p) => [p.time, p.speaker, p.text]), [['00:00:10', 'Ana Ruiz', 'Hello there'], ['01:00:01', 'LEE', 'back']]);
  });

  it('sources: CSV fields with quotes, doubled quotes, commas and line breaks are read (RFC 4180)', () => {
    const { rows } = parseCsv('a,"b, c","say ""hi"""\r\n"two\nlines",x,\n');
    assert.deepEqual(rows.map((r) => [r.line, r.cells]), [[1, ['a', 'b, c', 'say "hi"']], [2, ['two\nlines', 'x', '']]]);
  });

  it('sources: a CSV cell knows its row and column headers; ragged rows are read and counted', () => {
    const d = readSource('t.csv', 'Product,2025 (US$ million)\nSteel pipe,760\nWire,12,extra\nShort\n');
    assert.deepEqual(d.passages.map((p) => [p.line, p.row, p.column, p.text]), [[2, 'Steel pipe', '2025 (US$ million)', '760'], [3, 'Wire', '2025 (US$ million)', '12'], [3, 'Wire', 'column 3', 'extra']]);
    assert.deepEqual(d.problems, ['2 rows have a different number of cells than the header']);
  });

  it('sources: a .docx text gets paragraph numbers for lines', () => {
    const d = readSource('n.docx', 'One\n\nTwo\n\nThree\n\n');
    assert.deepEqual(d.passages.map((p) => [p.line, p.text]), [[1, 'One'], [2, 'Two'], [3, 'Three']]);
  });
});

describe('sources: speakers', () => {
  const rows: Array<[string, string, boolean]> = [
    ['LEE', 'Kim Lee', false],
    ['Ana Ruiz', 'Ruiz', false],
    ['Dr. Ruiz', 'Ana Ruiz', false],
    ['INTERVIEWER', 'Kim Lee', true],
    ['Ana Ruiz', 'Kim Lee', true],
  ];
  for (const [label, speaker, differs] of rows) it(`sources: label ${label} vs speaker ${speaker}: ${differs ? 'someone else' : 'the same'}`, () => assert.equal(speakerDiffers(label, speaker), differs));
});

describe('sources: index', () => {
  it('sources: words are normalized: quote marks, dashes, case and digit groups ignored', () => {
    assert.deepEqual(normWords('“Don’t” — SELL 4,200 long-term'), ["don't", 'sell', '4200', 'long', 'term']);
  });

  it('sources: the index hashes words exactly as the quote check normalizes them', () => {
    const text = '“Don’t” — SELL 4,200 long-term ١٢,٣ O’Neil’s İstanbul ÉTÉ';
    assert.deepEqual(wordHashes(text), normWords(text).map(hashWord));
  });

  it('sources: a shingle across two cues is found, owned by the cue it starts in', () => {
    const [f] = lib(['i.srt', '1\n00:00:01,000 --> 00:00:02,000\nalpha beta\n\n2\n00:00:03,000 --> 00:00:04,000\ngamma delta\n']);
    const h = (a: string, b: string, c: string) => hashShingle(hashWord(a), hashWord(b), hashWord(c));
    assert.deepEqual(shinglePassages(f, h('alpha', 'beta', 'gamma')), [0]);
    assert.deepEqual(shinglePassages(f, h('beta', 'gamma', 'delta')), [0]);
    assert.deepEqual(shinglePassages(f, h('gamma', 'delta', 'alpha')), []);
    assert.equal(f.words, 4);
  });

  it('sources: the index holds one key per distinct shingle and passage (it grows with the text, not its square)', () => {
    const para = 'steel mills ran at full capacity through the winter months';
    const [small] = lib(['a.md', Array(10).fill(para).map((p, i) => `${p} ${i}`).join('\n\n')]);
    const [big] = lib(['b.md', Array(100).fill(para).map((p, i) => `${p} ${i}`).join('\n\n')]);
    assert.ok(big.shingles.length <= small.shingles.length * 11, `${big.shingles.length} vs ${small.shingles.length}`);
  });
});

describe('sources: quote check', () => {
  const files = lib(
    ['interview.srt', '1\n00:12:25,000 --> 00:12:30,000\nLEE: Frankly, we will not accept a deal that leaves our mills\n\n2\n00:12:31,000 --> 00:12:34,000\nexposed to a flood of cheap imports.\n\n3\n00:12:40,000 --> 00:12:44,000\nQ: So the quota fight is far from over for the mills.\n'],
    ['notes.md', 'Ruiz said we asked the ministry for a clear timetable and we got silence.\n\nShe expects 12 plants to close by June.'],
  );

  it('sources: verbatim across two cues, ignoring case and punctuation, with time and speaker', () => {
    const c = checkQuote({ text: 'We will NOT accept a deal that leaves our mills — exposed to a flood of cheap imports', speaker: 'Kim Lee' }, files);
    assert.equal(c?.status, 'verbatim');
    assert.deepEqual([c?.file, c?.line, c?.time, c?.speaker, c?.speakerDiffers], ['interview.srt', 3, '00:12:25', 'LEE', false]);
  });

  it('sources: a source of one huge paragraph (300,000 words, no blank line) is read and checked without overflowing the stack', () => {
    const filler = Array.from({ length: 30_000 }, (_, i) => `shipment ${i} cleared the port on time today`).join(' ');
    const big = lib(['log.txt', `${filler} and the minister said we will not accept a deal that leaves our mills exposed ${filler}`]);
    const c = checkQuote({ text: 'we will not accept a deal that leaves our mills exposed', speaker: null }, big);
    assert.equal(c?.status, 'verbatim');
  });

  it('sources: a dropped "not" is altered and serious, with the word run', () => {
    const c = checkQuote({ text: 'We will accept a deal that leaves our mills exposed to a flood of cheap imports', speaker: 'Kim Lee' }, files);
    assert.equal(c?.status, 'altered');
    assert.deepEqual(c?.differences, [{ expected: 'not', found: '', serious: true }]);
    assert.equal(c?.serious, true);
  });

  it('sources: a changed number is serious; a changed word is not', () => {
    const num = checkQuote({ text: 'She expects 15 plants to close by June', speaker: null }, files);
    assert.equal(num?.status, 'altered');
    assert.deepEqual(num?.differences, [{ expected: '12', found: '15', serious: true }]);
    const word = checkQuote({ text: 'we asked the ministry for a clear timeline and we got silence', speaker: null }, files);
    assert.deepEqual([word?.status, word?.serious, word?.differences], ['altered', false, [{ expected: 'timetable', found: 'timeline', serious: false }]]);
  });

  it('sources: a transcript label other than the quote speaker is said', () => {
    const c = checkQuote({ text: 'The quota fight is far from over for the mills', speaker: 'Kim Lee' }, files);
    assert.deepEqual([c?.status, c?.speaker, c?.speakerDiffers], ['verbatim', 'Q', true]);
  });

  it('sources: an ellipsis or bracketed words leave words out and the quote stays verbatim', () => {
    assert.equal(checkQuote({ text: 'we will not accept a deal … exposed to a flood of cheap imports', speaker: null }, files)?.status, 'verbatim');
    assert.equal(checkQuote({ text: '[We] asked the ministry for a clear timetable', speaker: null }, files)?.status, 'verbatim');
  });

  it(`sources: a quote sharing less than ${ALTERED_SHARE * 100}% of its shingles is not found; one under three words is not looked up`, () => {
    assert.equal(checkQuote({ text: 'the mills want a deal that protects jobs in every region of the country', speaker: null }, files)?.status, 'not-found');
    assert.equal(checkQuote({ text: 'cheap imports', speaker: null }, files), null);
  });
});

describe('sources: figures', () => {
  const fig = (text: string, sentence: string): Figure => {
    const a = analyze(sentence);
    const f = a.figures.find((x) => x.text === text);
    assert.ok(f, `figure ${text} in "${sentence}"`);
    return f;
  };

  it('sources: values are read in any notation', () => {
    for (const t of ['$4.2 billion', '$4.2bn', 'US$4.2 billion', '4,200 million dollars']) assert.equal(passageNumbers({ line: 1, text: `Exports reached ${t} last year.` })[0]?.value, 4.2e9, t);
  });

  it('sources: headers state the units of bare cells', () => {
    assert.deepEqual(headerUnit('Steel exports (US$ billion)'), { currency: 'USD', factor: 1e9, percent: false });
    assert.deepEqual(headerUnit('Share (%)'), { currency: '', factor: 1, percent: true });
    assert.equal(headerUnit('Tonnes'), null);
  });

  it('sources: the stated precision sets the rounding step', () => {
    assert.equal(statedStep({ text: '$3.9 billion', value: 3.9e9 }), 1e8);
    assert.equal(statedStep({ text: '12%', value: 12 }), 1);
  });

  const files = lib(
    ['release.md', 'Overall steel exports reached $4.2bn last year.\n\nAluminium imports came to $3.94 billion.\n\nSteel exports to the region fell to $2.1 billion in the first half.'],
    ['table.csv', 'Product,2025 (US$ million)\nCopper wire,498.2\n'],
  );
  const rows: Array<[string, string, string, string]> = [
    ['$4.2 billion', 'Overall steel exports reached $4.2 billion last year.', 'found', 'release.md'],
    ['$498.2 million', 'Copper wire exports rose to $498.2 million.', 'found', 'table.csv'],
    ['$3.9 billion', 'Aluminium imports came to $3.9 billion.', 'rounded', 'release.md'],
    ['$2.4 billion', 'Steel exports to the region fell to $2.4 billion.', 'different', 'release.md'],
    ['$7.7 billion', 'The port plans a $7.7 billion expansion of its berths.', 'not-found', ''],
  ];
  for (const [text, sentence, status, file] of rows) {
    it(`sources: ${text} is ${status}`, () => {
      const c = checkFigure(fig(text, sentence), files);
      assert.equal(c.status, status);
      assert.equal(c.file ?? '', file);
    });
  }

  it('sources: a table match names its row and column; a different value says what the source has', () => {
    const cell = checkFigure(fig('$498.2 million', 'Copper wire exports rose to $498.2 million.'), files);
    assert.deepEqual([cell.row, cell.column, cell.line], ['Copper wire', '2025 (US$ million)', 2]);
    const other = checkFigure(fig('$2.4 billion', 'Steel exports to the region fell to $2.4 billion.'), files);
    assert.deepEqual(other.differences, [{ expected: '$2.1 billion', found: '$2.4 billion', serious: true }]);
    assert.equal(describeSourceCheck(other), 'Different: release.md, line 5 has $2.1 billion');
  });
});

describe('sources: library', () => {
  it('sources: a source put again replaces its index; removed, its facts are no longer found', () => {
    const library = new SourceLibrary();
    library.put(readSource('r.md', 'Steel exports reached $4.2bn.'));
    const a = analyze('Steel exports reached $4.2 billion, officials said.');
    assert.equal(library.check(a).get(a.figures[0].id)?.status, 'found');
    library.put(readSource('r.md', 'Steel exports reached $5.6bn.'));
    assert.equal(library.check(a).get(a.figures[0].id)?.status, 'different');
    assert.ok(library.remove('r.md'));
    assert.equal(library.check(a).get(a.figures[0].id)?.status, 'not-found');
    assert.equal(library.fileCount, 0);
  });
});

describe('sources: what the views read', () => {
  it('sources: an altered quote and a different figure are flags for Problems and the checklist; verbatim ones are not', async () => {
    const { factFlags } = await import('../../src/extension/factFlags');
    const library = new SourceLibrary();
    library.put(readSource('call.txt', 'LEE: We will not sign a deal that hurts our mills.\n\nLEE: Steel exports reached $4.6 billion last year.'));
    const a = analyze('"We will sign a deal that hurts our mills," Kim Lee said. Steel exports reached $4.2 billion last year, Lee said.');
    const flags = factFlags(a, library.check(a)).filter((f) => f.code.startsWith('source-'));
    assert.deepEqual(flags.map((f) => [f.code, f.message]), [
      ['source-altered', 'Altered from call.txt, line 1: “not” left out (a negation or number differs)'],
      ['source-different', 'Different: call.txt, line 3 has $4.6 billion'],
    ]);
    assert.equal(factFlags(a).filter((f) => f.code.startsWith('source-')).length, 0);
  });

  it('sources: the Quotes panel message carries a source badge, and a malformed one is refused', async () => {
    const { parseHostMessage } = await import('../../src/shared/quotesMessages');
    const model = (source: unknown) => ({ type: 'model', model: { kind: 'document', documentName: 'a.md', groups: [{ key: 'k', speaker: 'Kim Lee', title: '', affiliation: '', quotes: [{ id: 'q1', text: 'x', line: 1, source }] }] } });
    assert.ok(parseHostMessage(model({ status: 'verbatim', label: 'Verbatim · interview.srt at 00:12:35' })));
    assert.equal(parseHostMessage(model({ status: 'maybe', label: 'x' })), undefined);
    assert.equal(parseHostMessage(model('verbatim')), undefined);
  });
});
