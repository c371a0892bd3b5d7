import type { Figure, TariffRate } from '../types';

/** "295,400,000,000 USD", "30 %", "46,000,000 tires": a figure's normalized value for people. */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'kind'>): string {
  const n = Number.isInteger(f.value) ? f.value.toLocaleString('en-US') : f.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
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
