import { getNlp } from './nlp';
import type { ParagraphContext, ParagraphFacts, Sentence } from './mentions';
import { findFigures } from './figures';
import { findTariffRates } from './tariffs';
import { findPeople } from './people';
import { findOrganizations } from './organizations';
import { findQuotes } from './quotes';

/** Splits a paragraph into sentences with compromise's own sentence boundaries. */
function sentencesOf(doc: { sentences(): { json(o: object): Array<{ offset: { start: number; length: number } }> } }, text: string): Sentence[] {
  const out: Sentence[] = doc.sentences().json({ offset: true }).map((s) => {
    const start = s.offset.start;
    const end = start + s.offset.length;
    return { start, end, text: text.slice(start, end) };
  });
  return out.length ? out : [{ start: 0, end: text.length, text }];
}

/** Runs every extractor over one paragraph, with one shared compromise pass. Offsets are paragraph-relative. */
export function extractParagraph(text: string): ParagraphFacts {
  const doc = getNlp()(text);
  const ctx: ParagraphContext = { text, doc, sentences: sentencesOf(doc, text) };
  const figures = findFigures(ctx);
  return {
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

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}
