/**
 * A paragraph's facts moved to document offsets, as `analyze` joins them: at every keystroke, every
 * fact after the cursor. The copies are written out field by field where the facts' keys allow it:
 * a copy by spread that then writes over its offsets (`{ ...x, start: x.start + by }`) sends each of
 * those writes to V8's runtime (a miss of the write's inline cache at every object), several times
 * slower than an object literal. A literal must give the fact's keys in the fact's order (the JSON
 * follows it), so it is used only for a paragraph whose facts of a kind all have exactly the keys it
 * writes, checked once per paragraph (its facts are the cache's, never changed); any other paragraph
 * is copied by spread as before. test/unit/placeFacts.test.ts compares both with each other and
 * fails when the bench's article stops taking the literal path (a field added to a kind of fact must
 * be added to its literal here).
 */
import type { FigureMention, OrganizationMention, ParagraphFacts, PersonMention, QuoteMention, TariffMention } from './mentions';
import type { PlacedFacts } from './extract';

export const FIGURE_KEYS = ['start', 'end', 'text', 'kind', 'value', 'unit', 'sentence', 'sentenceStart', 'because'];
export const TARIFF_KEYS = ['start', 'end', 'text', 'rate', 'imposer', 'target', 'previousRate', 'change', 'sentence', 'sentenceStart', 'because'];
export const PERSON_KEYS = ['start', 'end', 'text', 'title', 'affiliation', 'honorific', 'because'];
const WEAK_PERSON_KEYS = [...PERSON_KEYS, 'weak'];
export const ORGANIZATION_KEYS = ['start', 'end', 'text', 'name', 'key', 'because'];
export const WEAK_ORGANIZATION_KEYS = ['start', 'end', 'text', 'name', 'key', 'weak', 'because'];
export const QUOTE_KEYS = ['start', 'end', 'text', 'attribution', 'runsOn', 'because'];
const NAME_ATTRIBUTION_KEYS = ['kind', 'name', 'start', 'end'];

/** Whether `x`'s own keys are `keys`, in that order. */
export function hasKeys(x: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in x) if (!Object.hasOwn(x, k) || k !== keys[i++]) return false;
  return i === keys.length;
}

const FIGURES = 1;
const TARIFFS = 2;
const PEOPLE = 4;
const ORGANIZATIONS = 8;
const QUOTES = 16;

/** Which kinds of a paragraph's facts the literals copy exactly: a bit per kind. */
function literalKinds(f: ParagraphFacts): number {
  let kinds = 0;
  if (f.figures.every((x) => hasKeys(x, FIGURE_KEYS))) kinds |= FIGURES;
  if (f.tariffs.every((x) => hasKeys(x, TARIFF_KEYS))) kinds |= TARIFFS;
  // A weak mention has `weak: true` (the literals tell the two shapes apart by it).
  if (f.people.every((x) => (x.weak === true ? hasKeys(x, WEAK_PERSON_KEYS) : hasKeys(x, PERSON_KEYS)))) kinds |= PEOPLE;
  if (f.organizations.every((x) => (x.weak === true ? hasKeys(x, WEAK_ORGANIZATION_KEYS) : hasKeys(x, ORGANIZATION_KEYS)))) kinds |= ORGANIZATIONS;
  if (f.quotes.every((x) => hasKeys(x, QUOTE_KEYS) && (x.attribution?.kind !== 'name' || hasKeys(x.attribution, NAME_ATTRIBUTION_KEYS)))) kinds |= QUOTES;
  return kinds;
}

const kindsOf = new WeakMap<ParagraphFacts, number>();

/** A paragraph's facts in document offsets (`start` is where the paragraph starts). */
export function place(f: ParagraphFacts, start: number): PlacedFacts {
  let kinds = kindsOf.get(f);
  if (kinds === undefined) kindsOf.set(f, (kinds = literalKinds(f)));
  return {
    start,
    figures: kinds & FIGURES ? figuresAt(f.figures, start) : spreadSentence(f.figures, start),
    tariffs: kinds & TARIFFS ? tariffsAt(f.tariffs, start) : spreadSentence(f.tariffs, start),
    people: kinds & PEOPLE ? peopleAt(f.people, start) : spreadPeople(f.people, start),
    organizations: kinds & ORGANIZATIONS ? organizationsAt(f.organizations, start) : spreadOrganizations(f.organizations, start),
    quotes: kinds & QUOTES ? quotesAt(f.quotes, start) : spreadQuotes(f.quotes, start),
  };
}

