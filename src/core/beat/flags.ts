/**
 * What a desk wants flagged across its stories: a name spelled two ways, a person given different
 * titles in different articles, and the same measure (subject, goods, period) given different
 * values in different articles. Each flag names every place involved, so each is one click away.
 */
import { decide } from '../rules/rule';
import { statedDifferentlyRule } from '../figures/checkRules';
import type { FigureReading } from '../figureWords';
import { titleKey, titlesDiffer } from './names';
import type { BeatEntity, BeatFlag, DigestReading, Place, Stretch } from './types';

/** The file name alone, as a flag's words say it. */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() || file;

const at = (file: string, s: Stretch, reads: string): Place & { reads: string } => ({ file, ...s, reads });

/** A name of the beat as the spelling flag shows it: its words and where it is first used. */
export interface SpelledName {
  name: string;
  file: string;
  place: Stretch;
}

export function spellingFlag(a: SpelledName, b: SpelledName): BeatFlag {
  const where = a.file === b.file ? ` in ${baseName(a.file)}` : ` (${baseName(a.file)}, ${baseName(b.file)})`;
  return {
    kind: 'spelling',
    subject: a.name,
    message: `“${a.name}” and “${b.name}”${where}: one name spelled two ways?`,
    places: [at(a.file, a.place, a.name), at(b.file, b.place, b.name)],
  };
}

/** A person given titles that are not one another's short form in different articles; undefined when the titles agree. */
export function titleFlag(person: BeatEntity): BeatFlag | undefined {
  const firstWith = new Map<string, Place & { reads: string }>();
  for (const a of person.articles) {
    for (const t of a.titles) if (!firstWith.has(titleKey(t)) && a.places.length) firstWith.set(titleKey(t), at(a.file, a.places[0], t));
  }
  const titles = [...firstWith.values()];
  const differing = titles.filter((t) => titles.some((u) => titlesDiffer(t.reads, u.reads)));
  if (differing.length < 2) return undefined;
  const said = differing.map((p) => `“${p.reads}” in ${baseName(p.file)}`);
  return { kind: 'title', subject: person.name, message: `${person.name} is ${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}.`, places: differing };
}

/** A measure given more different values than this across the beat is a series, not one quantity. */
const MAX_VALUES = 4;
const MAX_READINGS = 200;

const measureName = (r: DigestReading) => [r.subject.join(' '), r.qualifier, r.measure === 'gdp' ? 'GDP' : r.measure].filter(Boolean).join(' ') + ` (${r.periods.filter((p) => !p.startsWith('~')).join(', ') || r.periods.join(', ')})`;

/** The bucket a reading is compared in: kind, unit, role, measure, goods and main subject must agree anyway (the rules decide the rest). */
export const readingBucket = (r: DigestReading): string => [r.figure.kind, r.figure.unit, r.role, r.measure, r.qualifier, r.subject[0]].join('#');

/** Flags for one bucket's readings by file: one per pair of values no rule keeps apart, in different articles. */
export function figureFlags(byFile: ReadonlyMap<string, readonly DigestReading[]>): BeatFlag[] {
  if (byFile.size < 2) return [];
  const all = [...byFile].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([file, rs]) => rs.map((r) => ({ file, r })));
  if (all.length > MAX_READINGS || new Set(all.map((x) => x.r.figure.value)).size > MAX_VALUES) return [];
  const out: BeatFlag[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [x, y] = [all[i], all[j]];
      const pairKey = [x.r.figure.value, y.r.figure.value].sort().join('/');
      if (x.file === y.file || x.r.figure.value === y.r.figure.value || seen.has(pairKey)) continue;
      if (!decide([statedDifferentlyRule], { x: asReading(x.r), y: asReading(y.r) })) continue;
      seen.add(pairKey);
      const subject = measureName(x.r);
      out.push({
        kind: 'figure',
        subject,
        message: `${subject[0].toUpperCase()}${subject.slice(1)}: ${x.r.figure.text} in ${baseName(x.file)}, ${y.r.figure.text} in ${baseName(y.file)}.`,
        places: [at(x.file, x.r.place, x.r.figure.text), at(y.file, y.r.place, y.r.figure.text)],
      });
    }
  }
  return out;
}

/** A digested reading is a reading without its sentence group or tariff: what the rules compare. */
const asReading = (r: DigestReading) => ({ ...r, figure: { ...r.figure, id: '', because: [] }, group: [], tariff: undefined }) as FigureReading;
