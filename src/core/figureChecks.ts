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
import { TupleMemo } from './memo';

export type { Amount };

/** Every other mention of the same value (same kind, unit and normalized value). */
export function otherMentions(figures: readonly Figure[], f: Figure): Figure[] {
  return figures.filter((o) => o.id !== f.id && o.kind === f.kind && o.unit === f.unit && o.value === f.value);
}

/** A measure given more different values than this is a series or a table, not one quantity. */
const MAX_VALUES_OF_ONE_MEASURE = 4;

const format = (r: FigureReading, v: number) => compactAmount({ kind: r.figure.kind, unit: r.figure.unit, value: v });

/** The key of the bucket a reading is compared in (kind, unit, role, measure, qualifier), or null when it is compared with none. */
const bucketOf = (r: FigureReading): string | null => (!r.measure || r.role === 'earlier' ? null : `${r.figure.kind}|${r.figure.unit}|${r.role}|${r.measure}|${r.qualifier}`);

/** Pairs of figures in different sentences that no rule keeps apart. Grouped by kind, unit, role and measure first, so it stays linear. */
function statedDifferently(buckets: Iterable<readonly FigureReading[]>): Array<Pair & { rule: string }> {
  const out: Array<Pair & { rule: string }> = [];
  for (const list of buckets) {
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

type Check = Omit<FigureCheck, 'id'>;

/**
 * What one sentence's figures give the checks: its readings, the checks made inside it (digit
 * grouping, a change paired with its levels), with figures as their index in the sentence, and the
 * bucket each reading is compared across sentences in. These read the sentence, its figures and
 * which of them are tariff rates, never the rates' imposers or goods nor another sentence, so they
 * are remembered by the sentence and its figures (see `partKey`): typing reads only the sentence
 * typed into again.
 */
export interface SentencePart {
  /** The readings without this analysis's figure and rate objects (kept out so the memo holds no old facts), groups as indices. */
  readings: Array<Omit<FigureReading, 'figure' | 'tariff' | 'group'> & { group: number[] }>;
  checks: Array<Omit<Check, 'figures'> & { figures: number[] }>;
  buckets: Array<string | null>;
}

const PARTS = new TupleMemo<SentencePart>();

/** All a sentence part reads of its figures besides the sentence: where each is, what it is, whether it is a rate, its reasons. */
function partKey(list: readonly Figure[], from: number, to: number, tariffAt: ReadonlyMap<number, TariffRate>): Array<string | number> {
  const key: Array<string | number> = [];
  for (let k = from; k < to; k++) {
    const f = list[k];
    key.push(f.start - f.sentenceStart, f.end - f.sentenceStart, f.text, f.kind, f.value, f.unit, tariffAt.has(f.start) ? 1 : 0, f.because.length);
    for (const id of f.because) key.push(id);
  }
  return key;
}

/** Whether `key` is `partKey` of these figures, read without building it (at every keystroke, for every sentence). */
function keyFits(key: ReadonlyArray<string | number>, list: readonly Figure[], from: number, to: number, tariffAt: ReadonlyMap<number, TariffRate>): boolean {
  let j = 0;
  for (let k = from; k < to; k++) {
    const f = list[k];
    if (
      key[j++] !== f.start - f.sentenceStart || key[j++] !== f.end - f.sentenceStart || key[j++] !== f.text || key[j++] !== f.kind ||
      key[j++] !== f.value || key[j++] !== f.unit || key[j++] !== (tariffAt.has(f.start) ? 1 : 0) || key[j++] !== f.because.length
    ) return false;
    for (const id of f.because) if (key[j++] !== id) return false;
  }
  return j === key.length;
}

function sentencePart(list: readonly Figure[], tariffAt: ReadonlyMap<number, TariffRate>): SentencePart {
  const readings = readFigures(list, list.flatMap((f) => tariffAt.get(f.start) ?? []));
  const index = new Map(list.map((f, i) => [f, i]));
  const byFigure = new Map(readings.map((r) => [r.figure, r]));
  const checks: SentencePart['checks'] = [];
  const done = new Set<Figure[]>();
  for (const r of readings) {
    if (digitGroupingRule.when?.(r)) {
      checks.push({
        kind: 'digit-grouping',
        figures: [index.get(r.figure)!],
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
        figures: [index.get(p.about.figure)!, ...p.others.map((o) => index.get(o.figure)!)],
        message: p.message.charAt(0).toUpperCase() + p.message.slice(1),
        because: [p.rule],
        ...(p.implied ? { implied: p.implied } : {}),
      });
    }
  }
  const lean = readings.map(({ figure: _f, tariff: _t, group, ...r }) => ({ ...r, group: group.map((g) => index.get(g)!) }));
  return { readings: lean, checks, buckets: readings.map(bucketOf) };
}

/** The part of the sentence whose figures are `figures[from, to)`, remembered by the sentence and all it reads (see `partKey`). */
export function sentencePartAt(figures: readonly Figure[], from: number, to: number, tariffAt: ReadonlyMap<number, TariffRate>): SentencePart {
  const sentence = figures[from].sentence;
  let part = PARTS.findWhere(sentence, (key) => keyFits(key, figures, from, to, tariffAt));
  if (!part) PARTS.set(sentence, partKey(figures, from, to, tariffAt), (part = sentencePart(figures.slice(from, to), tariffAt)));
  return part;
}

/** All checks on an article's figures, in the order of the figure each is about. */
export function figureChecks(figures: readonly Figure[], tariffs: readonly TariffRate[] = []): FigureCheck[] {
  const tariffAt = new Map(tariffs.map((t) => [t.start, t]));
  const checks: Check[] = [];
  // The index of the figure each check is about, to put the checks in the figures' order.
  const about: number[] = [];
  // Where each compared reading is (its sentence's part and first figure, its index there), by bucket.
  const buckets = new Map<string, Array<{ part: SentencePart; from: number; k: number }>>();
  // A sentence's figures are next to each other in text order.
  for (let from = 0, to = 0; from < figures.length; from = to) {
    while (to < figures.length && figures[to].sentenceStart === figures[from].sentenceStart) to++;
    const part = sentencePartAt(figures, from, to, tariffAt);
    for (const c of part.checks) {
      checks.push({ ...c, figures: c.figures.map((k) => figures[from + k].id) });
      about.push(from + c.figures[0]);
    }
    for (let k = 0; k < part.buckets.length; k++) {
      const bucket = part.buckets[k];
      if (bucket === null) continue;
      const list = buckets.get(bucket);
      if (list) list.push({ part, from, k });
      else buckets.set(bucket, [{ part, from, k }]);
    }
  }
  // The readings compared, with this analysis's figures and rates (the rules compare rates' imposers and goods).
  const indexOf = new Map<Figure, number>();
  const reading = ({ part, from, k }: { part: SentencePart; from: number; k: number }): FigureReading => {
    const r = part.readings[k];
    const f = figures[from + k];
    indexOf.set(f, from + k);
    return { ...r, figure: f, tariff: tariffAt.get(f.start), group: r.group.map((g) => figures[from + g]) };
  };
  // Only buckets statedDifferently compares are read out (it skips the others, as before).
  const compares = (list: ReadonlyArray<{ from: number; k: number }>) =>
    list.length >= 2 && list.length <= 40 && new Set(list.map(({ from, k }) => figures[from + k].value)).size <= MAX_VALUES_OF_ONE_MEASURE;
  const compared = [...buckets.values()].filter(compares).map((list) => list.map(reading));
  for (const { x, y, rule } of statedDifferently(compared)) {
    checks.push({
      kind: 'stated-differently',
      figures: [x.figure.id, y.figure.id],
      message: `The ${measureLabel(x)} figure is given as ${x.figure.text} here and as ${y.figure.text} in another sentence: check which is right.`,
      because: [rule],
    });
    about.push(indexOf.get(x.figure)!);
  }
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => about[a.i] - about[b.i] || a.i - b.i)
    .map(({ c }, i) => ({ id: `c${i + 1}`, ...c }));
}

/** The rules of the checks on each figure they open with, by figure id. */
export function checkReasons(checks: readonly FigureCheck[]): Map<string, string[]> {
  const extra = new Map<string, string[]>();
  for (const c of checks) for (const id of c.figures.slice(0, 1)) extra.set(id, [...(extra.get(id) ?? []), ...c.because]);
  return extra;
}

/** A figure with the rules of its checks (`add`, from `checkReasons`) added to its reasons. */
export function withAdded(f: Figure, add: readonly string[] | undefined): Figure {
  return add ? { ...f, because: [...f.because, ...add.filter((id, i) => !f.because.includes(id) && add.indexOf(id) === i)] } : f;
}

/** The figures with the rules of the checks on them added to their reasons. */
export function withCheckReasons(figures: readonly Figure[], checks: readonly FigureCheck[]): Figure[] {
  const extra = checkReasons(checks);
  return figures.map((f) => withAdded(f, extra.get(f.id)));
}
