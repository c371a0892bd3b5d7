/**
 * Tariff reading that needs more than one paragraph: rate lists under a lead-in ("the main rates
 * are:" then "- Steel: 50%" items, each its own paragraph), and the imposer of rates whose article
 * never names one beside them but whose government actors are all one country's.
 */
import { countryOfTarget, lastTariffPhrase, targetDecision } from './target';
import { capitalizedPattern, rx } from '../lexicon/wordList';
import { CHANGE_LIST_NOUNS, LIST_NOUNS, PERCENT_UNIT } from '../lexicon/tariffWords';
import { DATE_LEAD_WORDS, MONTHS } from '../lexicon/months';
import { ALL_GOODS } from '../lexicon/goods';
import { DUTY_CHANGE_VERBS } from '../lexicon/changeVerbs';
import type { FigureMention, TariffMention } from '../mentions';
import { isHeading, type Paragraph } from '../paragraphs';
import { countryOfPlace, findActors, isGovernmentActor, normalizeCountry } from '../countries';
import { GOVERNMENT_BODY_HEADS, SHARED_BODY_NAMES } from '../lexicon/governmentActors';

// The heads as names write them, capitalized: "Revenue Service", "Ministry".
const GOVERNMENT_BODY_HEADS_CAP = capitalizedPattern(GOVERNMENT_BODY_HEADS);
import { DUTY_TOPIC, HAS_TARIFF_WORD, measuresSomethingElse } from './governs';
import { paragraphCompanyRates } from '../companyRatesMemo';
import { imposerOf } from './imposer';
import { memoize } from '../memo';
import { lowerBound } from '../quotes/search';
import { previousRateOf } from './change';
import { StoryBefore } from './storyBefore';
import { LIST_MARK } from '../listMarks';

