import { groupQuotes } from './quoteGroups';
import type { Analysis, Figure, FigureCheck, Person, Quote, TariffRate, Organization } from './types';

/** A fact with the line (1-based) it starts on. */
export type Lined<T> = T & { line: number };

/** An article's facts ready to render: what a desk files with the story. */
export interface FactSheet {
  title: string;
  file: string;
  words: number;
  generated: string;
  analysis: Analysis;
  figures: Lined<Figure>[];
  tariffs: Lined<TariffRate>[];
  people: Array<Person & { quotes: number; line: number }>;
  organizations: Lined<Organization>[];
  quotes: Lined<Quote>[];
  /** Quotes by speaker, as the Quotes panel groups them: unattributed ones last. */
  quoteGroups: Array<{ speaker: string | null; quotes: Lined<Quote>[] }>;
  /** Checks an editor should make, in words: quotes with no speaker, then the figure checks with their lines. */
  checks: string[];
  /** The figure checks of the analysis, each with the line of the figure it is about. */
  figureChecks: Array<FigureCheck & { line: number; text: string }>;
}

/** Maps offsets to 1-based line numbers with a binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** The article's title: its first non-empty line (Markdown heading marks removed), else the file name. */
export function articleTitle(text: string, file: string): string {
  // YAML front matter: its title if it has one, else the first line after it.
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const named = front && /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]);
  if (named) return articleTitle(named[1], file);
  if (front) text = text.slice(front[0].length);
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '');
  const t = first?.replace(/^\s*#+\s*/, '').trim() ?? '';
  if (t && t.length <= 160) return t;
  if (t) return t.slice(0, 157).trimEnd() + '…';
  return file.split(/[\\/]/).pop() || 'Untitled';
}

export function buildFactSheet(analysis: Analysis, text: string, file: string, generated = new Date()): FactSheet {
  const lineOf = lineIndex(text);
  const lined = <T extends { start: number }>(x: T): Lined<T> => ({ ...x, line: lineOf(x.start) });
  const figureById = new Map(analysis.figures.map((f) => [f.id, f]));
  const figureChecks = (analysis.checks ?? []).map((c) => {
    const f = figureById.get(c.figures[0]);
    return { ...c, line: lineOf(f?.start ?? 0), text: f?.text ?? '' };
  });
  const quotesBy = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speakerId) quotesBy.set(q.speakerId, (quotesBy.get(q.speakerId) ?? 0) + 1);
  return {
    title: articleTitle(text, file),
    file,
    words: analysis.words,
    generated: generated.toISOString(),
    analysis,
    figures: analysis.figures.map(lined),
    tariffs: analysis.tariffs.map(lined),
    people: analysis.people.map((p) => ({ ...p, quotes: quotesBy.get(p.id) ?? 0, line: lineOf(p.mentions[0]?.start ?? 0) })),
    organizations: analysis.organizations.map((o) => ({ ...o, line: lineOf(o.mentions[0]?.start ?? 0) })),
    quotes: analysis.quotes.map(lined),
    quoteGroups: groupQuotes(analysis).map((g) => ({ speaker: g.speaker, quotes: g.quotes.map(lined) })),
    checks: [...analysis.warnings, ...figureChecks.map((c) => `Line ${c.line}, ${c.text}: ${c.message}`)],
    figureChecks,
  };
}
