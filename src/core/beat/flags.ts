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

/** A measure given more different values than this for one period across the beat is a series, not one quantity. */
const MAX_VALUES = 4;
const MAX_READINGS = 200;

const measureName = (r: DigestReading) => [r.subject.join(' '), r.qualifier, r.measure === 'gdp' ? 'GDP' : r.measure].filter(Boolean).join(' ') + ` (${r.periods.filter((p) => !p.startsWith('~')).join(', ') || r.periods.join(', ')})`;

/** The bucket a reading is compared in: kind, unit, role, measure, goods and main subject must agree anyway (the rules decide the rest). */
export const readingBucket = (r: DigestReading): string => [r.figure.kind, r.figure.unit, r.role, r.measure, r.qualifier, r.subject[0]].join('#');

/** A figure as stated in the beat: the first reading that reads this way, and the first such reading in each file. */
interface Statement {
  reading: FigureReading;
  value: number;
  byFile: Map<string, DigestReading>;
}

/**
 * Readings that read alike (value, words as written and just before, subject, period) state the same
 * thing, so they are compared once: 1,000 stories repeating "Canada's steel imports reached $4.2
 * billion in 2025" make one statement, not a million pairs.
 */
function statements(all: ReadonlyArray<{ file: string; r: DigestReading }>): Statement[] {
  const found = new Map<string, Statement>();
  for (const { file, r } of all) {
    const f = r.figure;
    const at = f.start - f.sentenceStart;
    const sig = [f.value, f.text, f.sentence.slice(Math.max(0, at - 20), at), r.subject.join('|'), r.periods.join('|'), r.notActual].join('#');
    const known = found.get(sig);
    if (!known) found.set(sig, { reading: asReading(r), value: f.value, byFile: new Map([[file, r]]) });
    else if (!known.byFile.has(file)) known.byFile.set(file, r);
  }
  return [...found.values()];
}

/** Two statements in two different articles: the first file of each, so long as they differ. */
function twoFiles(x: Statement, y: Statement): [string, string] | undefined {
  for (const fx of x.byFile.keys()) for (const fy of y.byFile.keys()) if (fx !== fy) return [fx, fy];
  return undefined;
}

/** Flags for one bucket's readings by file: one per pair of values no rule keeps apart, stated in different articles. */
export function figureFlags(byFile: ReadonlyMap<string, readonly DigestReading[]>): BeatFlag[] {
  if (byFile.size < 2) return [];
  // Compared period by period: across a beat one measure has a value per year, and only the same period can disagree.
  const byPeriod = new Map<string, Array<{ file: string; r: DigestReading }>>();
  for (const [file, rs] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const r of rs) {
      const key = [...r.periods].sort().join('|');
      const list = byPeriod.get(key);
      if (list) list.push({ file, r });
      else byPeriod.set(key, [{ file, r }]);
    }
  }
  return [...byPeriod.keys()].sort().flatMap((key) => periodFlags(byPeriod.get(key)!));
}

function periodFlags(all: ReadonlyArray<{ file: string; r: DigestReading }>): BeatFlag[] {
  if (new Set(all.map((x) => x.file)).size < 2 || new Set(all.map((x) => x.r.figure.value)).size > MAX_VALUES) return [];
  const list = statements(all);
  if (list.length > MAX_READINGS) return [];
  const out: BeatFlag[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i], list[j]];
      if (x.value === y.value) continue;
      const pairKey = [x.value, y.value].sort((a, b) => a - b).join('/');
      const files = !seen.has(pairKey) && twoFiles(x, y);
      if (!files || !decide([statedDifferentlyRule], { x: x.reading, y: y.reading })) continue;
      seen.add(pairKey);
      const [rx, ry] = [x.byFile.get(files[0])!, y.byFile.get(files[1])!];
      const subject = measureName(rx);
      out.push({
        kind: 'figure',
        subject,
        message: `${subject[0].toUpperCase()}${subject.slice(1)}: ${rx.figure.text} in ${baseName(files[0])}, ${ry.figure.text} in ${baseName(files[1])}.`,
        places: [at(files[0], rx.place, rx.figure.text), at(files[1], ry.place, ry.figure.text)],
      });
    }
  }
  return out;
}

/** A digested reading is a reading without its sentence group or tariff: what the rules compare. */
const asReading = (r: DigestReading) => ({ ...r, figure: { ...r.figure, id: '', because: [] }, group: [], tariff: undefined }) as FigureReading;
