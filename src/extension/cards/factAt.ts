import type { Analysis } from '../../core/types';
import { figureCard } from './figureCard';
import { organizationCard } from './organizationCard';
import { personCard } from './personCard';
import { quoteCard } from './quoteCard';
import { tariffCard } from './tariffCard';

/** A card and the stretch of text it is about. */
export interface FactCard {
  /** The fact's id in the analysis ("t1", "f3", "p2", "o1", "q4"). */
  id: string;
  start: number;
  end: number;
  markdown: string;
}

/**
 * The card for the innermost fact at an offset (a figure inside a quote gets the figure's card);
 * a tariff rate wins over the figure with the same span.
 */
export function factAt(a: Analysis, offset: number, lineOf: (offset: number) => number): FactCard | undefined {
  const hit = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  const found: (FactCard & { rank: number })[] = [];
  a.tariffs.filter(hit).forEach((t) => found.push({ id: t.id, start: t.start, end: t.end, rank: 0, markdown: tariffCard(a, t) }));
  a.figures.filter(hit).forEach((f) => found.push({ id: f.id, start: f.start, end: f.end, rank: 1, markdown: figureCard(a, f, lineOf) }));
  for (const p of a.people) p.mentions.filter(hit).forEach((m) => found.push({ id: p.id, start: m.start, end: m.end, rank: 2, markdown: personCard(a, p) }));
  for (const o of a.organizations) o.mentions.filter(hit).forEach((m) => found.push({ id: o.id, start: m.start, end: m.end, rank: 3, markdown: organizationCard(a, o) }));
  a.quotes.filter(hit).forEach((q) => found.push({ id: q.id, start: q.start, end: q.end, rank: 4, markdown: quoteCard(a, q, lineOf) }));
  found.sort((x, y) => x.end - x.start - (y.end - y.start) || x.rank - y.rank);
  return found[0];
}
