/**
 * The last reading of an article's rates (earlier level, when it takes effect, goods carried from
 * before: `readTiming` in ./tariffs.ts) redone for every rate at every keystroke is about a tenth of
 * an edit in a long article. A rate's reading reads only:
 * - the rate, the rate before it and the rate after it in the article;
 * - the readings of the (up to) `EARLIER` rates before it;
 * - the text from `BEFORE` characters before its sentence to the end of its sentence (the tariff
 *   phrase before it, the paragraph before, the product of an anti-dumping case named earlier).
 * So when all of that is what it was last time, moved by one amount (nothing before the edit moves,
 * everything after it moves by the edit's length), the reading is last time's, moved. Any rule added
 * to the rate readings that reads further must widen these bounds. One per document (on its cache).
 */
import type { TariffMention } from './mentions';
import { editBetween, movedBy, sameMoved, windowMove, type TextEdit } from './textEdit';
import { hasKeys, TARIFF_KEYS } from './placeFacts';

/** How many earlier readings a rate's reading is handed (`out.slice(i - 8, i)`). */
export const EARLIER = 8;
/** How far before its sentence a rate's reading reads the text (the anti-dumping product: 4000). */
export const BEFORE = 4000;

/** A reading's keys as `readTiming` makes them (the rate's, then its last reading's). */
export const READING_KEYS = [...TARIFF_KEYS, 'earlierLevel', 'effective', 'schedule'];

/**
 * Last time's reading moved by `by`, written out field by field when it has the keys a reading is
 * made with (a spread copy that writes over its offsets sends each write to V8's runtime: see
 * ./placeFacts.ts); any other by spread.
 */
function movedReading<R extends TariffMention>(r: R, by: number): R {
  if (by === 0 || !hasKeys(r, READING_KEYS)) return movedBy(r, by);
  const out: TariffMention = {
    start: r.start + by, end: r.end + by, text: r.text, rate: r.rate, imposer: r.imposer, target: r.target, previousRate: r.previousRate, change: r.change,
    sentence: r.sentence, sentenceStart: r.sentenceStart + by, because: r.because, earlierLevel: r.earlierLevel, effective: r.effective, schedule: r.schedule,
  };
  return out as R;
}

export class RateMemo<R extends TariffMention> {
  private text = '';
  private rates: readonly TariffMention[] = [];
  private out: readonly R[] = [];
  private byStart = new Map<number, number>();
  private edit: TextEdit | null = null;
  /** This reading's rates found equal to last time's (index and move), and its readings handed back from last time's. */
  private matchedTo: number[] = [];
  private matchedBy: number[] = [];
  private keptFrom: number[] = [];
  private keptBy: number[] = [];

  /** The edit from the last reading's text to the next, when the caller has already found it. */
  private told: { before: string; after: string; edit: TextEdit } | null = null;

  /** Tells the memo the edit that turned `before` into `after` (analyze finds it first), so `begin` need not compare the texts again. */
  tell(before: string, after: string, edit: TextEdit): void {
    this.told = { before, after, edit };
  }

  /** Starts a reading of `rates` in `text`: compares with the last one. */
  begin(text: string): void {
    const told = this.told;
    this.told = null;
    this.edit = !this.rates.length ? null : told && told.before === this.text && told.after === text ? told.edit : editBetween(this.text, text);
    this.matchedTo = [];
    this.matchedBy = [];
    this.keptFrom = [];
    this.keptBy = [];
  }

  /** Last time's reading of `rates[i]`, moved, when everything it reads is unchanged; `out` holds the readings of the rates before it. */
  find(rates: readonly TariffMention[], i: number, out: readonly R[]): R | undefined {
    const edit = this.edit;
    if (!edit) return undefined;
    const rate = rates[i];
    const by = windowMove(edit, Math.max(0, rate.sentenceStart - BEFORE), rate.sentenceStart + rate.sentence.length);
    if (by === null) return undefined;
    const j = this.byStart.get(rate.start - by);
    if (j === undefined) return undefined;
    if (!this.sameRate(rates, i, j, by) || !this.sameRate(rates, i - 1, j - 1, by) || !this.sameRate(rates, i + 1, j + 1, by)) return undefined;
    const n = Math.min(i, EARLIER);
    if (Math.min(j, EARLIER) !== n) return undefined;
    for (let k = 1; k <= n; k++) {
      // A reading handed back by this memo is last time's moved: only those read afresh are compared.
      if (this.keptFrom[i - k] === j - k && this.keptBy[i - k] === by) continue;
      if (!sameMoved(out[i - k], this.out[j - k], by)) return undefined;
    }
    this.keptFrom[i] = j;
    this.keptBy[i] = by;
    return movedReading(this.out[j], by);
  }

  /** Whether `rates[i]` is last time's `j`th rate moved by `by` (both absent counts as the same); each pair compared once. */
  private sameRate(rates: readonly TariffMention[], i: number, j: number, by: number): boolean {
    const now = rates[i];
    const then = this.rates[j];
    if (now === undefined || then === undefined) return now === then;
    if (this.matchedTo[i] === j && this.matchedBy[i] === by) return true;
    if (!sameMoved(now, then, by)) return false;
    this.matchedTo[i] = j;
    this.matchedBy[i] = by;
    return true;
  }

  /** Remembers this reading for the next. */
  end(text: string, rates: readonly TariffMention[], out: readonly R[]): void {
    this.text = text;
    this.rates = rates;
    this.out = out;
    this.byStart = new Map();
    for (let i = 0; i < rates.length; i++) {
      // Two rates at one place: no way to tell which is which next time.
      if (this.byStart.has(rates[i].start)) {
        this.rates = [];
        this.byStart.clear();
        return;
      }
      this.byStart.set(rates[i].start, i);
    }
  }

  clear(): void {
    this.text = '';
    this.rates = [];
    this.out = [];
    this.byStart.clear();
    this.edit = null;
    this.told = null;
  }
}
