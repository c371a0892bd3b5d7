/**
 * The reporter's own sources as plain data: each source file read into passages (a paragraph, a
 * transcript cue, a table cell) with where they are, and what the source check says of each quote
 * and figure of an article. Offsets and hashes stay inside the index; views get these types.
 */

/** A stretch of a source a fact can be found in, with its place in the file. */
export interface Passage {
  /** 1-based line where the passage starts (for .docx: the paragraph number). */
  line: number;
  text: string;
  /** Transcript time of the cue, "00:12:31"; absent outside subtitles and timed transcripts. */
  time?: string;
  /** Speaker label of a transcript ("LEE", "Ana Ruiz"), carried over to the cues that follow it. */
  speaker?: string;
  /** A table cell's row and column headers. */
  row?: string;
  column?: string;
}

/** A source file read into passages. `problems` are parts skipped while reading ("cue 12 has no timing"). */
export interface SourceDoc {
  /** The file as the user names it (workspace-relative in the editor, as given on the command line). */
  file: string;
  kind: 'text' | 'subtitles' | 'table';
  passages: Passage[];
  problems: string[];
}

export type QuoteSourceStatus = 'verbatim' | 'altered' | 'not-found';
export type FigureSourceStatus = 'found' | 'rounded' | 'different' | 'not-found';
export type SourceStatus = QuoteSourceStatus | FigureSourceStatus;

/**
 * A run of words where a quote and its source differ: `expected` is what the source says, `found`
 * what the article prints ("" when a side has no words there). `serious` when a negation or a
 * number is dropped, added or changed.
 */
export interface Difference {
  expected: string;
  found: string;
  serious: boolean;
}

/** What the source check says of one quote or figure. Place fields are null when nothing was found. */
export interface SourceCheck {
  status: SourceStatus;
  file: string | null;
  line: number | null;
  time: string | null;
  /** The transcript's speaker label at the match. */
  speaker: string | null;
  /** True when that label names someone other than the quote's speaker. */
  speakerDiffers: boolean;
  differences: Difference[];
  /** True when any difference is serious. */
  serious: boolean;
  /** The source's words at the match (a quote's passage, or the figure as the source writes it). */
  excerpt: string;
  /** A table cell's row and column headers. */
  row?: string;
  column?: string;
}

/** The source checks of an article's quotes and figures, by fact id; a fact absent was not looked up (a quote of one or two words). */
export type SourceChecks = ReadonlyMap<string, SourceCheck>;
