import type { Figure, TariffRate } from '../types';
import type { FactSheet } from '../factSheet';
import type { CheckSummary, FactCheck, Orphan } from '../ledger';
import type { SourceCheck } from '../sources/types';
import { describeSourceCheck } from '../sources/describe';

/**
 * A number as en-US writes it, "1,234.5", to at most `fractionDigits` decimals (trailing zeros dropped), as
 * `toLocaleString('en-US', { maximumFractionDigits })` does. Written out because the first Intl formatter of
 * a process loads the locale's data, 10–15 ms of a one-article command-line run.
 */
export function formatNumber(v: number, fractionDigits: number): string {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return v.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
  // Rounded as Intl rounds: half away from zero, on the shortest decimal that reads back as `v` ("0.15" → "0.2").
  const [mantissa, exponent = '0'] = Math.abs(v).toString().split('e');
  const [whole, part = ''] = mantissa.split('.');
  let digits = whole + part;
  let point = whole.length + Number(exponent);
  const keep = point + fractionDigits;
  if (keep < digits.length) {
    const up = keep >= 0 && digits[keep] >= '5';
    digits = keep > 0 ? digits.slice(0, keep) : '';
    if (up) {
      let k = digits.length - 1;
      while (k >= 0 && digits[k] === '9') k--;
      digits = k < 0 ? `1${'0'.repeat(digits.length)}` : digits.slice(0, k) + String(Number(digits[k]) + 1) + '0'.repeat(digits.length - k - 1);
      // (All nines carry into a new first digit; with nothing kept, "0.06" to one decimal, one unit of the last place.)
      if (k < 0) point = keep === 0 ? 1 - fractionDigits : point + 1;
    }
  }
  const int = (point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0').replace(/^0+(?=\d)/, '');
  const frac = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).slice(0, fractionDigits).replace(/0+$/, '');
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** "295,400,000,000 USD", "30 %", "46,000,000 tires": a figure's normalized value for people. */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'kind'>): string {
  const n = formatNumber(f.value, Number.isInteger(f.value) ? 3 : 6);
  if (f.kind === 'percent') return `${n}%`;
  if (f.kind === 'percentagePoints') return `${n} percentage points`;
  if (f.kind === 'basisPoints') return `${n} basis points`;
  return f.unit ? `${n} ${f.unit}` : n;
}

/** "United States → Chinese imports" with blanks shown as "?". */
export function formatTariffParties(t: Pick<TariffRate, 'imposer' | 'target'>): string {
  return `${t.imposer || '?'} → ${t.target || '?'}`;
}

/** "47% (from 57%)" */
export function formatTariffRate(t: Pick<TariffRate, 'rate' | 'previousRate' | 'change'>): string {
  const prev = t.previousRate !== null ? ` (from ${t.previousRate}%)` : '';
  return `${t.rate}%${prev}${t.change ? `, ${t.change}` : ''}`;
}

/** "from 57% to 47% (cut)", "imposed", or "" when the text states no change. */
export function formatTariffChange(t: Pick<TariffRate, 'rate' | 'previousRate' | 'change'>): string {
  const move = t.previousRate !== null ? `from ${t.previousRate}% to ${t.rate}%` : '';
  if (move && t.change) return `${move} (${t.change})`;
  return move || t.change || '';
}

/** Cuts long text at a word boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

/** How a figure's kind reads in a fact sheet. */
export const KIND_LABELS: Record<Figure['kind'], string> = {
  money: 'money',
  percent: 'percent',
  percentagePoints: 'percentage points',
  basisPoints: 'basis points',
  count: 'count',
};

/** "28 November 2026, 10:38 UTC": when a sheet was generated, for people. */
export function formatGenerated(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][d.getUTCMonth()];
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** "1 quote", "3 quotes", "2 people": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "verified", "changed (was $4.2 billion)", "unchecked": a fact's check status for people. */
export function formatStatus(c: Pick<FactCheck, 'status' | 'was'>): string {
  return c.status === 'changed' && c.was ? `changed (was ${c.was})` : c.status;
}

/** The columns a table gains when a ledger is given. */
export const CHECK_HEAD = ['Status', 'Note', 'Source'];

