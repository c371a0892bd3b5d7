/** Amounts as a reporter writes them: "$279.2 billion", "46.1 million tires", "6.1%". */
import type { Figure } from '../types';
import { formatNumber, formatValue } from '../render/format';

export type Amount = Pick<Figure, 'value' | 'unit' | 'kind'>;

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: '¥' };
const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

// The checks format an implied value for every change on every keystroke: no Intl formatter (its first
// use loads the locale's data, and `toLocaleString` with options builds one per call).
const oneDecimal = (v: number) => formatNumber(Math.round(v * 10) / 10, 1);

export function compactAmount(a: Amount): string {
  if (a.kind !== 'money' && a.kind !== 'count') return formatValue({ ...a, value: Math.round(a.value * 10) / 10 });
  const abs = Math.abs(a.value);
  const scale = SCALES.find(([n]) => abs >= n);
  const number = scale ? `${oneDecimal(a.value / scale[0])} ${scale[1]}` : oneDecimal(a.value);
  if (a.kind === 'count') return a.unit ? `${number} ${a.unit}` : number;
  const sym = SYMBOL[a.unit];
  return sym && a.unit !== 'CNY' ? `${sym}${number}` : `${number} ${a.unit}`;
}