// "- Steel: 25%", "2. Cars: 10%", "a) Light trucks: 50%", "(b) Vans: 35%": a list item's marks.
const LIST_ITEM = rx()`^\s*${LIST_MARK}\s+`;
// A lead-in that announces rates: it names tariffs or rates and ends with a colon.
const LEAD_IN_WORD = /(?<![\p{L}-])(?:rates?|schedule|margins|in force)(?![\p{L}-])/iu;
const LABEL = /^\s*(?:\*\*|__)?([^:*_\n]{1,80}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/u;

// "- bourbon and other American whiskies, 35%;": the label before a comma and the rate.
const COMMA_LABEL = rx('iu')`^\s*(?:\*\*|__)?([^:*_\n,]{1,80}?)(?:\*\*|__)?\s*,\s*(?=(?:up\s+to\s+)?[\d.]+\s?${PERCENT_UNIT})`;
/** The item's label ("**Steel and aluminum:** 50%" → "Steel and aluminum"), "" if none. */
function labelOf(item: string): string {
  const body = item.replace(LIST_ITEM, '');
  return (LABEL.exec(body) ?? COMMA_LABEL.exec(body))?.[1].trim() ?? '';
}
// "Among the items on the list:" after a paragraph about duties: a list of the goods they hit.
const LIST_WORD = rx('iu')`(?<![\p{L}-])(?:${LIST_NOUNS}|${CHANGE_LIST_NOUNS})(?![\p{L}-])`;


/** The country a whole passage's first acting sentence names, or "". */
const actingIn = (text: string): string => imposerOf({ paragraph: text, sentenceStart: 0, sentenceEnd: text.length, anchor: text.length, tariffWordStart: null, actors: findActors(text), targetCountry: '' });

/** A list written without blank lines between its items is one paragraph: each item line is read on its own. */
function itemLines(p: Paragraph): Paragraph[] {
  if (!p.text.includes('\n') || !LIST_ITEM.test(p.text)) return [p];
  const lines: Paragraph[] = [];
  let at = 0;
  for (const line of p.text.split('\n')) {
    if (line.trim()) lines.push({ ...p, start: p.start + at, text: line });
    at += line.length + 1;
  }
  return lines.every((l) => LIST_ITEM.test(l.text)) ? lines : [p];
}
// A verb of change to a new level right after an item's rate: "5 per cent cut to zero", "10% reduced to 5%".
const CUT_TO_LEVEL = rx('iu')`^\s+(?:${DUTY_CHANGE_VERBS})\s+to\s+(?:zero|nil|\d)`;
// "From March 1:", "Effective 1 July 2027:", "As of January:": a lead-in that is only a date.
const DATE_LEAD = rx('iu')`^${DATE_LEAD_WORDS}\s+(?:\d{1,2}\s+)?${MONTHS}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*:$`;

/** A lead-in or heading that announces rates: it names tariffs, rates or a schedule. */
const announcesRates = (text: string): boolean => HAS_TARIFF_WORD.test(text) || LEAD_IN_WORD.test(text);

/**
 * Rates in list items that follow a tariff lead-in ending with a colon, or any colon lead-in under a
 * heading that announces rates ("## The headline rates" … "Among the most important:"); offsets are
 * the document's. Rates already found in such an item whose label names a country ("**Vietnam**:
 * 30%") are returned revised: the label is the target, and the lead-in's imposer replaces the
 * labelled country, which the rate hits and so cannot impose.
 */
export function listRates(paragraphs: Paragraph[], figures: FigureMention[], known: TariffMention[]): TariffMention[] {
  // Built when a list item under a lead-in is found (most articles have none).
  let taken: Map<number, TariffMention> | undefined;
  const out: TariffMention[] = [];
  let fi = 0;
  let imposer: string | null = null; // null: not under a tariff lead-in
  let origin = '';
  let heading = '';
  const previous = new StoryBefore();
  // The goods a country's list item charged last ("- Oman: 25% on cement and clinker, raised from 15%"), by the item's start.
  let chargedGoods = { at: -1, goods: '' };
  // Paragraph by paragraph, its percentages listed only for a list item under a lead-in: the lists of
  // every paragraph made at every keystroke were about 40 KB of the 3 MB a keystroke allocates.
  for (const para of paragraphs) for (const p of itemLines(para)) {
    const end = p.start + p.text.length;
    const first = fi;
    while (fi < figures.length && figures[fi].start < end) fi++;
    if (isHeading(p.text)) {
      heading = p.text;
      // A heading that announces rates leads the list right under it ("**Key changes in customs duty**" then "- Steel: 25%").
      imposer = announcesRates(p.text) ? actingIn(p.text) : null;
      continue;
    }
    if (!LIST_ITEM.test(p.text)) {
      // The sentence that ends with the colon is the lead-in, not the whole paragraph.
      const tail = /:\s*$/.test(p.text) ? p.text.slice(-300) : '';
      // "Duty rates" alone on its line, then "China:" over the items: a heading without its marks.
      if (!tail && p.text.length <= 60 && !/[.!?;,]["”’]?\s*$/.test(p.text) && announcesRates(p.text)) heading = p.text;
      const lead = tail.slice(Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('? '), tail.lastIndexOf('! ')) + 1);
      // "… raises duties on goods from non-partner countries. The main changes:": the lead-in's own paragraph may name the tariffs.
      const continues = tail !== '' && LIST_WORD.test(lead) && (HAS_TARIFF_WORD.test(previous.text) || HAS_TARIFF_WORD.test(p.text));
      // "The UAE applies a standard 5 per cent tariff … From March 1:": a date opens the schedule of the tariff just named.
      const dated = tail !== '' && DATE_LEAD.test(lead.trim()) && HAS_TARIFF_WORD.test(p.text);
      const leads = tail !== '' && (announcesRates(lead) || announcesRates(heading) || continues || dated);
      // "China:" over a list of exporters' rates: the country the items come from, not who imposes them.
      origin = leads ? normalizeCountry(lead.replace(/:\s*$/, '').trim()) : '';
      imposer = leads ? (origin ? '' : actingIn(p.text)) : null;
      // "Among the items on the list:" names no one: the story before it does ("The Commission tabled a list …").
      if (imposer === '' && continues) imposer = actingIn(previous.text);
      // The two paragraphs before the lead-in are the story it continues.
      previous.add(p.text);
      continue;
    }
    if (imposer === null) continue;
    const label = labelOf(p.text);
    const target = label && origin && !countryOfTarget(label) ? `${label} from ${origin}` : label;
    if (chargedGoods.at !== p.start) chargedGoods = { at: -1, goods: '' };
    const labelCountry = target ? countryOfTarget(target) : '';
    for (let k = first; k < fi; k++) {
      const f = figures[k];
      if (f.start < p.start || f.kind !== 'percent') continue;
      const found = (taken ??= new Map(known.map((t) => [t.start, t]))).get(f.start);
      if (found) {
        // "- Medical-grade titanium for implants: exempted (nil duty, previously 7.5%)": a rate found with no goods of its own has the item's.
        if (target && !labelCountry && !found.target) {
          out.push({ ...found, target, because: [...(found.because ?? []).filter((r) => !r.startsWith('tariff.target.')), 'tariff.target.item-label'] });
          continue;
        }
        // A label naming one country is the country that charges the rate when the goods are another
        // country's ("2. China: an additional 15% tariff on U.S. spring wheat"), or of no origin under a lead-in
        // that names no one ("- Oman: 25% on cement and clinker": a bloc's list of its members' own rates).
        const goodsFrom = labelCountry && found.target ? countryOfTarget(found.target) : '';
        const charges = label === labelCountry && !!found.target && (goodsFrom ? goodsFrom !== labelCountry : imposer === '' && ON_GOODS_AFTER.test(p.text.slice(f.end - p.start)));
        if (labelCountry && charges) {
          if (found.imposer !== labelCountry) out.push({ ...found, imposer: labelCountry, because: [...(found.because ?? []).filter((r) => !r.startsWith('tariff.imposer.')), 'tariff.imposer.section-heading'] });
          continue;
        }
        // "**Brazil**: 10% reciprocal rate": Brazil is what the rate hits.
        if (labelCountry && (found.imposer === labelCountry || !found.imposer)) {
          out.push({
            ...found,
            imposer: imposer || '',
            target: found.target || target,
            because: [...(found.because ?? []).filter((r) => !r.startsWith('tariff.imposer.')), imposer && 'tariff.imposer.list-lead-in', !found.target && 'tariff.target.item-label'].filter(Boolean) as string[],
          });
        }
        continue;
      }
      const at = f.start - p.start;
      const before = p.text.slice(0, at);
      const after = p.text.slice(at + f.text.length);
      // "- Milk powders: 5 per cent cut to zero immediately": the item's rate is the level that is cut, not a cut of 5%.
      if (measuresSomethingElse(before, after) && !CUT_TO_LEVEL.test(after)) continue;
      // "3. Beef from countries without an agreement remains subject to the general rate of 38.5%.": a
      // numbered notice's item with no label names its goods in its own sentence.
      const sentenceAt = Math.max(0, f.sentenceStart - p.start);
      const own = target ? null : targetDecision({ paragraph: p.text, sentenceStart: sentenceAt, sentenceEnd: Math.min(p.text.length, sentenceAt + f.sentence.length), rateStart: at, rateEnd: at + f.text.length, tariffWord: null });
      // "- Oman: 25% on cement and clinker" under a lead-in that names no one: the labelled country charges its goods.
      // Its other rates ("raised from 15% in 2026") are the same country's, on the goods named last.
      const charged = labelCountry && label === labelCountry && imposer === '' ? ITEM_GOODS.exec(after)?.[1].trim() ?? (chargedGoods.at === p.start ? chargedGoods.goods : '') : '';
      if (charged) {
        chargedGoods = { at: p.start, goods: charged };
        out.push({
          start: f.start, end: f.end, text: f.text, rate: f.value, imposer: labelCountry, target: charged,
          previousRate: previousRateOf(before, after), change: null, sentence: f.sentence, sentenceStart: f.sentenceStart,
          because: ['tariff.is.list-item', 'tariff.imposer.section-heading', 'tariff.target.on-goods'],
        });
        continue;
      }
      out.push({
        start: f.start, end: f.end, text: f.text, rate: f.value, imposer, target: target || own?.target || '',
        previousRate: previousRateOf(before, after), change: null, sentence: f.sentence, sentenceStart: f.sentenceStart,
        because: ['tariff.is.list-item', imposer && 'tariff.imposer.list-lead-in', target ? 'tariff.target.item-label' : own?.rule].filter(Boolean) as string[],
      });
    }
  }
  return out;
}

/** The one country all the article's government actors (agencies, officials, trade laws) belong to, or "". */
export function governmentOf(paragraphs: Paragraph[]): string {
  const countries = new Set<string>();
  const named = plainlyNamed(paragraphs);
  // A second country settles it: no need to read the rest of the article.
  for (const p of paragraphs) for (const g of governmentPlaces(p.text)) if ((!g.shared || named(g.country)) && countries.add(g.country).size > 1) return '';
  return countries.size === 1 ? [...countries][0] : '';
}

/** Countries a paragraph names by more than a body's name other countries share ("Congress"); remembered per paragraph. */
const namedPlainlyIn = memoize((text: string): ReadonlySet<string> => new Set(findActors(text).filter((a) => !SHARED_BODY_NAMES.has(a.text)).map((a) => a.country)));

/** Whether the article names a country by more than a shared body's name; read only when asked. */
function plainlyNamed(paragraphs: Paragraph[]): (country: string) => boolean {
  const seen = new Map<string, boolean>();
  return (country) => {
    let named = seen.get(country);
    if (named === undefined) seen.set(country, (named = paragraphs.some((p) => namedPlainlyIn(p.text).has(country))));
    return named;
  };
}

// "International Trade Administration Commission of South Africa": an agency's name inside a longer name is not that agency.
const LONGER_NAME = /^\s+(?:\p{Lu}|of\s+(?:the\s+)?\p{Lu})/u;
const agenciesIn = (text: string) => findActors(text).filter((a) => isGovernmentActor(a.text) && !LONGER_NAME.test(text.slice(a.end, a.end + 40)));

// "… Commission of South Africa", "the South African Revenue Service", "Brazil's Ministry of Development".
const BODY_OF_COUNTRY = rx('gu')`(?<![\p{L}-])${GOVERNMENT_BODY_HEADS_CAP}(?:\s+(?:of|for)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:and\s+(?:\p{Lu}[\p{L}-]*\s+){1,2})?)?\s*of\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})`;
const COUNTRY_BODY = rx('gu')`(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)(?:['’]s)?\s+(?:(?:\p{Lu}[\p{L}-]*\s+){0,4}${GOVERNMENT_BODY_HEADS_CAP}|[Gg]overnment)(?![\p{L}-])`;

/** Government bodies a paragraph names with their country, with where each is. */
const bodiesIn = memoize((text: string): { at: number; country: string }[] => {
  const out: { at: number; country: string }[] = [];
  for (const m of text.matchAll(BODY_OF_COUNTRY)) {
    const words = m[1].split(/\s+/);
    // "of South Africa (ITAC)", "of India on Monday": the longest leading run that is a country.
    for (let n = words.length; n > 0; n--) {
      const country = normalizeCountry(words.slice(0, n).join(' '));
      if (country) {
        out.push({ at: m.index ?? 0, country });
        break;
      }
    }
  }
  for (const m of text.matchAll(COUNTRY_BODY)) {
    const country = countryOfPlace(m[1]) || countryOfPlace(m[1].split(/\s+/).pop() ?? '');
    if (country) out.push({ at: m.index ?? 0, country });
  }
  return out.sort((a, b) => a.at - b.at);
});

/** Government bodies and agencies a paragraph names, with their country, in order. */
// `shared`: a body other countries have under the same bare name ("Congress"), its country's only where the article names that country otherwise.
const governmentPlaces = memoize((text: string): { at: number; country: string; shared?: boolean }[] =>
  [...bodiesIn(text), ...agenciesIn(text).map((a) => (SHARED_BODY_NAMES.has(a.text) ? { at: a.start, country: a.country, shared: true } : { at: a.start, country: a.country }))].sort((a, b) => a.at - b.at),
);

/**
 * The country of the government body or agency nearest a rate at `at` (document offset) in its own
 * paragraph, else the last one named in the paragraphs before, else the first in the two after (a
 * headline's rate, explained below it), if those are all one country's; "" if none. Built once per
 * article: the paragraphs' bodies are read once, and each rate costs a binary search.
 */
export function nearestGovernments(paragraphs: Paragraph[]): (at: number) => string {
  let places: { at: number; country: string }[][] | null = null;
  let lastBefore: string[] = [];
  return (at: number) => {
    if (!places) {
      const named = plainlyNamed(paragraphs);
      places = paragraphs.map((p) => {
        const all = governmentPlaces(p.text);
        return all.some((g) => g.shared) ? all.filter((g) => !g.shared || named(g.country)) : all;
      });
      // lastBefore[i]: the last body's country in paragraphs 0..i-1.
      lastBefore = [''];
      for (let i = 0; i < places.length; i++) lastBefore.push(places[i].length ? places[i][places[i].length - 1].country : lastBefore[i]);
    }
    const i = lowerBound(paragraphs, at + 1, (p) => p.start) - 1;
    if (i < 0 || at >= paragraphs[i].start + paragraphs[i].text.length) return '';
    const own = places[i];
    const offset = at - paragraphs[i].start;
    if (own.length) return own.reduce((a, b) => (Math.abs(b.at - offset) < Math.abs(a.at - offset) ? b : a)).country;
    if (lastBefore[i]) return lastBefore[i];
    // After the rate, only a paragraph whose bodies are all one country's answers.
    for (let k = i + 1; k <= i + 2 && k < paragraphs.length; k++) {
      const countries = new Set(places[k].map((g) => g.country));
      if (countries.size) return countries.size === 1 ? [...countries][0] : '';
    }
    return '';
  };
}

/**
 * Company rates (see companies.ts) in paragraphs read in a duty context: the paragraph itself, or
 * the one before it, is about duties, or the one before gave company rates too (a run of table
 * lines, one country per line). Each rate keeps the imposer its context paragraph names, for use
 * when neither its own article position nor a government actor gives one (`fallback`).
 */
/** "Canadian softwood lumber" and "Canfor" → "Canadian softwood lumber from Canfor"; "all others" → "… from other producers". */
export function companyGoods(goods: string, company: string): string {
  const who = OTHERS.test(company) ? 'other producers' : company;
  // Goods that already say where they come from keep it: "steel imported from Russia (Novolipetsk)".
  return FROM_WORD.test(goods) ? `${goods} (${who})` : `${goods} from ${who}`;
}
const OTHERS = /^(?:all\s+)?(?:others?|other\s+(?:producers|exporters|companies|firms))$|^(?:the\s+)?rest$/i;
const FROM_WORD = /(?<![\p{L}-])from(?![\p{L}-])/iu;

/** One goods noun, capitalized as a sentence opens ("Aluminium gets 10 per cent"): goods, not a company's name ("Kestrel Fasteners" is one). */
const isGoodsWord = (name: string): boolean => !/\s/.test(name.trim()) && ALL_GOODS.has(name.trim().toLowerCase());

/** "Bangladesh", "the Philippines": a label that is a country's name and nothing more. */
const namesOnlyACountry = (label: string): boolean => {
  const country = normalizeCountry(label.replace(/^the\s+/i, ''));
  return country !== '' && country === countryOfTarget(label);
};

export function companyRatesOf(paragraphs: Paragraph[], figures: FigureMention[], known: TariffMention[], duty: Map<number, string>): Array<{ rate: TariffMention; fallback: string }> {
  const out: Array<{ rate: TariffMention; fallback: string }> = [];
  let fi = 0;
  let ki = 0;
  let context: { imposer: string; goods: string } | null = null;
  for (const p of paragraphs) {
    const end = p.start + p.text.length;
    const own = duty.get(p.start) !== undefined ? { imposer: duty.get(p.start) ?? '', goods: lastTariffPhrase(p.text)?.target ?? '' } : null;
    const here = own ?? context;
    // The paragraph's figures, counted only where company rates can be (the rest are skipped past).
    const first = fi;
    let percents = 0;
    while (fi < figures.length && figures[fi].start < end) {
      const f = figures[fi++];
      if (here && f.start >= p.start && f.kind === 'percent') percents++;
    }
    // The rates found already, likewise counted; their spans are listed only for a paragraph read here
    // (a list per paragraph at every keystroke was about 50 KB of 3 MB).
    const firstKnown = ki;
    let rates = 0;
    while (ki < known.length && known[ki].start < end) {
      if (here && known[ki].start >= p.start) rates++;
      ki++;
    }
    let found = 0;
    if (here && percents > rates) {
      const taken: Array<{ start: number; end: number }> = [];
      for (let k = firstKnown; k < ki; k++) if (known[k].start >= p.start) taken.push({ start: known[k].start - p.start, end: known[k].end - p.start });
      for (const { figure: f, target } of paragraphCompanyRates(p.text, p.start, figures, first, fi, taken)) {
        found++;
        // "Canfor will pay 7.72%" after "duties on Canadian softwood lumber": the ruling's goods, from that company.
        // ("Aluminium gets 10 per cent": a capitalized goods noun is goods, not a company.)
        // ("Bangladesh 20% and India 25%": a country's rate is on its goods, whatever goods the paragraph named.)
        const withGoods = target && here.goods && !isGoodsWord(target) && !namesOnlyACountry(target) ? companyGoods(here.goods, target) : '';
        const rate: TariffMention = {
          start: f.start + p.start, end: f.end + p.start, text: f.text, rate: f.value, imposer: '', target: withGoods || target,
          previousRate: null, change: null, sentence: f.sentence, sentenceStart: f.sentenceStart + p.start,
          because: ['tariff.is.company-rate', target ? 'tariff.target.company' : '', withGoods ? 'tariff.target.company-goods' : ''].filter(Boolean),
        };
        out.push({ rate, fallback: here.imposer });
      }
    }
    // The next paragraph reads in this one's context when it is about duties or continues its rates.
    context = own ?? (found && context ? context : null);
  }
  return out;
}

const IMPOSES_DUTIES = rx('iu')`(?<![\p{L}-])(?:impos\w*|levie[sd]|levying|slap\w*|set|sets|announc\w*|issu\w*|appl(?:y|ies|ied)|placed|finali[sz]\w*|determin\w*|order\w*|approv\w*|${DUTY_CHANGE_VERBS})(?![\p{L}-])[^.;]{0,80}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|anti-?dumping|countervailing|surcharges?)`;

/** Paragraphs about duties (by start) with the imposer each names, "" when it names none. */
// "25% on cement and clinker": goods right after the rate.
const ON_GOODS_AFTER = /^\s+on\s+\p{Ll}/u;
// The goods of "25% on cement and clinker, raised from 15%": up to a comma, a semicolon or the next rate.
const ITEM_GOODS = /^\s+on\s+(\p{Ll}[^,;:%\d]{1,60}?)(?=[,;:.]|\s+(?:and|plus)\s+\d|\s*$)/u;

export function dutyParagraphs(paragraphs: Paragraph[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const p of paragraphs) {
    const imposer = dutyImposerOf(p.text);
    if (imposer !== null) out.set(p.start, imposer);
  }
  return out;
}

/** null when the paragraph is not about duties; else the imposer it names ("" for none). Remembered per paragraph. */
const dutyImposerOf = memoize((text: string): string | null => {
  if (!DUTY_TOPIC.test(text)) return null;
  // Only a paragraph that reports duties being set names their imposer; "losing share to Bangladesh" does not.
  if (!IMPOSES_DUTIES.test(text)) return '';
  return imposerOf({ paragraph: text, sentenceStart: 0, sentenceEnd: text.length, anchor: text.length, tariffWordStart: null, actors: findActors(text), targetCountry: '' });
});
