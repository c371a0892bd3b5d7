/**
 * Markdown tables of rates, as explainers print them:
 *
 *   | Product | Origin | Surtax | Previous |
 *   |---|---|---|---|
 *   | Flat-rolled steel | China | 25% | none |
 *
 * A percentage in a column whose header names a tariff ("Surtax", "Duty", "Rate") or its earlier
 * level ("Previous", "Old rate") is a tariff rate when the table's header or the heading above it
 * names tariffs; so is one in a column of a schedule beside them ("| Current duty | July 2027 |").
 * Its target is the row's label, with the origin column's country when there is one
 * ("Flat-rolled steel from China"). The imposer is left to the article-wide passes.
 */
import type { FigureMention, TariffMention } from '../mentions';
import { isHeading, type Paragraph } from '../paragraphs';
import { rx } from '../lexicon/wordList';
import { EARLIER_COLUMNS, MARGIN_KINDS, NUMBER_WORDS, ORDINAL_WORDS, ORIGIN_COLUMNS, PERCENT_UNIT, PERIOD_UNITS, SCHEDULE_COLUMNS } from '../lexicon/tariffWords';
import { MONTHS } from '../lexicon/months';
import { DUTY_TOPIC, HAS_TARIFF_WORD } from './governs';
import { lowerBound } from '../quotes/search';

const ROW = /^\s*\|.*\|\s*$/;
const SEPARATOR = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
const RATE_HEADER = new RegExp(`${HAS_TARIFF_WORD.source}|(?<![\\p{L}-])rates?(?![\\p{L}-])`, 'iu');
// "| Dumping margin | Subsidy margin |": the margins an inquiry sets are its duty rates.
const MARGIN_HEADER = rx('iu')`(?<![\p{L}-])${MARGIN_KINDS}\s+margins?(?![\p{L}-])`;
const EARLIER_HEADER = rx('iu')`(?<![\p{L}-])${EARLIER_COLUMNS}(?![\p{L}-])`;
const ORIGIN_HEADER = rx('iu')`^(?:${ORIGIN_COLUMNS})$`;
const EXPORTER_HEADER = /^(?:exporters?|producers?|compan(?:y|ies))$/i;
const PERCENT_CELL = rx('i')`\d\s?${PERCENT_UNIT}`;
// "| Current duty | July 2027 | July 2028 |", "| Year 1 | Year 2 |": the steps of a schedule beside a rate column.
const SCHEDULE_HEADER = rx('iu')`^(?:(?:from|by|in|as\s+of|after)\s+)?(?:(?:\d{1,2}\s+)?${MONTHS}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?$|^(?:${PERIOD_UNITS})\s+(?:\d{1,2}|${NUMBER_WORDS}|${ORDINAL_WORDS})$`;

// "| From July 1 | Planned January step |": a month or a schedule word names a step beside the rate column.
const STEP_HEADER = rx('iu')`(?<![\p{L}-])(?:${SCHEDULE_COLUMNS}|${MONTHS})(?![\p{L}-])`;

interface Cell {
  text: string;
  /** Offset of the cell's text in the paragraph. */
  start: number;
}

/** The cells of a table row with their offsets ("| a | b |" → a, b). */
function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  let at = line.indexOf('|') + 1;
  while (at > 0 && at < line.length) {
    const next = line.indexOf('|', at);
    if (next < 0) break;
    const raw = line.slice(at, next);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ text: raw.trim(), start: lineStart + at + lead });
    at = next + 1;
  }
  return cells;
}

/** `text.split('\n')[0]`, without splitting every paragraph of the article at every keystroke. */
function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

/** A table's lines with their document offsets: one paragraph, or one paragraph a line (as the splitter gives them). */
function tableLines(paragraphs: Paragraph[], i: number): { lines: { text: string; start: number }[]; next: number } | null {
  const lines: { text: string; start: number }[] = [];
  let k = i;
  for (; k < paragraphs.length && ROW.test(firstLine(paragraphs[k].text)); k++) {
    let at = paragraphs[k].start;
    for (const text of paragraphs[k].text.split('\n')) {
      if (ROW.test(text)) lines.push({ text, start: at });
      at += text.length + 1;
    }
  }
  return lines.length >= 3 && SEPARATOR.test(lines[1].text) ? { lines, next: k } : null;
}

