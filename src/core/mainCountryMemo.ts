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
import { findActorsIn, mayRunOnActor, namesCongressCountry, namesSharedBody } from './countries';
import { memoize } from './memo';
import type { Paragraph } from './paragraphs';

interface Named {
  /** How often each country is named in the paragraph. */
  counts: ReadonlyArray<readonly [string, number]>;
  /** A form may go on past the paragraph's end. */
  runsOn: boolean;
  /** The paragraph opens with whitespace (a no-break space), which the readers of the line before look through. */
  opensWithSpace: boolean;
  /** It names "Congress" as Washington's, and it names a country whose legislature is also a Congress: the whole text
   * reads "Congress" as no one's when both are named anywhere in it (see findActorsIn), so a paragraph's count of
   * the one stands for the whole text only when no paragraph names the other. */
  sharedBody: boolean;
  congressCountry: boolean;
}

const namedIn = memoize((text: string): Named => {
  const counts = new Map<string, number>();
  const actors = findActorsIn(text);
  for (const a of actors) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  return { counts: [...counts], runsOn: mayRunOnActor(text), opensWithSpace: /^\s/.test(text), sharedBody: actors.some(namesSharedBody), congressCountry: actors.some(namesCongressCountry) };
});

/** A paragraph's count stands for it only when it starts a line and no actor reads across its edges (see above). */
function standsAlone(text: string, paragraphs: readonly Paragraph[], i: number, n: Named): boolean {
  const p = paragraphs[i];
  return (p.start === 0 || text.charCodeAt(p.start - 1) === 10) && !n.opensWithSpace && !(n.runsOn && i < paragraphs.length - 1);
}

/**
 * The country named most often in `counts`, when it is named at least twice and more often than any
 * other; else "". Countries `skip` says no to are left aside, as if unnamed.
 */
export function most(counts: ReadonlyMap<string, number>, skip?: (country: string) => boolean): string {
  let first = '';
  let top = 0;
  let next = 0;
  for (const [country, k] of counts) {
    if (skip?.(country)) continue;
    if (k > top) [first, top, next] = [country, k, top];
    else if (k > next) next = k;
  }
  return top >= 2 && top > next ? first : '';
}

/** How often an article names each country, summed from its paragraphs' remembered counts (no check that they stand for the whole text). */
export function countriesNamedAcross(paragraphs: readonly Paragraph[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const [c, n] of namedIn(p.text).counts) counts.set(c, (counts.get(c) ?? 0) + n);
  return counts;
}

/** `mostNamedCountry(text)` of ./people/article.ts from `text`'s paragraphs, or null when they cannot stand for it (see above). */
export function mostNamedByParagraph(text: string, paragraphs: readonly Paragraph[], skip?: (country: string) => boolean): string | null {
  const counts = new Map<string, number>();
  let shared = false;
  let congress = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const n = namedIn(paragraphs[i].text);
    if (!standsAlone(text, paragraphs, i, n)) return null;
    shared ||= n.sharedBody;
    congress ||= n.congressCountry;
    for (const [country, k] of n.counts) counts.set(country, (counts.get(country) ?? 0) + k);
  }
  return shared && congress ? null : most(counts, skip);
}

/**
 * `mostNamedByParagraph` for one document at every keystroke: the sum is last time's, less the
 * paragraphs whose text changed and plus their new text's, when the article has as many paragraphs
 * as last time (typing within a paragraph); else counted again. One per document.
 */
export class MainCountryCount {
  private texts: string[] = [];
  private named: Named[] = [];
  private counts = new Map<string, number>();

  /** How often the article names each country, or null when its paragraphs cannot stand for the whole text. */
  of(text: string, paragraphs: readonly Paragraph[]): ReadonlyMap<string, number> | null {
    if (paragraphs.length !== this.texts.length) return this.recount(text, paragraphs);
    let shared = false;
    let congress = false;
    for (let i = 0; i < paragraphs.length; i++) {
      const t = paragraphs[i].text;
      if (t !== this.texts[i]) {
        const n = namedIn(t);
        add(this.counts, this.named[i], -1);
        add(this.counts, n, 1);
        this.texts[i] = t;
        this.named[i] = n;
      }
      if (!standsAlone(text, paragraphs, i, this.named[i])) return null;
      shared ||= this.named[i].sharedBody;
      congress ||= this.named[i].congressCountry;
    }
    return shared && congress ? null : this.counts;
  }

  private recount(text: string, paragraphs: readonly Paragraph[]): ReadonlyMap<string, number> | null {
    this.texts = paragraphs.map((p) => p.text);
    this.named = this.texts.map(namedIn);
    this.counts = new Map();
    for (const n of this.named) add(this.counts, n, 1);
    return this.of(text, paragraphs);
  }
}

/** Adds a paragraph's counts to `counts` (`sign` -1: takes them away; a country counted 0 times is dropped). */
function add(counts: Map<string, number>, n: Named, sign: 1 | -1): void {
  for (const [country, k] of n.counts) {
    const total = (counts.get(country) ?? 0) + sign * k;
    if (total) counts.set(country, total);
    else counts.delete(country);
  }
}
