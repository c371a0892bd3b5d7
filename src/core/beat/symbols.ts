/**
 * The article's outline: people, organizations, tariff rates, quotes by speaker and figures, a group
 * per kind, each item in text order with the stretch it selects. The editor turns these into
 * DocumentSymbols (Outline, breadcrumbs, Go to Symbol in Editor).
 */
import type { Analysis, Span, TariffRate } from '../types';
import { tidy } from './names';

export type OutlineKind = 'people' | 'organizations' | 'tariffs' | 'quotes' | 'figures';

export interface OutlineItem {
  name: string;
  /** A short second line: a title, a count of mentions, the speaker's words. */
  detail: string;
  /** The item's stretch, and the part of it that is selected (the same for facts that are one span). */
  start: number;
  end: number;
}

export interface OutlineGroup {
  kind: OutlineKind;
  label: string;
  /** From the first item's start to the last item's end. */
  start: number;
  end: number;
  items: OutlineItem[];
}

const LABELS: Record<OutlineKind, string> = { people: 'People', organizations: 'Organizations', tariffs: 'Tariff rates', quotes: 'Quotes', figures: 'Figures' };

/** "United States → Chinese tires: 35%"; the sides the article leaves unsaid are said so. */
export function tariffLabel(t: Pick<TariffRate, 'imposer' | 'target' | 'rate'>): string {
  return `${tidy(t.imposer) || 'Imposer not stated'} → ${tidy(t.target) || 'goods not stated'}: ${t.rate}%`;
}

const mentionsWord = (n: number) => (n === 1 ? '1 mention' : `${n} mentions`);
const first = (mentions: Span[]) => mentions.reduce((a, b) => (b.start < a.start ? b : a));
const short = (s: string, n = 48) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The outline groups of an analysis; kinds with nothing found are left out. */
export function outline(analysis: Analysis): OutlineGroup[] {
  const items: Record<OutlineKind, OutlineItem[]> = {
    people: analysis.people.filter((p) => p.mentions.length).map((p) => {
      const m = first(p.mentions);
      return { name: tidy(p.name), detail: [tidy(p.title), mentionsWord(p.mentions.length)].filter(Boolean).join(' · '), start: m.start, end: m.end };
    }),
    organizations: analysis.organizations.filter((o) => o.mentions.length).map((o) => {
      const m = first(o.mentions);
      return { name: tidy(o.name), detail: mentionsWord(o.mentions.length), start: m.start, end: m.end };
    }),
    tariffs: analysis.tariffs.filter((t) => !t.earlierLevel).map((t) => ({ name: tariffLabel(t), detail: t.effective ? tidy(t.effective) : '', start: t.start, end: t.end })),
    quotes: analysis.quotes.map((q) => ({ name: q.speaker ? tidy(q.speaker) : 'No speaker found', detail: `“${short(tidy(q.text))}”`, start: q.start, end: q.end })),
    figures: analysis.figures.map((f) => ({ name: tidy(f.text), detail: short(tidy(f.sentence)), start: f.start, end: f.end })),
  };
  return (Object.keys(LABELS) as OutlineKind[])
    .filter((kind) => items[kind].length)
    .map((kind) => {
      const list = items[kind].sort((a, b) => a.start - b.start);
      return { kind, label: LABELS[kind], start: list[0].start, end: Math.max(...list.map((i) => i.end)), items: list };
    });
}
