/** Which stretches of an article get which highlight; pure, so it is unit-tested without VS Code. */
import type { Analysis, Span } from '../core/types';

export const HIGHLIGHT_KINDS = ['figures', 'tariffs', 'people', 'organizations', 'quotes'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

type Offsets = Pick<Span, 'start' | 'end'>;
export type HighlightSpans = Record<HighlightKind, Offsets[]>;

const byStart = (a: Offsets, b: Offsets) => a.start - b.start || a.end - b.end;

/**
 * The spans to highlight for each enabled kind. A figure that is also a tariff rate is drawn once,
 * as a tariff rate, unless tariff highlights are off.
 */
export function highlightSpans(a: Analysis, enabled: (kind: HighlightKind) => boolean): HighlightSpans {
  const on = (k: HighlightKind, spans: Offsets[]) => (enabled(k) ? spans.map(({ start, end }) => ({ start, end })).sort(byStart) : []);
  const tariffs = on('tariffs', a.tariffs);
  const isTariff = new Set(tariffs.map((t) => `${t.start}:${t.end}`));
  return {
    figures: on('figures', a.figures).filter((f) => !isTariff.has(`${f.start}:${f.end}`)),
    tariffs,
    people: on('people', a.people.flatMap((p) => p.mentions)),
    organizations: on('organizations', a.organizations.flatMap((o) => o.mentions)),
    quotes: on('quotes', a.quotes),
  };
}
