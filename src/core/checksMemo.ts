/**
 * The checks on an article's figures (./figureChecks.ts) read the figures and the rates, and read
 * their offsets only to group figures by sentence (equal sentence starts), to find the rate at a
 * figure's place (equal starts), and to place a figure in its sentence (its offsets less the
 * sentence's start); the checks hold figure ids, no offsets. So when a keystroke only moved the
 * figures and rates, together and with everything else about them equal (ids, values, sentences,
 * imposers, goods; see `movedTogether` in ./moved.ts), the checks are last time's. A rule that
 * reads offsets otherwise (the distance between two figures of different sentences) must be added
 * to that comparison. One per document, kept beside its ParagraphCache.
 */
import type { Figure, FigureCheck, TariffRate } from './types';
import { movedTogether } from './moved';

export class ChecksMemo {
  private figures: readonly Figure[] = [];
  private rates: readonly TariffRate[] = [];
  private last: readonly FigureCheck[] | null = null;

  /** `check(figures, rates)`, or last time's checks when the figures and rates only moved. */
  checks(figures: readonly Figure[], rates: readonly TariffRate[], check: (figures: readonly Figure[], rates: readonly TariffRate[]) => FigureCheck[]): FigureCheck[] {
    const same = this.last !== null && movedTogether([[this.figures, figures], [this.rates, rates]]) !== null;
    const out = same && this.last ? [...this.last] : check(figures, rates);
    this.figures = figures;
    this.rates = rates;
    this.last = out;
    return out;
  }
}
