/**
 * The country an article names most often (its frame's `mainCountry`), counted paragraph by
 * paragraph. People linking asks for it at every keystroke once a run has read it, and counting the
 * whole text's actors again (a scan of every character) was about a thirteenth of an edit in a long
 * article; a paragraph's counts are remembered by its text, which the paragraph cache hands out as
 * the same string at every keystroke.
 *
 * The sum equals the whole text's count when no actor reads across a paragraph's edge: every
 * paragraph starts a line with no space before it on that line (the name readers look back along
 * the line), does not open with whitespace, and no form can run on from one paragraph's end over
 * the whitespace into the next ("… in South" / "Korea"). Otherwise the whole text is counted.
 */
import { findActorsIn, mayRunOnActor } from './countries';
import { memoize } from './memo';
import type { Paragraph } from './paragraphs';

interface Named {
  /** How often each country is named in the paragraph. */
  counts: ReadonlyArray<readonly [string, number]>;
  /** A form may go on past the paragraph's end. */
  runsOn: boolean;
  /** The paragraph opens with whitespace (a no-break space), which the readers of the line before look through. */
  opensWithSpace: boolean;
}

const namedIn = memoize((text: string): Named => {
  const counts = new Map<string, number>();
  for (const a of findActorsIn(text)) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  return { counts: [...counts], runsOn: mayRunOnActor(text), opensWithSpace: /^\s/.test(text) };
});

/** `mostNamedCountry(text)` of ./people/article.ts from `text`'s paragraphs, or null when they cannot stand for it (see above). */
export function mostNamedByParagraph(text: string, paragraphs: readonly Paragraph[]): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.start > 0 && text.charCodeAt(p.start - 1) !== 10) return null;
    const n = namedIn(p.text);
    if (n.opensWithSpace || (n.runsOn && i < paragraphs.length - 1)) return null;
    for (const [country, k] of n.counts) counts.set(country, (counts.get(country) ?? 0) + k);
  }
  let first = '';
  let most = 0;
  let next = 0;
  for (const [country, k] of counts) {
    if (k > most) [first, most, next] = [country, k, most];
    else if (k > next) next = k;
  }
  return most >= 2 && most > next ? first : '';
}
