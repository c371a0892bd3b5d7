/**
 * The beat: what many articles of one desk say about the same people, organizations, tariffs and
 * figures. An article is reduced once to an `ArticleDigest` (plain data, cheap to send between
 * threads); the `BeatIndex` merges digests and answers with a `BeatSnapshot`, the shape the command
 * line prints as JSON and the editor's index view shows.
 */
import type { Figure, TariffChange } from '../types';
import type { FigureReading } from '../figureWords';

/** A position as editors count it: 0-based line, UTF-16 character in the line. */
export interface TextPoint {
  line: number;
  character: number;
}

/** A stretch of one article: offsets, the editor positions of both ends, and the text. */
export interface Stretch {
  start: number;
  end: number;
  from: TextPoint;
  to: TextPoint;
  text: string;
}

/** A stretch in a named article: what a flag or a reference points at. */
export interface Place extends Stretch {
  file: string;
}

/** A person or an organization as one article names it. */
export interface DigestEntity {
  /** Fullest form in the article ("Ilse Marrowby", "World Trade Organization"). */
  name: string;
  /** The title the article gives a person ("Trade Minister"); "" for organizations and untitled people. */
  title: string;
  mentions: Stretch[];
}

/** A current tariff rate as one article states it. */
export interface DigestTariff extends Stretch {
  imposer: string;
  target: string;
  rate: number;
  previousRate: number | null;
  change: TariffChange;
  effective: string;
}

/** A figure read as a measure of a subject for a period ("Canada's steel imports in 2025"), enough to compare across articles. */
export type DigestReading = Omit<FigureReading, 'figure' | 'group' | 'tariff'> & {
  figure: Pick<Figure, 'kind' | 'unit' | 'value' | 'text' | 'start' | 'end' | 'sentence' | 'sentenceStart'>;
  place: Stretch;
};

/** What the beat keeps of one article. */
export interface ArticleDigest {
  file: string;
  words: number;
  people: DigestEntity[];
  organizations: DigestEntity[];
  tariffs: DigestTariff[];
  readings: DigestReading[];
}

/** An entity's presence in one article. */
export interface EntityInArticle {
  file: string;
  /** How many times the article names it. */
  mentions: number;
  /** Titles the article gives it (people only). */
  titles: string[];
  places: Stretch[];
}

/** A person or organization across the beat. */
export interface BeatEntity {
  /** The fullest name used ("Ilse Marrowby"). */
  name: string;
  /** Every form the beat uses ("Ilse Marrowby", "Marrowby"). */
  variants: string[];
  /** Titles given in any article ("Trade Minister", "Finance Minister"). */
  titles: string[];
  /** Mentions across every article. */
  mentions: number;
  articles: EntityInArticle[];
}

/** A tariff rate of the beat, with the article that states it. */
export interface BeatTariff extends DigestTariff {
  file: string;
}

export type BeatFlagKind = 'spelling' | 'title' | 'figure';

/** One inconsistency across the beat, with every place it involves (at least two). */
export interface BeatFlag {
  kind: BeatFlagKind;
  /** What it is about: the name, the person, the measure. */
  subject: string;
  /** The flag in an editor's words. */
  message: string;
  /** Each side of the inconsistency: where, and what it reads there (a spelling, a title, a value). */
  places: Array<Place & { reads: string }>;
}

/** The beat as the command line prints it (`trade-facts index --format json`). */
export interface BeatSnapshot {
  schema: 1;
  articles: Array<{ file: string; words: number }>;
  people: BeatEntity[];
  organizations: BeatEntity[];
  tariffs: BeatTariff[];
  flags: BeatFlag[];
}