function figuresAt(items: readonly FigureMention[], by: number): FigureMention[] {
  const out = new Array<FigureMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] = { start: x.start + by, end: x.end + by, text: x.text, kind: x.kind, value: x.value, unit: x.unit, sentence: x.sentence, sentenceStart: x.sentenceStart + by, because: x.because };
  }
  return out;
}

function tariffsAt(items: readonly TariffMention[], by: number): TariffMention[] {
  const out = new Array<TariffMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] = {
      start: x.start + by, end: x.end + by, text: x.text, rate: x.rate, imposer: x.imposer, target: x.target, previousRate: x.previousRate, change: x.change,
      sentence: x.sentence, sentenceStart: x.sentenceStart + by, because: x.because,
    };
  }
  return out;
}

function peopleAt(items: readonly PersonMention[], by: number): PersonMention[] {
  const out = new Array<PersonMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] =
      x.weak === true
        ? { start: x.start + by, end: x.end + by, text: x.text, title: x.title, affiliation: x.affiliation, honorific: x.honorific, because: x.because, weak: true }
        : { start: x.start + by, end: x.end + by, text: x.text, title: x.title, affiliation: x.affiliation, honorific: x.honorific, because: x.because };
  }
  return out;
}

function organizationsAt(items: readonly OrganizationMention[], by: number): OrganizationMention[] {
  const out = new Array<OrganizationMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] =
      x.weak === true
        ? { start: x.start + by, end: x.end + by, text: x.text, name: x.name, key: x.key, weak: true, because: x.because }
        : { start: x.start + by, end: x.end + by, text: x.text, name: x.name, key: x.key, because: x.because };
  }
  return out;
}

function quotesAt(items: readonly QuoteMention[], by: number): QuoteMention[] {
  const out = new Array<QuoteMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const q = items[i];
    const a = q.attribution;
    out[i] = {
      start: q.start + by, end: q.end + by, text: q.text,
      attribution: a?.kind === 'name' ? { kind: 'name', name: a.name, start: a.start + by, end: a.end + by } : a,
      runsOn: q.runsOn, because: q.because,
    };
  }
  return out;
}

// The copies by spread, for facts of other shapes. Each kind has its own loop: shared, one loop saw
// the shapes of several kinds and ran about three times slower per object.

function spreadSentence<T extends { start: number; end: number; sentenceStart: number }>(items: readonly T[], by: number): T[] {
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] = { ...x, start: x.start + by, end: x.end + by, sentenceStart: x.sentenceStart + by };
  }
  return out;
}

function spreadPeople(items: readonly PersonMention[], by: number): PersonMention[] {
  const out = new Array<PersonMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] = { ...x, start: x.start + by, end: x.end + by };
  }
  return out;
}

function spreadOrganizations(items: readonly OrganizationMention[], by: number): OrganizationMention[] {
  const out = new Array<OrganizationMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    out[i] = { ...x, start: x.start + by, end: x.end + by };
  }
  return out;
}

/** A paragraph's quotes in document offsets, a name attribution's span too (one copy per quote). */
function spreadQuotes(items: readonly QuoteMention[], by: number): QuoteMention[] {
  const out = new Array<QuoteMention>(items.length);
  for (let i = 0; i < items.length; i++) {
    const q = items[i];
    const a = q.attribution;
    out[i] = { ...q, start: q.start + by, end: q.end + by, attribution: a?.kind === 'name' ? { ...a, start: a.start + by, end: a.end + by } : a };
  }
  return out;
}

/** Every copy by spread, whatever the facts' keys (for tests: the literals must give the same). */
export function placeBySpread(f: ParagraphFacts, start: number): PlacedFacts {
  return {
    start,
    figures: spreadSentence(f.figures, start),
    tariffs: spreadSentence(f.tariffs, start),
    people: spreadPeople(f.people, start),
    organizations: spreadOrganizations(f.organizations, start),
    quotes: spreadQuotes(f.quotes, start),
  };
}

/** Which kinds the literals copy for a paragraph's facts (for tests). */
export const literalKindsOf = (f: ParagraphFacts): { figures: boolean; tariffs: boolean; people: boolean; organizations: boolean; quotes: boolean } => {
  const k = literalKinds(f);
  return { figures: !!(k & FIGURES), tariffs: !!(k & TARIFFS), people: !!(k & PEOPLE), organizations: !!(k & ORGANIZATIONS), quotes: !!(k & QUOTES) };
};
