/**
 * A paragraph's company rates (./tariffs/companies.ts) were read again for every duty paragraph at
 * every keystroke, each time on fresh paragraph-relative copies of its percents. They read only the
 * paragraph's text, its percents (its own figures: a function of the text, as extraction is) and the
 * spans of the rates already found in it (`taken`, which the document passes before may add to), so
 * they are remembered by the text and those spans. A rule added to `companyRates` that reads anything
 * else must be added to this key.
 */
import { TupleMemo } from './memo';
import { companyRates, type CompanyRate } from './tariffs/companies';
import type { FigureMention } from './mentions';

type Span = { start: number; end: number };

const remembered = new TupleMemo<CompanyRate[]>();

const sameSpans = (detail: ReadonlyArray<string | number>, taken: readonly Span[]) => {
  if (detail.length !== taken.length * 2) return false;
  for (let i = 0; i < taken.length; i++) if (detail[2 * i] !== taken[i].start || detail[2 * i + 1] !== taken[i].end) return false;
  return true;
};

/**
 * `companyRates` of paragraph `text` starting at `start`, whose figures are `figures[from..to)`
 * (document offsets), with the rates `taken` (paragraph offsets) already found in it.
 */
export function paragraphCompanyRates(text: string, start: number, figures: readonly FigureMention[], from: number, to: number, taken: Span[]): CompanyRate[] {
  const kept = remembered.findWhere(text, (d) => sameSpans(d, taken));
  if (kept) return kept;
  const percents: FigureMention[] = [];
  for (let i = from; i < to; i++) {
    const f = figures[i];
    if (f.start >= start && f.kind === 'percent') percents.push({ ...f, start: f.start - start, end: f.end - start, sentenceStart: f.sentenceStart - start });
  }
  const found = companyRates(text, percents, taken);
  remembered.set(text, taken.flatMap((t) => [t.start, t.end]), found);
  return found;
}
