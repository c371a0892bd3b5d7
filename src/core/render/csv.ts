import type { FactSheet } from '../factSheet';
import type { FactCheck } from '../ledger';
import { formatSource } from './format';
import type { SourceCheck } from '../sources/types';

/** Quotes a CSV cell per RFC 4180, and defuses spreadsheet formulas (a leading = + - @). */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One column set for every row and every file; a column means the same on every row and is empty
 * where it does not apply. `kind` is `figure:<kind>`, `tariff`, `person`, `organization`, `quote`,
 * `check:<kind>` (a figure check, on its figure's line) or `orphan:<kind>` (a mark whose fact is gone).
 */
export const CSV_COLUMNS = [
  'kind', 'text', 'value', 'unit', 'status', 'note', 'source', 'line',
  'file', 'start', 'end', 'sentence', 'speaker', 'imposer', 'target', 'previous_rate', 'change',
  'title', 'affiliation', 'aliases', 'mentions', 'checked_by', 'checked_at', 'message',
] as const;

/** The column added after those when the sheets carry source checks (`check --sources`). */
const SOURCE_COLUMN = 'source_check';

type Column = (typeof CSV_COLUMNS)[number] | typeof SOURCE_COLUMN;
type Row = Partial<Record<Column, string | number | null>>;

/** The check columns of a fact; empty when the sheet has no ledger. */
const checkCols = (sheet: FactSheet, c: FactCheck): Row =>
  sheet.ledger ? { status: c.status, note: c.note, source: c.source, checked_by: c.by, checked_at: c.at } : {};

/** The source check column of a figure or quote; empty when the sheet has no source checks. */
const sourceCol = (sheet: FactSheet, c: SourceCheck | null | undefined): Row => (sheet.sources ? { source_check: formatSource(c) } : {});

function rows(sheet: FactSheet): Row[] {
  const file = sheet.file;
  const out: Row[] = [];
  for (const f of sheet.figures) out.push({ kind: `figure:${f.kind}`, text: f.text, value: f.value, unit: f.unit, line: f.line, file, start: f.start, end: f.end, sentence: f.sentence, ...checkCols(sheet, f.check), ...sourceCol(sheet, f.source) });
  for (const t of sheet.tariffs) {
    out.push({ kind: 'tariff', text: t.text, value: t.rate, unit: '%', line: t.line, file, start: t.start, end: t.end, sentence: t.sentence, imposer: t.imposer, target: t.target, previous_rate: t.previousRate, change: t.change, ...checkCols(sheet, t.check) });
  }
  for (const p of sheet.people) {
    out.push({ kind: 'person', text: p.name, line: p.line, file, start: p.mentions[0]?.start, end: p.mentions[0]?.end, title: p.title, affiliation: p.affiliation, mentions: p.mentions.length, ...checkCols(sheet, p.check) });
  }
  for (const o of sheet.organizations) {
    out.push({ kind: 'organization', text: o.name, line: o.line, file, start: o.mentions[0]?.start, end: o.mentions[0]?.end, aliases: o.aliases.join('; '), mentions: o.mentions.length, ...checkCols(sheet, o.check) });
  }
  for (const q of sheet.quotes) out.push({ kind: 'quote', text: q.text, line: q.line, file, start: q.start, end: q.end, speaker: q.speaker, ...checkCols(sheet, q.check), ...sourceCol(sheet, q.source) });
  // The figure checks: one row each, on the figure it is about.
  const figureById = new Map(sheet.analysis.figures.map((f) => [f.id, f]));
  for (const c of sheet.figureChecks) {
    const f = figureById.get(c.figures[0]);
    out.push({ kind: `check:${c.kind}`, text: c.text, value: c.implied?.value, unit: c.implied?.unit, line: c.line, file, start: f?.start, end: f?.end, message: c.message });
  }
  for (const o of sheet.orphans) {
    out.push({ kind: `orphan:${o.kind}`, text: o.text, status: o.status, note: o.note, source: o.source, file, sentence: o.sentence, checked_by: o.by, checked_at: o.at });
  }
  return out;
}

/**
 * Fact sheets as one CSV: a UTF-8 byte-order mark (so spreadsheets read ’ and —), one header,
 * then one row per fact of every sheet.
 */
export function renderCsv(sheets: FactSheet[]): string {
  const columns: readonly Column[] = sheets.some((s) => s.sources) ? [...CSV_COLUMNS, SOURCE_COLUMN] : CSV_COLUMNS;
  const lines = [columns.join(','), ...sheets.flatMap(rows).map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
