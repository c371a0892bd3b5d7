import { getNlp, type NlpDoc } from './nlp';
import type { ParagraphContext, ParagraphFacts, Sentence } from './mentions';
import { pairQuoteMarks } from './quotes/marks';
import { maskQuotes, sentenceBounds } from './quotes/sentences';
import { findFigures } from './figures';
import { findTariffRates } from './tariffs';
import { findPeople } from './people';
import { findOrganizations } from './organizations';
import { findQuotes } from './quotes';
import { countWords } from './words';

/**
 * Sentences of a paragraph, split by our own linear rules on text whose quotations are masked
 * (so “We will not back down.” does not cut “…,” she said from its quote). compromise's own
 * sentence offsets cost seconds on a long paragraph, so they are not used.
 */
export function sentencesOf(text: string): Sentence[] {
  const bounds = sentenceBounds(maskQuotes(text, pairQuoteMarks(text)));
  const out = bounds.map(({ start, end }) => {
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end, text: text.slice(start, end) };
  }).filter((s) => s.end > s.start);
  return out.length ? out : [{ start: 0, end: text.length, text }];
}

/** A paragraph's context; compromise runs only if an extractor asks for its doc. */
function contextOf(text: string): ParagraphContext {
  let doc: NlpDoc | undefined;
  return {
    text,
    sentences: sentencesOf(text),
    get doc() {
      return (doc ??= getNlp()(text));
    },
  };
}

/** Runs every extractor over one paragraph. Offsets are paragraph-relative. */
export function extractParagraph(text: string): ParagraphFacts {
  const ctx = contextOf(text);
  const figures = findFigures(ctx);
  return {
    words: countWords(text),
    figures,
    tariffs: findTariffRates(ctx, figures),
    people: findPeople(ctx),
    organizations: findOrganizations(ctx),
    quotes: findQuotes(ctx),
  };
}

/** A bounded cache of paragraph facts keyed by paragraph text, oldest dropped first. */
export class ParagraphCache {
  private readonly map = new Map<string, ParagraphFacts>();
  constructor(private readonly limit = 5000) {}

  get(text: string): ParagraphFacts {
    let facts = this.map.get(text);
    if (facts) {
      this.map.delete(text);
    } else {
      facts = extractParagraph(text);
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
    }
    this.map.set(text, facts);
    return facts;
  }

  /** Whether a paragraph's facts are cached (without touching its place in the queue). */
  has(text: string): boolean {
    return this.map.has(text);
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}
