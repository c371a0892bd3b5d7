import { getNlp, type NlpDoc } from './nlp';
import type { FigureMention, OrganizationMention, ParagraphContext, ParagraphFacts, PersonMention, QuoteMention, Sentence, TariffMention } from './mentions';
import { pairQuoteMarks } from './quotes/marks';
import { maskQuotes, sentenceBounds } from './quotes/sentences';
import { findFigures } from './figures';
import { findTariffRates } from './tariffs';
import { findPeople } from './people';
import { findOrganizations } from './organizations';
import { findQuotes } from './quotes';
import { countWords } from './words';
import { ORGANIZATION_KEYS, WEAK_ORGANIZATION_KEYS, hasKeys } from './placeFacts';
import { tokenize, type Tok } from './lexicon/tokens';
import type { Paragraph } from './paragraphs';
import { LinkingMemo } from './linkMemo';
import { RateMemo } from './rateMemo';
import { QuoteSentenceMemo } from './quoteSentenceMemo';
import type { ReadRate } from './tariffs';

/**
 * Sentences of a paragraph, split by our own linear rules on text whose quotations are masked
 * (so “We will not back down.” does not cut “…,” she said from its quote). compromise's own
 * sentence offsets cost seconds on a long paragraph, so they are not used.
 */
export function sentencesOf(text: string, toks: readonly Tok[] = tokenize(text)): Sentence[] {
  const bounds = sentenceBounds(maskQuotes(text, pairQuoteMarks(text)), toks);
  const out = bounds.map(({ start, end }) => {
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end, text: text.slice(start, end) };
  }).filter((s) => s.end > s.start);
  return out.length ? out : [{ start: 0, end: text.length, text }];
}

/** A paragraph's context; compromise runs only if an extractor asks for its doc. */
function contextOf(text: string): ParagraphContext {
  let doc: NlpDoc | undefined;
  // One tokenizer: the sentence splitter and every extractor read the same tokens.
  const tokens = tokenize(text);
  return {
    text,
    sentences: sentencesOf(text, tokens),
    get doc() {
      return (doc ??= getNlp()(text));
    },
    tokens,
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
    organizations: findOrganizations(ctx).map(oneShape),
    quotes: findQuotes(ctx),
  };
}


/**
 * An organization mention as an object of one of two shapes (weak or not), same fields in the same
 * order. The finder copies them with a spread that gave nearly every short form a hidden class of
 * its own (220 for 242 mentions of the bench's article), so every loop over an article's mentions at
 * every keystroke (moving them, comparing them with last time's, linking) ran megamorphic.
 */
function oneShape(m: OrganizationMention): OrganizationMention {
  if (hasKeys(m, WEAK_ORGANIZATION_KEYS)) return { start: m.start, end: m.end, text: m.text, name: m.name, key: m.key, weak: m.weak, because: m.because };
  if (hasKeys(m, ORGANIZATION_KEYS)) return { start: m.start, end: m.end, text: m.text, name: m.name, key: m.key, because: m.because };
  return m;
}

/** A paragraph's facts moved to document offsets, as `analyze` joins them; the document passes only read them. */
export interface PlacedFacts {
  start: number;
  figures: FigureMention[];
  tariffs: TariffMention[];
  people: PersonMention[];
  organizations: OrganizationMention[];
  quotes: QuoteMention[];
}

/**
 * A copy of a paragraph that does not hold on to the document it was cut from. A slice of a string
 * can keep its whole source alive: a paragraph kept by this cache, and every name or sentence cut
 * from it into the document passes' memos, would keep the full text of the keystroke that first
 * saw it, one more copy of the article per paragraph typed into (about 0.13 MB per edit of a
 * 10,000-word article, growing for as long as the document is edited).
 */
const standalone = (text: string): string => (text.length > 12 ? ` ${text}`.slice(1) : text);

/**
 * Paragraph facts of one document, keyed by paragraph text. A paragraph typed into leaves a new
 * entry at every keystroke, so each analysis ends a pass: entries used in neither this pass nor
 * the one before are dropped (the one before keeps undo cheap). Bounded besides, oldest first.
 */
export class ParagraphCache {
  private readonly map = new Map<string, { text: string; facts: ParagraphFacts; pass: number }>();
  /**
   * The number of this analysis: each entry holds the last it was used in (a set of the texts used,
   * made anew at every keystroke, grew to the article's paragraphs each time).
   */
  private pass = 0;
  /** Each paragraph's facts at its last document offset: a paragraph before the edit keeps them. */
  placed = new WeakMap<ParagraphFacts, PlacedFacts>();
  /** The paragraphs of the last analysis, to tell those before the first change. */
  previous: Paragraph[] = [];
  /** The text of the last analysis, to find what the edit since changed. */
  text = '';
  /** The document's last linking of people and organizations, reused while its mentions only move. */
  readonly linking = new LinkingMemo();
  /** The document's last reading of its rates, reused rate by rate where what each reads is unchanged. */
  readonly rates = new RateMemo<ReadRate>();
  /** The sentences quote attribution read in the last analysis, by paragraph. */
  readonly quoteSentences = new QuoteSentenceMemo();
  constructor(private readonly limit = 5000) {}

  get(text: string): ParagraphFacts {
    return this.entry(text).facts;
  }

  /**
   * The paragraph's facts, and its text as the string first seen: an unchanged paragraph hands the
   * document passes the same string object at every keystroke, so their memos keyed by paragraph
   * text find it without hashing and comparing its characters again.
   */
  entry(text: string): { text: string; facts: ParagraphFacts } {
    let e = this.map.get(text);
    if (e) {
      this.map.delete(e.text);
    } else {
      const own = standalone(text);
      e = { text: own, facts: extractParagraph(own), pass: this.pass };
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
    }
    this.map.set(e.text, e);
    e.pass = this.pass;
    return e;
  }

  /** Ends an analysis of the document: forgets paragraphs it no longer has. */
  endPass(): void {
    // An entry is kept under its own text.
    for (const e of this.map.values()) if (e.pass < this.pass - 1) this.map.delete(e.text);
    this.pass++;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
    this.pass = 0;
    this.placed = new WeakMap();
    this.previous = [];
    this.text = '';
    this.linking.clear();
    this.rates.clear();
    this.quoteSentences.clear();
  }
}
