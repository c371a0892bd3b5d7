/**
 * Data tables as .csv (or .tsv): one passage per non-empty cell, with its row header (the row's
 * first cell) and column header (the first row's cell). Quoted fields, doubled quotes, line
 * breaks inside quotes and ragged rows are read; a row longer than the header names its extra
 * columns by number, and the ragged rows are counted in `problems`.
 */
import type { Passage, SourceDoc } from './types';

/** A table row: its cells and the 1-based line it starts on. */
export interface Row {
  cells: string[];
  line: number;
}

/** The delimiter of the first line: tab, semicolon or comma, whichever it has most of. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  return ['\t', ';'].find((d) => count(d) > count(',')) ?? ',';
}

/** RFC 4180 rows; an unclosed quote runs to the end of the text (and is reported by the caller). */
export function parseCsv(text: string, delimiter = delimiterOf(text)): { rows: Row[]; unclosed: boolean } {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let any = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (any || cells.some((c) => c !== '')) rows.push({ cells, line: rowLine });
    cells = [];
    any = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      any = true;
    } else if (ch === delimiter) {
      endCell();
      any = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return { rows, unclosed: quoted };
}

const NUMERIC = /^[-+(]?[$€£¥]?\s?\d[\d,]*(?:\.\d+)?\s?%?\)?$/;

/** Reads a table into cells with their headers. */
export function readCsv(file: string, text: string): SourceDoc {
  const { rows, unclosed } = parseCsv(text.replace(/^\uFEFF/, ''));
  const problems: string[] = [];
  if (unclosed) problems.push('a quoted field is never closed; read to the end of the file');
  const [head, ...body] = rows;
  if (!head) return { file, kind: 'table', passages: [], problems };
  const header = head.cells.map((c) => c.trim());
  const ragged = body.filter((r) => r.cells.length !== header.length).length;
  if (ragged) problems.push(`${ragged} ${ragged === 1 ? 'row has' : 'rows have'} a different number of cells than the header`);
  // The first column labels the rows unless it holds numbers.
  const rowHeaders = body.some((r) => r.cells[0]?.trim() && !NUMERIC.test(r.cells[0].trim()));
  const passages: Passage[] = [];
  for (const r of body) {
    const row = rowHeaders ? (r.cells[0] ?? '').trim() : '';
    r.cells.forEach((c, j) => {
      const cell = c.trim();
      if (!cell || (rowHeaders && j === 0)) return;
      passages.push({ line: r.line, text: cell, row, column: header[j] || `column ${j + 1}` });
    });
  }
  return { file, kind: 'table', passages, problems };
}
