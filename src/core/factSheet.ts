import { groupQuotes } from './quoteGroups';
import type { Analysis, Figure, FigureCheck, Person, Quote, TariffRate, Organization } from './types';
import { readArticleHead, type ArticleHead } from './articleHead';
import type { SourceCheck, SourceChecks } from './sources/types';
import { anchorLedger, checksById, ledgerFacts, summarizeChecks, unchecked, type CheckSummary, type FactCheck, type Ledger, type Orphan } from './ledger';

/** A fact with the line (1-based) it starts on and its check (unchecked when no ledger is given). */
export type Lined<T> = T & { line: number; check: FactCheck; source?: SourceCheck | null };

/** An article's facts ready to render: what a desk files with the story. */
export interface FactSheet {
  title: string;
  /** Headline, byline, dateline and date, as the text has them ("" when it doesn't). */
  head: ArticleHead;
  file: string;
  words: number;
  generated: string;
  analysis: Analysis;
  /** Whether a ledger was given: then every fact's `check` is from it, and `orphans` and `summary` are set. */
  ledger: boolean;
  /** Whether source checks were given: then figures and quotes carry `source` (null: not looked up). */
  sources: boolean;
  /** The figures, without those that are a tariff rate (the rate stands for them). */
  figures: Lined<Figure>[];
  tariffs: Lined<TariffRate>[];
  people: Lined<Person & { quotes: number }>[];
  organizations: Lined<Organization>[];
  quotes: Lined<Quote>[];
  /** Quotes by speaker, as the Quotes panel groups them: unattributed ones last. */
  quoteGroups: Array<{ speaker: string | null; quotes: Lined<Quote>[] }>;
  /** Checks an editor should make, in words: quotes with no speaker, then the figure checks with their lines. */
  checks: string[];
  /** The figure checks of the analysis, each with the line and text of the figure it is about. */
  figureChecks: Array<FigureCheck & { line: number; text: string }>;
  /** Marks whose fact is no longer in the text. */
  orphans: Orphan[];
  summary: CheckSummary | null;
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

/** The fact sheet of an analysis; with a ledger, each fact carries its check and the marks whose fact is gone are listed. */
export function buildFactSheet(analysis: Analysis, text: string, file: string, generated = new Date(), ledger?: Ledger, sources?: SourceChecks): FactSheet {
  const lineOf = lineIndex(text);
  const anchoring = ledger ? anchorLedger(ledger, ledgerFacts(analysis)) : null;
  const checks = anchoring ? checksById(anchoring) : new Map<string, FactCheck>();
  const lined = <T extends { id: string }>(x: T, start: number): Lined<T> => ({
    ...x,
    line: lineOf(start),
    check: checks.get(x.id) ?? unchecked(),
    ...(sources ? { source: sources.get(x.id) ?? null } : {}),
  });
  const figureById = new Map(analysis.figures.map((f) => [f.id, f]));
  const figureChecks = (analysis.checks ?? []).map((c) => {
    const f = figureById.get(c.figures[0]);
    return { ...c, line: lineOf(f?.start ?? 0), text: f?.text ?? '' };
  });
  const rateSpans = new Set(analysis.tariffs.map((t) => `${t.start}:${t.end}`));
  const quotesBy = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speakerId) quotesBy.set(q.speakerId, (quotesBy.get(q.speakerId) ?? 0) + 1);
  const head = readArticleHead(text);
  return {
    title: head.headline || articleTitle(text, file),
    head,
    file,
    words: analysis.words,
    generated: generated.toISOString(),
    analysis,
    ledger: !!ledger,
    sources: !!sources,
    figures: analysis.figures.filter((f) => !rateSpans.has(`${f.start}:${f.end}`)).map((f) => lined(f, f.start)),
    tariffs: analysis.tariffs.map((t) => lined(t, t.start)),
    people: analysis.people.map((p) => lined({ ...p, quotes: quotesBy.get(p.id) ?? 0 }, p.mentions[0]?.start ?? 0)),
    organizations: analysis.organizations.map((o) => lined(o, o.mentions[0]?.start ?? 0)),
    quotes: analysis.quotes.map((q) => lined(q, q.start)),
    quoteGroups: groupQuotes(analysis).map((g) => ({ speaker: g.speaker, quotes: g.quotes.map((q) => lined(q, q.start)) })),
    checks: [...analysis.warnings, ...figureChecks.map((c) => `Line ${c.line}, ${c.text}: ${c.message}`)],
    figureChecks,
    orphans: anchoring?.orphans ?? [],
    summary: anchoring ? summarizeChecks(anchoring) : null,
  };
}
