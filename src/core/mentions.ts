/**
 * What extraction finds in one paragraph, before document-level linking. Offsets are relative to
 * the paragraph while extracting, and shifted to the document by `analyze`.
 */
import type { Figure, TariffRate } from './types';
import type { NlpDoc } from './nlp';
import type { Tok } from './lexicon/tokens';

/** A sentence of the paragraph. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** What every extractor of a paragraph gets: its text, one shared compromise pass, its sentences. */
/**
 * What every extractor of a paragraph gets: its text and sentences, and compromise's doc of it.
 * The doc is built on first use only (it is the costliest step), so ask for it sparingly.
 */
export interface ParagraphContext {
  readonly text: string;
  readonly doc: NlpDoc;
  readonly sentences: Sentence[];
  /** The paragraph's words, tokenized once (abbreviations whole, possessives flagged). */
  readonly tokens: Tok[];
}

/** Rule ids gathered while extracting; `analyze` makes them the fact's `because`. */
interface Reasons {
  because?: string[];
}

export type FigureMention = Omit<Figure, 'id' | 'because'> & Reasons;
/** A rate while extracting; when it takes effect, its schedule and whether it is an earlier level are read for the whole article. */
export type TariffMention = Omit<TariffRate, 'id' | 'because' | 'earlierLevel' | 'effective' | 'schedule'> & Partial<Pick<TariffRate, 'earlierLevel' | 'effective' | 'schedule'>> & Reasons;

/** A person named in the text: "Treasury Secretary Scott Bessent", "Mr. Liu", "Cutler". */
export interface PersonMention extends Reasons {
  start: number;
  end: number;
  /** The name only, as written (no title, no honorific, no possessive 's): the span's text. */
  text: string;
  /** Title stated at this mention ("Treasury Secretary"), "" if none. */
  title: string;
  /** Organization or country tied to the person at this mention, "" if none. */
  affiliation: string;
  /** "Mr." / "Ms." / … when the mention uses one (helps gender for "he"/"she"). */
  honorific: string;
  /** Found only by its shape (a lone capitalized word, "Freeland said"): linking keeps it only when it names a person found elsewhere. */
  weak?: boolean;
}

/** An organization named in the text. */
export interface OrganizationMention extends Reasons {
  start: number;
  end: number;
  text: string;
  /** The form to merge on and show: "World Trade Organization" for "the World Trade Organization". */
  name: string;
  /** What forms of one body share ("commerce" for "DOC" and "Commerce Department"); defaults to `name`. */
  key?: string;
  /** A short or ambiguous form ("Resolute", "Department", "EU member states"): kept only when a full form of the same body is found. */
  weak?: boolean;
}

/** Who a quote's own sentence says spoke it. */
export type Attribution =
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'pronoun'; pronoun: 'he' | 'she' | 'they' | 'it' }
  | { kind: 'description'; text: string };

/** A direct quotation; the span is the words inside the marks. */
export interface QuoteMention extends Reasons {
  start: number;
  end: number;
  text: string;
  attribution: Attribution | null;
  /** True when the quote opens a paragraph and its closing mark is missing (it runs on). */
  runsOn: boolean;
}

/** All that extraction found in one paragraph; cached by paragraph text. */
export interface ParagraphFacts {
  /** Words in the paragraph (summed for the article's count without re-reading the text). */
  words: number;
  figures: FigureMention[];
  tariffs: TariffMention[];
  people: PersonMention[];
  organizations: OrganizationMention[];
  quotes: QuoteMention[];
}
