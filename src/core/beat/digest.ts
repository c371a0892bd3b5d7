/**
 * One article reduced to what the beat needs: its people and organizations with their mentions,
 * its current tariff rates, and the figures that say which measure of which subject for which
 * period they are (the ones two articles can contradict). Plain data: the worker threads send it.
 */
import type { Analysis, Organization, Person } from '../types';
import { readFigures } from '../figureWords';
import { pointsOf, stretchOf } from './points';
import { tidy } from './names';
import type { ArticleDigest, DigestEntity, DigestReading } from './types';

/** The digest of an analysed article; `text` is the text it was analysed from. */
export function digestArticle(file: string, text: string, analysis: Analysis): ArticleDigest {
  const at = pointsOf(text);
  const entity = (e: Person | Organization): DigestEntity => ({
    name: tidy(e.name),
    title: 'title' in e ? tidy(e.title) : '',
    mentions: e.mentions.map((m) => stretchOf(at, m)).sort((a, b) => a.start - b.start),
  });
  const readings: DigestReading[] = readFigures(analysis.figures, analysis.tariffs)
    // Across articles only a stated subject and a stated period make two figures one quantity.
    .filter((r) => r.measure && r.role !== 'earlier' && !r.notActual && !r.tariff && r.subject.length && r.periods.length)
    .map(({ figure: f, group: _group, tariff: _tariff, ...reading }) => ({
      ...reading,
      figure: { kind: f.kind, unit: f.unit, value: f.value, text: f.text, start: f.start, end: f.end, sentence: f.sentence, sentenceStart: f.sentenceStart },
      place: stretchOf(at, f),
    }));
  return {
    file,
    words: analysis.words,
    people: analysis.people.filter((p) => p.mentions.length).map(entity),
    organizations: analysis.organizations.filter((o) => o.mentions.length).map(entity),
    tariffs: analysis.tariffs
      .filter((t) => !t.earlierLevel)
      .map((t) => ({ ...stretchOf(at, t), imposer: tidy(t.imposer), target: tidy(t.target), rate: t.rate, previousRate: t.previousRate, change: t.change, effective: tidy(t.effective) })),
    readings,
  };
}
