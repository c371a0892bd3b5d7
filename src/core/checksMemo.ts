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
 *
 * The figures as handed out, their checks' rules added to their reasons (`withReasons`), are last
 * time's objects where the numbered figure is last time's object at the same place and the rules its
 * checks add are the same: a figure after the cursor, a new numbered copy, is copied again.
 */
import type { Figure, FigureCheck, TariffRate } from './types';
import { sameFields, samePlain } from './moved';
import { checkReasons, sentencePartAt, withAdded } from './figureChecks';

/** What the comparisons of figures and rates leave aside: where they are, and their sentence. */
const PLACE = new Set(['start', 'end', 'sentenceStart', 'sentence']);

/** The rates by start (a later rate at the same start wins), set one by one: not through a list of pairs made at every keystroke. */
function ratesAt(rates: readonly TariffRate[]): Map<number, TariffRate> {
  const at = new Map<number, TariffRate>();
  for (let i = 0; i < rates.length; i++) at.set(rates[i].start, rates[i]);
  return at;
}
const same = (a: object, b: object) => a === b || sameFields(a as Record<string, unknown>, b as Record<string, unknown>, PLACE);
/** Whether a figure sits in its sentence as another does (same sentence, same places in it). */
const placedAlike = (a: Figure, b: Figure) => a.sentence === b.sentence && a.start - a.sentenceStart === b.start - b.sentenceStart && a.end - a.sentenceStart === b.end - b.sentenceStart;

export class ChecksMemo {
  private figures: readonly Figure[] = [];
  private rates: ReadonlyMap<number, TariffRate> = new Map();
  private last: readonly FigureCheck[] | null = null;
  /** Last time's numbered figures, the rules their checks added (by id) and the figures handed out. */
  private numbered: readonly Figure[] = [];
  private added = new Map<string, string[]>();
  private handedOut: readonly Figure[] = [];

  /** `check(figures, rates)`, or last time's checks when everything they are made from is as it was. */
  checks(figures: readonly Figure[], rates: readonly TariffRate[], check: (figures: readonly Figure[], rates: readonly TariffRate[]) => FigureCheck[]): FigureCheck[] {
    const at = ratesAt(rates);
    const out = this.last && this.unchanged(figures, at) ? [...this.last] : check(figures, rates);
    this.figures = figures;
    this.rates = at;
    this.last = out;
    return out;
  }

  /** Sentence by sentence, so that the sentence typed into, where a change shows first, is read before those after it. */
  private unchanged(figures: readonly Figure[], atNow: ReadonlyMap<number, TariffRate>): boolean {
    const before = this.figures;
    const atBefore = this.rates;
    if (before.length !== figures.length) return false;
    for (let from = 0, to = 0; from < figures.length; from = to) {
      let alike = true;
      for (to = from; to < figures.length && figures[to].sentenceStart === figures[from].sentenceStart; to++) {
        const a = before[to];
        const b = figures[to];
        // The same sentences: last time's figures of this one were one sentence too.
        if (to > from && a.sentenceStart !== before[to - 1].sentenceStart) return false;
        if (a !== b && !same(a, b)) return false;
        if (a !== b && !placedAlike(a, b)) alike = false;
        const ra = atBefore.get(a.start);
        const rb = atNow.get(b.start);
        if (ra === undefined || rb === undefined ? ra !== rb : !same(ra, rb)) return false;
      }
      if (to < before.length && before[to].sentenceStart === before[to - 1].sentenceStart) return false;
      // A sentence typed into: its part read again must come out as it was.
      if (!alike && !samePlain(sentencePartAt(before, from, to, atBefore), sentencePartAt(figures, from, to, atNow))) return false;
    }
    return true;
  }

  /** `withCheckReasons(figures, checks)`, with last time's copy of each figure where it and what its checks add are unchanged. */
  withReasons(figures: readonly Figure[], checks: readonly FigureCheck[]): Figure[] {
    const added = checkReasons(checks);
    const out = new Array<Figure>(figures.length);
    for (let i = 0; i < figures.length; i++) {
      const f = figures[i];
      const add = added.get(f.id);
      out[i] = f === this.numbered[i] && sameStrings(add, this.added.get(f.id)) ? this.handedOut[i] : withAdded(f, add);
    }
    this.numbered = figures;
    this.added = added;
    this.handedOut = out;
    return out;
  }
}

const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined) => a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));
