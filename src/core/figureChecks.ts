/**
 * Document-level checks an editor makes on a figure: where else the same value appears, what a
 * stated change implies ("$295.4 billion, a 5.8% increase from 2023" → 2023 was about $279.2
 * billion), and where the same quantity is stated differently. Pure: figures in, plain data out.
 */
import type { Figure } from './types';
import { precisionOf, sameQuantityWord } from './figureWords';

export type Amount = Pick<Figure, 'value' | 'unit' | 'kind'>;

/** What a change statement in the figure's sentence implies. */
export interface ImpliedValue {
  /** The change as written: "5.8% increase". */
  change: string;
  /** What the implied value is of: "2023", "the earlier value", "the later value", "the change". */
  of: string;
  implied: Amount;
  /** The stated change figure, when the implied value is a change computed from two levels. */
  stated?: Figure;
}

/** Another figure that seems to give the same quantity with a different value. */
export interface Discrepancy {
  other: Figure;
  /** 'rounded': agrees after rounding ("$295 billion" for $295.4 billion); 'conflict': differs. */
  kind: 'rounded' | 'conflict';
  /** The word both sentences measure ("deficit", "exports"), "" when matched by rounding only. */
  measure: string;
}

const same = (a: Amount, b: Amount) => a.kind === b.kind && a.unit === b.unit;
const inSentence = (a: Figure, b: Figure) => a.sentenceStart === b.sentenceStart && a.sentence === b.sentence;
const isLevel = (f: Figure) => f.kind === 'money' || f.kind === 'count';

/** Every other mention of the same value (same kind, unit and normalized value). */
export function otherMentions(figures: readonly Figure[], f: Figure): Figure[] {
  return figures.filter((o) => o.id !== f.id && same(o, f) && o.value === f.value);
}

const UP_AFTER = /^\s*(?:year-on-year\s+|annual\s+)?(increase|rise|jump|gain|growth|climb|surge|hike)\b/i;
const DOWN_AFTER = /^\s*(?:year-on-year\s+|annual\s+)?(decrease|decline|drop|fall|slide|slump|plunge|cut|contraction)\b/i;
const UP_BEFORE = /\b(rose|risen|rising|increased|grew|grown|jumped|climbed|gained|surged|up)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$/i;
const DOWN_BEFORE = /\b(fell|fallen|falling|decreased|declined|dropped|slid|slumped|plunged|shrank|down)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$/i;
const BASE = /^[^.;]{0,40}?\b(?:from|over|compared with|than in|on)\s+((?:19|20)\d\d|last year|a year earlier|the previous year|the year before)\b/i;

/** +1 for a stated rise, -1 for a fall, 0 when the percentage is not a change. */
function direction(f: Figure): { sign: number; words: string } {
  const at = f.start - f.sentenceStart;
  const before = f.sentence.slice(Math.max(0, at - 40), at);
  const after = f.sentence.slice(at + f.text.length, at + f.text.length + 40);
  const up = UP_AFTER.exec(after) ?? UP_BEFORE.exec(before);
  if (up) return { sign: 1, words: up[1].toLowerCase() };
  const down = DOWN_AFTER.exec(after) ?? DOWN_BEFORE.exec(before);
  return down ? { sign: -1, words: down[1].toLowerCase() } : { sign: 0, words: '' };
}

const textBefore = (f: Figure, n = 12) => f.sentence.slice(Math.max(0, f.start - f.sentenceStart - n), f.start - f.sentenceStart);
const round = (v: number) => Math.round(v * 1000) / 1000;

/**
 * What a change statement in `f`'s sentence implies. For a level ("$295.4 billion") next to a
 * percentage change: the other end of the change. For a percentage change next to a level: the
 * same, seen from the percentage. For "from $X to $Y" with both levels: the change they imply.
 */
export function impliedValues(figures: readonly Figure[], f: Figure): ImpliedValue[] {
  const here = figures.filter((o) => inSentence(o, f));
  const out: ImpliedValue[] = [];
  const changes = here.filter((o) => o.kind === 'percent' && direction(o).sign !== 0);
  const levels = here.filter(isLevel);
  const pairs = isLevel(f) ? changes.map((c) => [f, c] as const) : changes.includes(f) ? levels.map((l) => [l, f] as const) : [];
  for (const [level, change] of pairs) {
    const { sign, words } = direction(change);
    const factor = 1 + (sign * change.value) / 100;
    if (factor <= 0) continue;
    const rest = change.sentence.slice(change.end - change.sentenceStart);
    const base = BASE.exec(rest)?.[1] ?? '';
    const levelIsOld = /\bfrom\s+$/i.test(textBefore(level)) && !/\bto\s+$/i.test(textBefore(level));
    // "fell 40 percent" reads as "a 40 percent decrease" in the card.
    const noun = UP_AFTER.test(words) || DOWN_AFTER.test(words) ? words : sign > 0 ? 'increase' : 'decrease';
    out.push({
      change: `${change.text} ${noun}${base ? ` from ${base}` : ''}`,
      of: levelIsOld ? 'the later value' : base || 'the earlier value',
      implied: { kind: level.kind, unit: level.unit, value: round(levelIsOld ? level.value * factor : level.value / factor) },
    });
  }
  // "rose to $Y from $X" / "from $X to $Y": the change the two levels imply.
  if (isLevel(f)) {
    for (const o of here) {
      if (o.id === f.id || !same(o, f)) continue;
      const [from, to] = /\bfrom\s+$/i.test(textBefore(o)) ? [o, f] : /\bfrom\s+$/i.test(textBefore(f)) ? [f, o] : [null, null];
      if (!from || !to || from.value === 0) continue;
      const pct = round(((to.value - from.value) / from.value) * 100);
      out.push({ change: `from ${from.text} to ${to.text}`, of: 'the change', implied: { kind: 'percent', unit: '%', value: pct }, stated: changes[0] });
    }
  }
  return out;
}

/** Other figures of the same kind and unit that seem to state the same quantity differently. */
export function statedDifferently(figures: readonly Figure[], f: Figure): Discrepancy[] {
  const out: Discrepancy[] = [];
  const p = precisionOf(f);
  for (const o of figures) {
    if (o.id === f.id || !same(o, f) || o.value === f.value || inSentence(o, f)) continue;
    const q = precisionOf(o);
    const tolerance = Math.max(p.step, q.step) / 2 + Math.max(p.approx, q.approx) * Math.max(Math.abs(f.value), Math.abs(o.value));
    const measure = sameQuantityWord(f, o);
    if (Math.abs(f.value - o.value) <= tolerance * 1.000001) out.push({ other: o, kind: 'rounded', measure });
    else if (measure) out.push({ other: o, kind: 'conflict', measure });
  }
  return out;
}
