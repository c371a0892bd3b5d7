/**
 * Rate tables pasted into articles: a heading that names duties or tariffs, then rows of a label
 * and its rates ("Canfor 7.72% 20.26% 27.98% … -5.85%"). Every rate in such a table is a tariff
 * rate, except signed changes and a trailing "Difference"/"Change" column.
 */
import type { FigureMention } from '../mentions';
import { HAS_TARIFF_WORD } from './governs';
import { rx } from '../lexicon/wordList';
import { CHANGE_COLUMNS } from '../lexicon/tariffWords';

export interface TableRate {
  figure: FigureMention;
  /** The row's label ("Canfor", "Others"). */
  row: string;
}

const PROSE_WORD = /\b[a-z]{4,}\b/;
const CHANGE_COLUMN = rx('i')`\b${CHANGE_COLUMNS}\.?(?:\s+\S+){0,3}\s*$`;

/** The tariff rates of a rate table in the paragraph, or [] when the paragraph is prose. */
export function tableRates(paragraph: string, percents: FigureMention[]): TableRate[] {
  if (percents.length < 6) return [];
  const header = paragraph.slice(0, percents[0].start);
  if (!HAS_TARIFF_WORD.test(header)) return [];
  const gaps = percents.slice(1).map((f, i) => paragraph.slice(percents[i].end, f.start));
  // A comma between rates is a sentence's list ("18 percent on Brazil, 12 percent on …"), not a table row.
  if (gaps.filter((g) => PROSE_WORD.test(g) || /[.;:,]\s/.test(g)).length > gaps.length * 0.2) return [];

  // Rows: a gap with letters starts a new row; the header's last words label the first row.
  const rows: Array<{ label: string; rates: FigureMention[] }> = [];
  const firstLabel = header.trim().split(/\s+/).pop() ?? '';
  rows.push({ label: firstLabel, rates: [percents[0]] });
  gaps.forEach((g, i) => {
    if (/\p{L}/u.test(g)) rows.push({ label: g.trim(), rates: [] });
    rows[rows.length - 1].rates.push(percents[i + 1]);
  });
  const width = rows[0].rates.length;
  const regular = rows.every((r) => r.rates.length === width);
  const dropLast = regular && width > 1 && CHANGE_COLUMN.test(header.trim().split(/\s+/).slice(0, -1).join(' '));
  const out: TableRate[] = [];
  for (const r of rows) {
    r.rates.forEach((f, i) => {
      if (/^[-−+]/.test(f.text) || (dropLast && i === r.rates.length - 1)) return;
      out.push({ figure: f, row: r.label });
    });
  }
  return out;
}
