/**
 * The checks an editor makes on an article's figures, computed once per analysis: what a stated
 * change implies ("$295.4 billion, a 5.8% increase from 2023" → 2023 was about $279.2 billion),
 * a change that does not fit its two levels, the same quantity stated differently in two places,
 * and figures whose digits are grouped oddly. The decisions are rule records in
 * ./figures/checkRules.ts; this file only walks the figures. Pure: figures in, plain data out.
 */
import type { Figure, FigureCheck, TariffRate } from './types';
import { readFigures, type FigureReading } from './figureWords';
import { compactAmount, type Amount } from './figures/amounts';
import { decide } from './rules/rule';
import { formatValue } from './render/format';
import { digitGroupingRule, pairGroup, statedDifferentlyRule, type Pair } from './figures/checkRules';

export type { Amount };

/** Every other mention of the same value (same kind, unit and normalized value). */
export function otherMentions(figures: readonly Figure[], f: Figure): Figure[] {
  return figures.filter((o) => o.id !== f.id && o.kind === f.kind && o.unit === f.unit && o.value === f.value);
}

/** A measure given more different values than this is a series or a table, not one quantity. */
const MAX_VALUES_OF_ONE_MEASURE = 4;

const format = (r: FigureReading, v: number) => compactAmount({ kind: r.figure.kind, unit: r.figure.unit, value: v });

/** Pairs of figures in different sentences that no rule keeps apart. Grouped by kind, unit, role and measure first, so it stays linear. */
function statedDifferently(readings: readonly FigureReading[]): Array<Pair & { rule: string }> {
  const buckets = new Map<string, FigureReading[]>();
  for (const r of readings) {
    if (!r.measure || r.role === 'earlier') continue;
    const key = `${r.figure.kind}|${r.figure.unit}|${r.role}|${r.measure}|${r.qualifier}`;
    const list = buckets.get(key);
    if (list) list.push(r);
    else buckets.set(key, [r]);
  }
  const out: Array<Pair & { rule: string }> = [];
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 40 || new Set(list.map((r) => r.figure.value)).size > MAX_VALUES_OF_ONE_MEASURE) continue;
    for (let i = 1; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        const [x, y] = [list[i], list[j]];
        if (x.figure.sentenceStart === y.figure.sentenceStart) continue;
        const found = decide([statedDifferentlyRule], { x, y });
        if (found) out.push({ x, y, rule: found.rule });
      }
    }
  }
  return out;
}

/** The measure as a reader says it: "the exports figure", "the deficit". */
const measureLabel = (r: FigureReading) => [r.qualifier, r.measure === 'gdp' ? 'GDP' : r.measure].filter(Boolean).join(' ');

/** All checks on an article's figures, in the order of the figure each is about. */
export function figureChecks(figures: readonly Figure[], tariffs: readonly TariffRate[] = []): FigureCheck[] {
  const readings = readFigures(figures, tariffs);
  const byFigure = new Map(readings.map((r) => [r.figure, r]));
  const checks: Omit<FigureCheck, 'id'>[] = [];
  const done = new Set<Figure[]>();
  for (const r of readings) {
    if (digitGroupingRule.when?.(r)) {
      checks.push({
        kind: 'digit-grouping',
        figures: [r.figure.id],
        message: `“${r.figure.text}” groups its digits oddly: read as ${formatValue(r.figure)}; check what was meant.`,
        because: [digitGroupingRule.id],
      });
    }
    if (r.group.length < 2 || done.has(r.group)) continue;
    done.add(r.group);
    const group = r.group.map((f) => byFigure.get(f)!);
    for (const p of pairGroup(group, format)) {
      checks.push({
        kind: p.kind!,
        figures: [p.about.figure.id, ...p.others.map((o) => o.figure.id)],
        message: p.message.charAt(0).toUpperCase() + p.message.slice(1),
        because: [p.rule],
        ...(p.implied ? { implied: p.implied } : {}),
      });
    }
  }
  for (const { x, y, rule } of statedDifferently(readings)) {
    checks.push({
      kind: 'stated-differently',
      figures: [x.figure.id, y.figure.id],
      message: `The ${measureLabel(x)} figure is given as ${x.figure.text} here and as ${y.figure.text} in another sentence: check which is right.`,
      because: [rule],
    });
  }
  const order = new Map(figures.map((f, i) => [f.id, i]));
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (order.get(a.c.figures[0]) ?? 0) - (order.get(b.c.figures[0]) ?? 0) || a.i - b.i)
    .map(({ c }, i) => ({ id: `c${i + 1}`, ...c }));
}

/** The figures with the rules of the checks on them added to their reasons. */
export function withCheckReasons(figures: readonly Figure[], checks: readonly FigureCheck[]): Figure[] {
  const extra = new Map<string, string[]>();
  for (const c of checks) for (const id of c.figures.slice(0, 1)) extra.set(id, [...(extra.get(id) ?? []), ...c.because]);
  return figures.map((f) => {
    const add = extra.get(f.id);
    return add ? { ...f, because: [...f.because, ...add.filter((id, i) => !f.because.includes(id) && add.indexOf(id) === i)] } : f;
  });
}