/** Rates of the Markdown rate tables in the article (document offsets); rates already found there are returned revised. */
export function pipeTableRates(paragraphs: Paragraph[], figures: FigureMention[], known: TariffMention[]): TariffMention[] {
  const out: TariffMention[] = [];
  // Built when a table is found (most articles have none).
  let taken: Map<number, TariffMention> | undefined;
  let heading = '';
  for (let i = 0; i < paragraphs.length; i++) {
    if (isHeading(paragraphs[i].text)) heading = paragraphs[i].text;
    const table = tableLines(paragraphs, i);
    if (!table) continue;
    i = table.next - 1;
    const [head, , ...rows] = table.lines;
    const header = cellsOf(head.text, 0).map((c) => c.text.replace(/[*_]/g, ''));
    // The header, the heading above, or the story's headline names tariffs ("UK trims tariffs on 400 lines" over "| Current rate |").
    // (An anti-dumping or safeguard word counts: "the Anti-Dumping Commission's final numbers" over "| Dumping margin |".)
    if (!header.some((h) => DUTY_TOPIC.test(h) || MARGIN_HEADER.test(h)) && !DUTY_TOPIC.test(heading) && !DUTY_TOPIC.test(paragraphs[0]?.text ?? '')) continue;
    const rateColumns = new Set(header.flatMap((h, c) => (RATE_HEADER.test(h) || MARGIN_HEADER.test(h) || EARLIER_HEADER.test(h) ? [c] : [])));
    if (!rateColumns.size) continue;
    header.forEach((h, c) => (SCHEDULE_HEADER.test(h) || STEP_HEADER.test(h)) && rateColumns.add(c));
    // "| Exporter | Country |": the country column is the origin, and the exporter the row's label.
    const countryColumn = header.findIndex((h) => ORIGIN_HEADER.test(h) && !EXPORTER_HEADER.test(h));
    const origin = countryColumn >= 0 ? countryColumn : header.findIndex((h) => ORIGIN_HEADER.test(h));
    for (const row of rows) {
      const cells = cellsOf(row.text, row.start);
      const label = cells.find((c, n) => n !== origin && !rateColumns.has(n) && !PERCENT_CELL.test(c.text))?.text.replace(/[*_]/g, '') ?? '';
      const from = origin >= 0 ? (cells[origin]?.text.replace(/[*_]/g, '') ?? '') : '';
      const target = label && from ? `${label} from ${from}` : label;
      cells.forEach((cell, n) => {
        if (!rateColumns.has(n)) return;
        // Figures are in document order: only those inside the cell are read (a long table stays linear).
        for (let n2 = lowerBound(figures, cell.start, (x) => x.start); n2 < figures.length && figures[n2].start < cell.start + cell.text.length; n2++) {
          const f = figures[n2];
          if (f.kind !== 'percent' || f.end > cell.start + cell.text.length) continue;
          const found = (taken ??= new Map(known.map((t) => [t.start, t]))).get(f.start);
          out.push({
            ...(found ?? { previousRate: null, change: null }),
            start: f.start, end: f.end, text: f.text, rate: f.value, target: target || found?.target || '',
            // The table names no imposer: the article-wide passes give one (the row's origin is what it hits).
            imposer: found && found.imposer !== countryOf(from) ? found.imposer : '',
            sentence: f.sentence, sentenceStart: f.sentenceStart,
            because: ['tariff.is.table-column', target && 'tariff.target.row-label'].filter(Boolean) as string[],
          } as TariffMention);
        }
      });
    }
  }
  return out;
}

// Only the origin cell's exact country matters here: "China" in "China, Vietnam" hits the rate too.
function countryOf(from: string): string {
  return from.split(/,\s*|\s+and\s+/)[0] ?? '';
}
