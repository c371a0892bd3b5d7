/**
 * The checks on an article's figures (./figureChecks.ts) are a function of: each sentence's part
 * (its readings and the checks made inside it, remembered by the sentence and all it reads), the
 * figures' other fields (id, text, value, kind, unit, reasons), which figures share a sentence, and
 * the rate at each figure's place with its fields (imposer, goods, change, earlier rate). Beyond the
 * sentence parts, nothing reads a figure's or rate's offsets other than to group and pair them, nor
 * its sentence. So when a keystroke leaves all of that as it was, the checks are last time's: typing
 * in a sentence with no figure, or in one whose readings come out the same ("fell" typed as "fel"
 * before the figure is read again, and reads the same). The checks hold figure ids, no offsets. A
 * rule comparing figures of two sentences that reads their sentences or offsets must be added to
 * this comparison. One per document, kept beside its ParagraphCache.
 */
import type { Figure, FigureCheck, TariffRate } from './types';
import { sameFields, samePlain } from './moved';
import { sentencePartAt } from './figureChecks';

/** What the comparisons of figures and rates leave aside: where they are, and their sentence. */
const PLACE = new Set(['start', 'end', 'sentenceStart', 'sentence']);

const ratesAt = (rates: readonly TariffRate[]) => new Map(rates.map((t) => [t.start, t]));
const same = (a: object, b: object) => a === b || sameFields(a as Record<string, unknown>, b as Record<string, unknown>, PLACE);
/** Whether a figure sits in its sentence as another does (same sentence, same places in it). */
const placedAlike = (a: Figure, b: Figure) => a.sentence === b.sentence && a.start - a.sentenceStart === b.start - b.sentenceStart && a.end - a.sentenceStart === b.end - b.sentenceStart;

export class ChecksMemo {
  private figures: readonly Figure[] = [];
  private rates: readonly TariffRate[] = [];
  private last: readonly FigureCheck[] | null = null;

  /** `check(figures, rates)`, or last time's checks when everything they are made from is as it was. */
  checks(figures: readonly Figure[], rates: readonly TariffRate[], check: (figures: readonly Figure[], rates: readonly TariffRate[]) => FigureCheck[]): FigureCheck[] {
    const out = this.last && this.unchanged(figures, rates) ? [...this.last] : check(figures, rates);
    this.figures = figures;
    this.rates = rates;
    this.last = out;
    return out;
  }

  private unchanged(figures: readonly Figure[], rates: readonly TariffRate[]): boolean {
    const before = this.figures;
    if (before.length !== figures.length) return false;
    const atBefore = ratesAt(this.rates);
    const atNow = ratesAt(rates);
    for (let i = 0; i < figures.length; i++) {
      const a = before[i];
      const b = figures[i];
      if (!same(a, b)) return false;
      if (i > 0 && (a.sentenceStart === before[i - 1].sentenceStart) !== (b.sentenceStart === figures[i - 1].sentenceStart)) return false;
      const ra = atBefore.get(a.start);
      const rb = atNow.get(b.start);
      if (ra === undefined || rb === undefined ? ra !== rb : !same(ra, rb)) return false;
    }
    // A sentence typed into: its part read again must come out as it was.
    for (let from = 0, to = 0; from < figures.length; from = to) {
      let alike = true;
      for (; to < figures.length && figures[to].sentenceStart === figures[from].sentenceStart; to++) if (!placedAlike(before[to], figures[to])) alike = false;
      if (!alike && !samePlain(sentencePartAt(before, from, to, atBefore), sentencePartAt(figures, from, to, atNow))) return false;
    }
    return true;
  }
}
