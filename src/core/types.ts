/**
 * The plain data Trade Facts extracts from an article. Every offset is a UTF-16 index into the
 * analysed text (as JavaScript strings and VS Code count), `end` exclusive, so that
 * `text.slice(start, end) === span.text` always holds.
 */

/** A stretch of the article. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type FigureKind = 'money' | 'percent' | 'percentagePoints' | 'basisPoints' | 'count';

/** A number a fact-checker would verify: "$295.4 billion", "30%", "46 million tires". */
export interface Figure extends Span {
  id: string;
  /** Ids of the rules that decided this fact (see src/core/rules); the hover card explains them. */
  because: string[];
  kind: FigureKind;
  /** Normalized value: 295400000000 for "$295.4 billion", 30 for "30%". */
  value: number;
  /** ISO currency for money ("USD", "GBP", "CNY"…), "%" for percents, "pp", "bp", or the counted noun ("tires", "jobs", "" when none). */
  unit: string;
  /** The sentence the figure sits in, as written. */
  sentence: string;
  /** Where that sentence starts in the text. */
  sentenceStart: number;
}

/** How the text says a tariff rate moved. */
export type TariffChange = 'raised' | 'cut' | 'paused' | 'imposed' | 'lifted' | 'threatened' | null;

/** A percentage applied as a tariff, duty, levy or customs charge. The span is the rate itself. */
export interface TariffRate extends Span {
  id: string;
  /** Ids of the rules that decided this fact (see src/core/rules); the hover card explains them. */
  because: string[];
  rate: number;
  /** Normalized country or bloc imposing it ("United States", "China", "European Union"), "" if unclear. */
  imposer: string;
  /** What it applies to, as the article says ("Chinese imports", "steel"), "" if not stated. */
  target: string;
  /** The rate before the change, when the text states one ("from 57% to 47%"). */
  previousRate: number | null;
  /** True when this rate is the earlier level of another rate in the list ("from 10% to 15%": the 10%); views count only current rates. */
  earlierLevel: boolean;
  /** When it takes effect, as written ("on Aug. 1", "from January 2026"), "" if not stated. */
  effective: string;
  /** How it is phased in or out, as written ("in the second year", "over five years"), "" if none. */
  schedule: string;
  change: TariffChange;
  sentence: string;
  sentenceStart: number;
}

/** A real person named in the article, every mention merged. */
export interface Person {
  id: string;
  /** Ids of the rules that decided this fact (see src/core/rules); the hover card explains them. */
  because: string[];
  /** Fullest form of the name, without titles: "Scott Bessent". */
  name: string;
  /** Role as the article states it: "Treasury Secretary", "vice president"; "" if none. */
  title: string;
  /** Organization or country the article ties them to; "" if none. */
  affiliation: string;
  /** Every mention ("Treasury Secretary Scott Bessent", "Mr. Bessent"); the span covers the name only. */
  mentions: Span[];
}

/** A named organization: agency, ministry, company, think tank, union, outlet, international body. */
export interface Organization {
  id: string;
  /** Ids of the rules that decided this fact (see src/core/rules); the hover card explains them. */
  because: string[];
  /** Fullest form: "World Trade Organization". */
  name: string;
  /** Other forms used in the article ("WTO"). */
  aliases: string[];
  mentions: Span[];
}

/** A direct quotation. The span is the words inside the quotation marks. */
export interface Quote extends Span {
  id: string;
  /** Ids of the rules that decided this fact (see src/core/rules); the hover card explains them. */
  because: string[];
  /** Canonical name of the person (or organization) who said it; null when none was found. */
  speaker: string | null;
  /** Id of that person ("p1") or organization ("o1"); null when none. */
  speakerId: string | null;
  /**
   * Who speaks: a named person, an organization, a government ("Canada said", "the White House
   * said"), or someone described and not named (then `speaker` is the description: "a ministry
   * spokesperson"); null when no speaker was found.
   */
  speakerKind: 'person' | 'organization' | 'government' | 'described' | null;
}

/** What an editor should check about a figure. */
export type FigureCheckKind =
  /** A stated change and a level imply another value ("$295.4 billion, up 5.8%" → about $279.2 billion before). */
  | 'implied'
  /** A stated change disagrees with the two levels it joins ("rose 6% from $100 million to $112 million"). */
  | 'change-mismatch'
  /** The same measure of the same subject for the same period is given two different values. */
  | 'stated-differently'
  /** The digits are grouped oddly ("$1,4417", "12,34"): a decimal comma or a typo. */
  | 'digit-grouping';

/** One check on one or more figures, decided by rules (see src/core/figures/checkRules.ts). */
export interface FigureCheck {
  id: string;
  kind: FigureCheckKind;
  /** Ids of the figures checked: the first is the one the check is about, then the others it compares. */
  figures: string[];
  /** The check in an editor's words. */
  message: string;
  /** Ids of the rules that made the check. */
  because: string[];
  /** The value a change implies, for 'implied' and 'change-mismatch'. */
  implied?: { kind: FigureKind; unit: string; value: number };
}

/** Everything found in one article. */
export interface Analysis {
  words: number;
  people: Person[];
  organizations: Organization[];
  figures: Figure[];
  tariffs: TariffRate[];
  quotes: Quote[];
  /** Things the editor should check, in words ("Quote at line 12 has no speaker"). */
  warnings: string[];
  /** Checks on figures: implied values, changes that disagree with their levels, figures stated differently, odd digits. */
  checks: FigureCheck[];
  /** People whose names look like one name spelled two ways ("Bessent", "Besent"). */
  spellings?: NameSpelling[];
}

/** Two people of one article whose names look like one name spelled two ways (see src/core/nameSpellings.ts). */
export interface NameSpelling {
  id: string;
  /** Ids of the two people, the first in the text first. */
  people: [string, string];
  names: [string, string];
  message: string;
}
