import { spellCountries } from './countrySpellings';
import { headlineQuoteSpeakers } from './quotes/headlineQuotes';
import { paragraphsAfterEdit } from './paragraphEdit';
import { ParagraphCache } from './extract';
import { FIGURE_KEYS, hasKeys, place } from './placeFacts';
import { READING_KEYS } from './rateMemo';
import type { FigureMention, OrganizationMention, PersonMention, QuoteMention, TariffMention } from './mentions';
import { attributeQuotes } from './attributeQuotes';
import { reclaimOrganizations } from './actorsLink';
import { documentTariffs } from './tariffs';
import type { Analysis } from './types';
import { figureChecks } from './figureChecks';
import { nameSpellings } from './nameSpellings';
import { titlesFromDescriptions } from './people/describedTitles';
import { editBetween, type TextEdit } from './textEdit';
import type { Paragraph } from './paragraphs';
import { Numbered } from './numbered';
import { ChecksMemo } from './checksMemo';
import type { ReadRate } from './tariffs';
import type { Figure, TariffRate } from './types';

export { countWords } from './words';

export interface AnalyzeOptions {
  /** Reuse paragraph results between calls: one cache per document (the editor keeps one each). */
  cache?: ParagraphCache;
}

/** Adds a paragraph's facts to the document's (an indexed loop: no iterator per paragraph and kind at every keystroke). */
function append<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
}

/**
 * The last analysis's paragraph that `p` (the `i`th) is, when it lies wholly outside the edited
 * stretch with the same length: its text is the same string the cache holds, found without hashing
 * and comparing the characters of the new copy at every keystroke.
 */
function unchanged(before: readonly Paragraph[], p: Paragraph, i: number, edit: TextEdit, added: number): Paragraph | undefined {
  const end = p.start + p.text.length;
  const old = end < edit.from ? before[i] : p.start > edit.to ? before[i - added] : undefined;
  const start = end < edit.from ? p.start : p.start - edit.delta;
  return old && old.start === start && old.text.length === p.text.length ? old : undefined;
}

/** Each document's numbered figures and rates of its last analysis (see ./numbered.ts), by its cache. */
const numbering = new WeakMap<ParagraphCache, { figures: Numbered<FigureMention, Figure>; rates: Numbered<ReadRate, TariffRate>; checks: ChecksMemo }>();

/**
 * A fact numbered (`f12`): its fields after the id, in their order. Written out as a literal when the
 * fact has the keys it is placed or read with (see ./placeFacts.ts): the copy by spread made objects
 * about three times the size (147 KB of figures allocated at every keystroke in the bench).
 */
function numberFigure(f: FigureMention, i: number): Figure {
  if (!hasKeys(f, FIGURE_KEYS)) return { id: `f${i + 1}`, ...f, because: f.because ?? [] };
  return { id: `f${i + 1}`, start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, sentence: f.sentence, sentenceStart: f.sentenceStart, because: f.because ?? [] };
}

function numberRate(t: ReadRate, i: number): TariffRate {
  if (!hasKeys(t, READING_KEYS)) return { id: `t${i + 1}`, ...t, because: t.because ?? [] };
  return {
    id: `t${i + 1}`, start: t.start, end: t.end, text: t.text, rate: t.rate, imposer: t.imposer, target: t.target, previousRate: t.previousRate, change: t.change,
    sentence: t.sentence, sentenceStart: t.sentenceStart, because: t.because ?? [], earlierLevel: t.earlierLevel, effective: t.effective, schedule: t.schedule,
  };
}

/**
 * Analyses an article: paragraphs → extraction (cached per paragraph) → document-level linking.
 * Never throws on odd text; offsets are UTF-16 indices into `text`.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const cache = options.cache ?? new ParagraphCache();
  const figures: FigureMention[] = [];
  const tariffs: TariffMention[] = [];
  const people: PersonMention[] = [];
  const orgs: OrganizationMention[] = [];
  const quotes: QuoteMention[] = [];
  let words = 0;
  const before = cache.previous;
  const previousText = cache.text;
  const edit = editBetween(previousText, text);
  const paragraphs = paragraphsAfterEdit(before, text, edit);
  let settled = true;
  paragraphs.forEach((p, i) => {
    const { text: same, facts: f } = cache.entry(unchanged(before, p, i, edit, paragraphs.length - before.length)?.text ?? p.text);
    p.text = same;
    words += f.words;
    // A paragraph that neither changed nor moved keeps its shifted facts (the passes only read them).
    // Those after the first change move at every keystroke typed above them: they are not kept, so
    // they die young instead of filling the old generation.
    settled &&= before[i]?.text === p.text && before[i].start === p.start;
    let placed = cache.placed.get(f);
    if (placed?.start !== p.start) {
      placed = place(f, p.start);
      if (settled || !cache.placed.has(f)) cache.placed.set(f, placed);
    }
    append(figures, placed.figures);
    append(tariffs, placed.tariffs);
    append(people, placed.people);
    append(orgs, placed.organizations);
    append(quotes, placed.quotes);
  });
  cache.previous = paragraphs;
  cache.text = text;
  cache.endPass();
  const organizations = cache.linking.organizations(orgs);
  const linked = reclaimOrganizations(cache.linking.people(people, text, paragraphs), organizations, text);
  linked.forEach((lp, i) => (lp.person.id = `p${i + 1}`));
  organizations.forEach((o, i) => (o.id = `o${i + 1}`));
  const attributed = attributeQuotes(quotes, linked, organizations, text, paragraphs, cache.quoteSentences);
  attributed.forEach((q, i) => (q.id = `q${i + 1}`));
  titlesFromDescriptions(quotes, attributed, linked.map((lp) => lp.person));

  let numbered = numbering.get(cache);
  if (!numbered) numbering.set(cache, (numbered = { figures: new Numbered(), rates: new Numbered(), checks: new ChecksMemo() }));
  const allFigures = numbered.figures.list(figures, numberFigure);
  // Rates only the whole article explains: list items under a tariff lead-in, imposers named earlier.
  cache.rates.tell(previousText, text, edit);
  const rates = numbered.rates.list(documentTariffs(text, paragraphs, figures, tariffs, cache.rates), numberRate);
  const checks = numbered.checks.checks(allFigures, rates, figureChecks);
  // A headline's quote that the story gives again, as someone's.
  const named = linked.map((lp) => lp.person);
  const told = headlineQuoteSpeakers(attributed, named, text, paragraphs[0] ? paragraphs[0].start + paragraphs[0].text.length : 0);
  const warnings = told.filter((q) => !q.speaker).map((q) => `Quote "${q.text.slice(0, 40)}${q.text.length > 40 ? '…' : ''}" has no speaker.`);
  const spelled = spellCountries(text, { people: named, rates, quotes: told });
  const persons = spelled.people;
  return {
    words,
    people: persons,
    organizations,
    figures: numbered.checks.withReasons(allFigures, checks),
    tariffs: spelled.rates,
    quotes: spelled.quotes,
    warnings,
    checks,
    spellings: nameSpellings(persons),
  };
}
