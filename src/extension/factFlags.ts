import type * as _vscode from 'vscode';
import type { Analysis } from '../core/types';
import { l10n } from './l10n';
import type { SourceCheck } from '../core/sources/types';
import { describeSourceCheck } from '../core/sources/describe';

/** What the analysis flags for the desk to look at, per fact: the Problems panel's and the checklist's source. */
export type FlagCode = 'no-speaker' | 'figure-check' | 'spelling' | 'source-altered' | 'source-different';

export interface FactFlag {
  code: FlagCode;
  /** The flagged fact's id (a quote, a figure, the second spelling's person). */
  factId: string;
  /** Where to show it: the quote, the figure, the person's first mention. */
  start: number;
  end: number;
  message: string;
}

/** Quotes without a speaker, figure checks (on their first figure), names spelled two ways (on the second person), and with source checks quotes altered and figures different from their source. */
export function factFlags(analysis: Analysis, sources?: ReadonlyMap<string, SourceCheck>): FactFlag[] {
  const out: FactFlag[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker) out.push({ code: 'no-speaker', factId: q.id, start: q.start, end: q.end, message: l10n.t('Quote without a speaker: “{0}”', `${q.text.slice(0, 50)}${q.text.length > 50 ? '…' : ''}`) });
  }
  const figures = new Map(analysis.figures.map((f) => [f.id, f]));
  for (const c of analysis.checks) {
    const f = figures.get(c.figures[0]);
    if (f) out.push({ code: 'figure-check', factId: f.id, start: f.start, end: f.end, message: c.message });
  }
  const people = new Map(analysis.people.map((p) => [p.id, p]));
  for (const s of analysis.spellings ?? []) {
    const first = people.get(s.people[1])?.mentions[0];
    if (first) out.push({ code: 'spelling', factId: s.people[1], start: first.start, end: first.end, message: s.message });
  }
  for (const fact of sources ? [...analysis.quotes, ...analysis.figures] : []) {
    const c = sources?.get(fact.id);
    if (c?.status === 'altered' || c?.status === 'different') out.push({ code: c.status === 'altered' ? 'source-altered' : 'source-different', factId: fact.id, start: fact.start, end: fact.end, message: describeSourceCheck(c) });
  }
  return out;
}
