import type { FactSheet } from '../factSheet';

/** Quotes a CSV cell per RFC 4180, and defuses spreadsheet formulas (a leading = + - @). */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value !== 'number') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const HEAD = ['kind', 'text', 'value', 'unit', 'speaker', 'imposer', 'target', 'detail', 'line', 'start', 'end'];

/** The fact sheet as CSV: one row per fact. */
export function renderCsv(sheet: FactSheet): string {
  const rows: Array<Array<string | number | null>> = [];
  for (const f of sheet.figures) rows.push([`figure:${f.kind}`, f.text, f.value, f.unit, '', '', '', f.sentence, f.line, f.start, f.end]);
  for (const t of sheet.tariffs) rows.push(['tariff', t.text, t.rate, '%', '', t.imposer, t.target, t.previousRate !== null ? `from ${t.previousRate}%` : t.change ?? '', t.line, t.start, t.end]);
  for (const p of sheet.people) rows.push(['person', p.name, p.mentions.length, 'mentions', '', '', '', [p.title, p.affiliation].filter(Boolean).join(', '), p.line, p.mentions[0]?.start ?? '', p.mentions[0]?.end ?? '']);
  for (const o of sheet.organizations) rows.push(['organization', o.name, o.mentions.length, 'mentions', '', '', '', o.aliases.join('; '), o.line, o.mentions[0]?.start ?? '', o.mentions[0]?.end ?? '']);
  for (const q of sheet.quotes) rows.push(['quote', q.text, '', '', q.speaker, '', '', '', q.line, q.start, q.end]);
  // The figure checks: one row each, on the figure it is about.
  const figureById = new Map(sheet.figures.map((f) => [f.id, f]));
  for (const c of sheet.figureChecks ?? []) {
    const f = figureById.get(c.figures[0]);
    rows.push([`check:${c.kind}`, c.text, c.implied?.value ?? '', c.implied?.unit ?? '', '', '', '', c.message, c.line, f?.start ?? '', f?.end ?? '']);
  }
  return [HEAD, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
