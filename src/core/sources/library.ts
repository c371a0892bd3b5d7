/**
 * The reporter's sources, indexed file by file so that one changed file is read again alone, and
 * the check of an article's quotes and figures against all of them.
 */
import type { Figure, Quote } from '../types';

/** What the check reads of an analysis. */
export interface CheckedFacts {
  quotes: ReadonlyArray<Pick<Quote, 'id' | 'text' | 'speaker' | 'speakerKind'>>;
  figures: readonly Figure[];
}
import type { SourceCheck, SourceChecks, SourceDoc } from './types';
import { indexSource, type FileIndex } from './fileIndex';
import { checkQuote } from './quoteCheck';
import { checkFigure } from './figureCheck';

export class SourceLibrary {
  private readonly files = new Map<string, FileIndex>();

  /** Indexes a source read into passages, replacing its earlier index. */
  put(doc: SourceDoc): void {
    this.files.set(doc.file, indexSource(doc));
  }

  /** Forgets a source; true when it was there. */
  remove(file: string): boolean {
    return this.files.delete(file);
  }

  clear(): void {
    this.files.clear();
  }

  get fileCount(): number {
    return this.files.size;
  }

  /** Words indexed across all sources. */
  get words(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.words;
    return n;
  }

  /** The sources' file names, in the order they were added. */
  get fileNames(): string[] {
    return [...this.files.keys()];
  }

  /** The source checks of every quote and figure of an analysis, by fact id (quotes too short to look up are absent); `exclude` names the article's own file. */
  check(analysis: CheckedFacts, exclude?: string): Map<string, SourceCheck> {
    // An article that is itself among the sources is not its own source.
    return checkAgainst(analysis, [...this.files.values()].filter((f) => f.doc.file !== exclude));
  }
}

/** Checks an analysis against indexed files. */
export function checkAgainst(analysis: CheckedFacts, files: readonly FileIndex[]): Map<string, SourceCheck> {
  const out = new Map<string, SourceCheck>();
  for (const q of analysis.quotes) {
    const c = checkQuote({ text: q.text, speaker: q.speakerKind === 'person' ? q.speaker : null }, files);
    if (c) out.set(q.id, c);
  }
  for (const f of analysis.figures) out.set(f.id, checkFigure(f, files));
  return out satisfies SourceChecks;
}