/** A table's head and rows, with the check columns when the sheet has a ledger. */
export function checkedTable<T extends { check: FactCheck }>(sheet: Pick<FactSheet, 'ledger'>, head: string[], items: T[], cells: (x: T) => string[]) {
  if (!sheet.ledger) return { head, rows: items.map(cells) };
  return { head: [...head, ...CHECK_HEAD], rows: items.map((x) => [...cells(x), formatStatus(x.check), x.check.note, x.check.source]) };
}

/** The head of a sheet under its title (the headline, when the article has one) as label and value pairs, only those the article has. */
export function headFields(sheet: FactSheet): Array<[string, string]> {
  const { byline, dateline, date } = sheet.head;
  const fields: Array<[string, string]> = [['Byline', byline], ['Dateline', dateline], ['Date', date]];
  return fields.filter(([, v]) => v !== '');
}

/** "12 of 20 facts checked: 10 verified, 2 disputed; 1 changed since it was checked; 1 mark whose fact is gone". */
export function formatSummary(s: CheckSummary): string {
  const { verified, disputed, changed } = s.byStatus;
  const parts = [`${verified + disputed} of ${plural(s.total, 'fact')} checked: ${verified} verified, ${disputed} disputed`];
  if (changed) parts.push(`${changed} changed since checked`);
  if (s.orphans) parts.push(plural(s.orphans, 'mark whose fact is gone', 'marks whose fact is gone'));
  return parts.join('; ');
}

/** The columns of the table of orphaned marks, and a row of it. */
export const ORPHAN_HEAD = ['Kind', 'Text', 'Status', 'Note', 'Source', 'Sentence', 'Marked by'];
export const orphanCells = (o: Orphan, clipAt: number): string[] => [o.kind, o.text, o.status, o.note, o.source, clip(o.sentence, clipAt), [o.by, o.at].filter(Boolean).join(', ')];

/** One table of a sheet: its heading, columns, rows as text, and which columns are numbers. */
export interface SheetTable {
  title: string;
  head: string[];
  rows: string[][];
  numeric: number[];
}

/** The fact tables every people-facing format shows, in order: figures, tariff rates, people, organizations. */
export function factTables(sheet: FactSheet, sentenceClip: number): SheetTable[] {
  const t = (title: string, numeric: number[], body: { head: string[]; rows: string[][] }): SheetTable => ({ title: `${title} (${body.rows.length})`, numeric, ...body });
  return [
    t('Figures', [4], checkedTable(sheet, ['Figure', 'Value', 'Kind', 'What it measures (its sentence)', 'Line', ...(sheet.sources ? [SOURCE_HEAD] : [])], sheet.figures, (f) => [f.text, formatValue(f), KIND_LABELS[f.kind], clip(f.sentence, sentenceClip), String(f.line), ...(sheet.sources ? [formatSource(f.source)] : [])])),
    t('Tariff rates', [3], checkedTable(sheet, ['Rate', 'Imposer → target', 'Change', 'Line'], sheet.tariffs, (r) => [r.text, formatTariffParties(r), formatTariffChange(r), String(r.line)])),
    t('People', [3, 4], checkedTable(sheet, ['Name', 'Title', 'Affiliation', 'Mentions', 'Quotes'], sheet.people, (p) => [p.name, p.title, p.affiliation, String(p.mentions.length), String(p.quotes)])),
    t('Organizations', [2], checkedTable(sheet, ['Name', 'Also written', 'Mentions'], sheet.organizations, (o) => [o.name, o.aliases.join(', '), String(o.mentions.length)])),
  ];
}

/** The column a table gains when source checks are given. */
export const SOURCE_HEAD = 'Source check';

/** A fact's source check in one line; "not looked up" for a quote too short to look up. */
export const formatSource = (c: SourceCheck | null | undefined): string => (c ? describeSourceCheck(c) : 'not looked up');

/** A quote's check in one line: "verified; note; source" (empty when the sheet has no ledger). */
export const quoteCheck = (sheet: Pick<FactSheet, 'ledger'>, c: FactCheck): string => (sheet.ledger ? [formatStatus(c), c.note, c.source].filter(Boolean).join('; ') : '');
