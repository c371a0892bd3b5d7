/**
 * Targets a rate's own words leave out but the story has just given. Trade copy names the goods
 * once and then talks about "duties of up to 25%", "a modest 2.5% tariff rate", "pared it back to
 * 10%": the rate falls on what the sentence or the paragraph before it was about. And an
 * anti-dumping or anti-subsidy duty is always on one product, so "duties of 7.8% on U.S. exports"
 * in a story about an investigation into electrical steel is on U.S. electrical steel.
 */
import type { Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { rx } from '../lexicon/wordList';
import { GOODS_NOUNS, GOODS_POINTERS, PRODUCER_NOUNS, TRADE_GOODS_NOUNS } from '../lexicon/goods';
import { AGREEMENT_NOUNS, DISTINCT_TARIFF_KINDS, PRODUCT_DUTY_KINDS, SCOPE_PARTNERS } from '../lexicon/tariffWords';
import { FUNCTION_WORDS } from '../lexicon/speechVerbs';
import { countryOfTarget, tariffPhrases, type TariffPhrase } from './target';
import { findActors } from '../countries';
// The rate readings read at most this far before a rate's sentence (the memo's bound, ../rateMemo.ts).
import { BEFORE } from '../rateMemo';
import { isCompanyName } from './makerGoods';
import { LIST_MARK } from '../listMarks';

/** What the topic rules read: the rate, the rates before it in the article (already read), and the text before its sentence. */
export interface TopicContext {
  rate: TariffMention;
  /** Up to eight rates before it in the article, in order, with the targets read so far. */
  earlier: TariffMention[];
  /** The text from the start of the previous paragraph (at most 900 characters) to the rate. */
  before: string;
  /** Where `before` starts in the document. */
  beforeStart: number;
  /** The whole document, for the goods of a product-specific duty named earlier. */
  text: string;
}

const GOODS_WORD = rx('giu')`(?<![\p{L}-])${GOODS_NOUNS}(?![\p{L}-])`;
const KIND_WORD = rx('giu')`(?<![\p{L}-])${DISTINCT_TARIFF_KINDS}(?![\p{L}-])`;
// A list item ("- Farm machinery: 12%") is its own entry: it takes nothing from the items before it.
const LIST_ITEM = rx()`(?:^|\n)[ \t]*${LIST_MARK}[ \t]+[^\n]*$`;
const PRODUCT_DUTY = rx('iu')`(?<![\p{L}-])${PRODUCT_DUTY_KINDS}(?![\p{L}-])`;
// A target that names only where goods come from: "the U.S. exports", "Russian imports", "imports from Chile".
const GENERIC = rx('iu')`^(?:the\s+|its\s+|their\s+)?(?:[\p{L}.’'-]+\s+){0,2}?${TRADE_GOODS_NOUNS}(?:\s+(?:from|of)\s+(?:the\s+)?[\p{L}.’' -]+)?$`;
const OWN_GOODS = rx('iu')`(?<![\p{L}-])${GOODS_NOUNS}(?![\p{L}-])`;

const wordsOf = (re: RegExp, s: string): Set<string> => new Set([...s.matchAll(re)].map((m) => m[0].toLowerCase()));

/**
 * The phrase a rate with no goods of its own is about: of the tariff phrases before it (its
 * paragraph and the one before), the nearest that shares a goods word or a tariff kind
 * ("retaliatory") with the rate's sentence, else the nearest.
 */
function topicOf(ctx: TopicContext): string | null {
  const { rate, before, beforeStart } = ctx;
  if (LIST_ITEM.test(before)) return null;
  let phrases: TariffPhrase[] = tariffPhrases(before).map((p) => ({ ...p, end: p.end + beforeStart }));
  const own = rate.imposer;
  // Another government's tariff is on its own goods: "Ghana will cut the import duty on milled rice …
  // as it pressed Washington to spare its cocoa from a 15% U.S. tariff" is not on rice.
  const othersLead = (lead: string) => {
    if (!own) return false;
    const countries = findActors(lead).map((a) => a.country);
    return countries.length > 0 && !countries.includes(own);
  };
  // Unless the phrase names the same kind of tariff ("the UK's retaliatory tariff on …" then "the EU's retaliatory tariff").
  const rateKinds = wordsOf(KIND_WORD, rate.sentence);
  phrases = phrases.filter((p) => !othersLead(p.lead) || [...wordsOf(KIND_WORD, p.lead)].some((k) => rateKinds.has(k)));
  // Rates already read count as phrases too (their goods may have come from a table or a list).
  for (const o of ctx.earlier) {
    if (!o.target || o.end <= beforeStart || o.end > rate.start || (own && o.imposer && o.imposer !== own)) continue;
    phrases.push({ target: o.target, end: o.end, lead: o.sentence.slice(Math.max(0, o.start - o.sentenceStart - 40), o.start - o.sentenceStart) });
  }
  // A country does not put tariffs on its own goods: "Chile answered with a 15% tariff" is not on Chilean grapes.
  const usable = phrases.filter((p) => !own || countryOfTarget(p.target) !== own);
  if (!usable.length) return null;
  phrases = usable;
  phrases.sort((a, b) => a.end - b.end);
  const goods = wordsOf(GOODS_WORD, rate.sentence);
  const kinds = wordsOf(KIND_WORD, rate.sentence);
  const shares = (p: TariffPhrase) =>
    [...wordsOf(GOODS_WORD, p.target)].some((w) => goods.has(w)) || [...wordsOf(KIND_WORD, p.lead)].some((w) => kinds.has(w));
  const matching = [...phrases].reverse().find(shares);
  return (matching ?? phrases[phrases.length - 1]).target;
}

/**
 * The product an earlier anti-dumping or anti-subsidy phrase names ("oriented electrical steel imported from Russia" →
 * "oriented electrical steel"), and the one country it comes from when it names one ("Russia"), or null.
 */
function investigatedCase(text: string, before: number): { product: string; origin: string } | null {
  const window = text.slice(Math.max(0, before - BEFORE), before);
  for (const p of tariffPhrases(window).reverse()) {
    if (!PRODUCT_DUTY.test(p.lead)) continue;
    const product = p.target.split(/\s+(?:imported\s+from|made\s+in|from|originating\s+in)\s+/i)[0].replace(/^(?:the\s+)?(?:[\p{L}.’'-]+\s+)?(?=\S)/u, (w) => (countryOfTarget(w) ? '' : w));
    // "a countervailing duty of 1.04% was applied to Hanseong Steel": a company, not the goods of the case; nor a
    // headline's goods run on into the table below it.
    if (!OWN_GOODS.test(product) || countryOfTarget(product) || isCompanyName(product.trim()) || /[\n|]/.test(product)) continue;
    const origins = new Set(findActors(p.target).map((a) => a.country));
    return { product: product.trim(), origin: origins.size === 1 ? [...origins][0] : '' };
  }
  return null;
}
const investigatedGoods = (text: string, before: number): string | null => investigatedCase(text, before)?.product ?? null;

// "those goods", "such imports", and "these oils" after the oils were named.
const POINTER = rx('iu')`^${GOODS_POINTERS}\s+(?:${TRADE_GOODS_NOUNS}|${GOODS_NOUNS})$`;
// A goods phrase: up to two lower-case words before a goods noun, and a second goods noun after it ("heat pumps", "farm machinery").
const GOODS_PHRASE = rx('gu')`(?<![\p{L}-])(?:\p{Ll}[\p{Ll}-]+\s+)?${GOODS_NOUNS}(?:\s+${GOODS_NOUNS})?(?![\p{L}-])`;
const FUNCTION_WORD = rx('i')`^${FUNCTION_WORDS}\s+`;

/** The goods a pointing target stands for: the last goods phrase of the paragraph before the rate, else the story's last tariff phrase. */
function pointedGoods(ctx: TopicContext): string | null {
  const { rate, before } = ctx;
  if (!rate.target || !POINTER.test(rate.target)) return null;
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  let last: string | null = null;
  for (const m of paragraph.matchAll(GOODS_PHRASE)) last = m[0];
  if (last) return last.replace(FUNCTION_WORD, '');
  // Else the tariff phrases before the rate's sentence (its own phrase is the pointer).
  const found = topicOf({ ...ctx, before: before.slice(0, Math.max(0, rate.sentenceStart - ctx.beforeStart)) });
  return found && !POINTER.test(found) ? found : null;
}

// "companies that did not co-operate", "all other exporters", a table's "All others (Morocco)", "Uncooperative and
// all other exporters from China", "All other producers and exporters of China": the makers, not their goods.
const PRODUCERS_ONLY = rx('iu')`^(?:the\s+)?(?:[\p{L}-]+\s+and\s+)?(?:all\s+)?(?:other\s+)?(?:[\p{L}-]+\s+)?(?:${PRODUCER_NOUNS}(?:\s+and\s+${PRODUCER_NOUNS})?|others|rest)(?:\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*|\s*\([^()]*\))?(?:\s+(?:that|which|who)\s.*)?$`;
// "All other …", "the rest": the makers a case did not name. Their country is where the goods come from, not the goods.
const BARE_REST = /^(?:all\s+)?others$|^(?:the\s+)?rest$/i;
// A demonym and makers, nothing else: "Chinese producers", "Indian mills".
const DEMONYM_MAKERS = rx('u')`^\p{Lu}[\p{L}-]*\s+(?:${PRODUCER_NOUNS})$`;
const REST_OF_MAKERS = /^(?:the\s+)?(?:[\p{L}-]+\s+and\s+)?(?:all\s+other|all\s+others|others|rest)\b/iu;

/** A duty "for companies that did not co-operate" in a case about one product: that product from those companies. */
function producersGoods({ rate, text }: TopicContext): string | null {
  // "Indian mills", "Vietnamese exporters": a country's makers alone ship the case's goods too.
  if (!rate.target || !PRODUCERS_ONLY.test(rate.target) || (countryOfTarget(rate.target) && !REST_OF_MAKERS.test(rate.target) && !DEMONYM_MAKERS.test(rate.target))) return null;
  const found = investigatedCase(text, rate.sentenceStart);
  if (!found) return null;
  // A bare "All others" in a case on Chinese solar glass says no more than "the rest": the glass from China, as they ship it.
  return found.origin && BARE_REST.test(rate.target) ? `${found.product} from ${found.origin} (${rate.target})` : `${found.product} from ${rate.target}`;
}

// A row or item label: "| Anhui Glass Co | 18.6% |", "- Kemuning Glass Industries Sdn. Bhd.: 41.27%", with its country when the table gives one.
const LABEL_RULES = ['tariff.target.row-label', 'tariff.target.item-label'];
const LABEL_ORIGIN = /^(.*?)(?:\s+from\s+(.+)|\s*\(([^()]+)\))$/u;

/** A company's row in a product-specific case's table or list: the case's goods, as that company ships them. */
function companyRowGoods({ rate, text }: TopicContext): string | null {
  if (!rate.target || !LABEL_RULES.some((id) => rate.because?.includes(id))) return null;
  const m = LABEL_ORIGIN.exec(rate.target);
  const company = m ? m[1] : rate.target;
  const origin = m ? countryOfTarget(m[2] ?? m[3]) : '';
  if (!isCompanyName(company)) return null;
  const found = investigatedCase(text, rate.sentenceStart);
  if (!found) return null;
  const from = origin || found.origin;
  return from ? `${found.product} from ${from} (${company})` : `${found.product} from ${company}`;
}

const SAME_SENTENCE_GAP = /(?:\band\b|,|;|\bthen\b)/i;

// "from countries without a trade agreement with Mexico", "from countries with which it has no free trade
// agreement", "from non-FTA partners": the scope a measure's lead gives all its rates.
const SCOPE = rx('iu')`(?<![\p{L}-])from\s+((?:${SCOPE_PARTNERS})\s+(?:without\s+(?:an?\s+)?|that\s+(?:do|does)\s+not\s+have\s+(?:an?\s+)?|with\s+which\s+(?:\p{Lu}[\p{L}.]*|it|they)\s+(?:has|have)\s+no\s+|lacking\s+(?:an?\s+)?)(?:free[\s-])?trade\s+${AGREEMENT_NOUNS}(?:[ \t]+with[ \t]+(?:the[ \t]+)?(?:U\.S\.|\p{Lu}\p{L}*)(?:[ \t]+\p{Lu}\p{L}*)?)?|non-(?:FTA|agreement|free[\s-]trade)\s+(?:${SCOPE_PARTNERS}))`;

/** The target with the measure's scope, when the goods name no origin and the story before states the scope. */
function scopedGoods({ rate, text, earlier }: TopicContext): string | null {
  if (!rate.target || /\sfrom\s/i.test(rate.target) || countryOfTarget(rate.target) || !OWN_GOODS.test(rate.target)) return null;
  const window = text.slice(Math.max(0, rate.sentenceStart - BEFORE), rate.sentenceStart + rate.sentence.length);
  const m = SCOPE.exec(window);
  if (!m) return null;
  // "… without a trade agreement with Mexico" is Mexico's measure: not a U.S. rate's scope.
  const actors = findActors(m[1]);
  const party = actors[actors.length - 1];
  if (party && rate.imposer && party.country !== rate.imposer) return null;
  // The rates already given the scope are another country's: "The US already charges 50% on steel" in a story of Mexico's.
  const scoped = earlier.filter((o) => o.target.endsWith(m[1]));
  if (rate.imposer && scoped.length && scoped.every((o) => o.imposer && o.imposer !== rate.imposer)) return null;
  return `${rate.target} from ${m[1]}`;
}

/** Targets read from the story around a rate whose own words name no goods. Tried after the carried-target rules. */
export const TOPIC_TARGET_RULES: Rule<TopicContext, string>[] = [
  {
    id: 'tariff.target.same-sentence',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate joined by "and", a comma or "then" to an earlier rate of the same sentence and imposer that names its goods',
    reason: 'target: {target} — named for the rate before it in the same sentence',
    when: ({ rate, earlier }) => {
      const mate = [...earlier].reverse().find((o) => o.sentenceStart === rate.sentenceStart && o.target && (!o.imposer || !rate.imposer || o.imposer === rate.imposer));
      // "Chile answered with a 15% tariff": not on its own goods.
      if (!mate || (rate.imposer && countryOfTarget(mate.target) === rate.imposer)) return null;
      const gap = rate.sentence.slice(mate.end - rate.sentenceStart, rate.start - rate.sentenceStart);
      return SAME_SENTENCE_GAP.test(gap) ? mate.target : null;
    },
    examples: [
      { text: 'The ministry set anti-dumping duties of 12% on Thai tiles and anti-subsidy duties of 9% as well.', fact: '9%', expect: { target: 'Thai tiles' } },
    ],
    counterExamples: [{ text: 'Peru imposed a 40% duty on Chilean grapes, and Chile answered with a 15% tariff.', fact: '15%', expect: { target: '' } }],
  },
  {
    id: 'tariff.target.topic',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate whose sentence names no goods, after a tariff phrase in its paragraph or the one before ("the auto tariffs", "tariffs on all imports")',
    reason: 'target: {target} — what the story was talking about just before this rate',
    when: (ctx) => topicOf(ctx),
    examples: [
      { text: 'Brazil is weighing new tariffs on imported solar panels.\n\nOfficials said the duties could reach 35% next year.', fact: '35%', expect: { target: 'imported solar panels' } },
      { text: 'A cornerstone of the plan is a levy on all foreign cement. The minister favours a modest 4% tariff rate that would rise each quarter.', fact: '4%', expect: { target: 'all foreign cement' } },
      { text: 'Canberra dropped its retaliatory tariff on American bourbon and its duties on Irish cream.\n\nSince the 20% retaliatory tariff began, bourbon sales have fallen.', fact: '20%', expect: { target: 'American bourbon' } },
      { text: 'Hanoi opened an anti-dumping inquiry into Thai plywood last year and in March set duties of 8.2 per cent to 19.5 per cent.', fact: '19.5 per cent', expect: { target: 'Thai plywood' } },
      { text: 'Seoul will impose a three-year safeguard measure on imports of stainless steel plate, combining an additional duty of 18 percent with a quota.', fact: '18 percent', expect: { target: 'imports of stainless steel plate' } },
    ],
    counterExamples: [
      { text: 'Brazil is weighing new tariffs on imported solar panels.\n\nThe weather was fine.\n\nOfficials said a 35% duty could follow.', fact: '35%', expect: { target: '' } },
      { text: 'Ghana will cut its import duty on milled rice to 10%, as it asks Washington to spare its cocoa makers a 15% U.S. tariff.', fact: '15%', expect: { target: '', imposer: 'United States' } },
    ],
  },
];

/** The measure's scope added to goods that name no origin; read also for a target carried from the rate's partner. */
export const SCOPE_TARGET_RULES: Rule<TopicContext, string>[] = [
  {
    id: 'tariff.target.measure-scope',
    kind: 'tariff',
    decides: 'target',
    anchor: 'goods with no origin, after the measure\'s scope "from countries without a trade agreement with …"',
    reason: 'target: {target} — the goods, from the countries the measure is for',
    when: scopedGoods,
    examples: [
      {
        text: 'Lima approved higher tariffs on 900 products from countries without a trade agreement with Peru.\n\nCars will face a duty of 40%, up from 15%.',
        fact: '40%',
        expect: { target: 'Cars from countries without a trade agreement with Peru' },
      },
    ],
    counterExamples: [
      { text: 'Lima approved higher tariffs on 900 products from countries without a trade agreement with Peru.\n\nChinese cars will face a duty of 40%.', fact: '40%', expect: { target: 'Chinese cars' } },
      { text: 'Lima approved higher tariffs on 900 products from countries without a trade agreement with Peru.\n\nThe U.S. keeps its 50% tariff on steel.', fact: '50%', expect: { target: 'steel' } },
    ],
  },
];

/** Rules for a rate whose target names only an origin ("the U.S. exports") in a product-specific duty. */
export const PRODUCT_TARGET_RULES: Rule<TopicContext, string>[] = [
  ...SCOPE_TARGET_RULES,
  {
    id: 'tariff.target.producers-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a product-specific duty whose words name only makers ("for companies that did not co-operate", "for all other exporters")',
    reason: 'target: {target} — the product of the case, from the makers the rate names',
    when: producersGoods,
    examples: [
      { text: 'Brussels opened an anti-dumping case into ceramic tiles from Vietnam.\n\nThe duties range from 9% for Dong Hai Tiles to 31% for all other exporters.', fact: '31%', expect: { target: 'ceramic tiles from all other exporters' } },
      // A table's bare "All others" takes the case's country too; makers named by their country keep it.
      { text: 'New Delhi imposed anti-dumping duties on solar glass from China.\n\n| Producer | Duty |\n|---|---|\n| Anhui Glass Co | 18.6% |\n| All others | 33.5% |', fact: '33.5%', expect: { target: 'solar glass from China (All others)' } },
      { text: 'Commerce set the following margins in its anti-dumping determination on solar glass from Malaysia:\n\n- Kemuning Glass Industries Sdn. Bhd.: 41.27%\n- all other Malaysian producers: 27.44%', fact: '27.44%', expect: { target: 'solar glass from all other Malaysian producers' } },
      { text: 'Hanoi set anti-dumping duties on welded steel pipes from China.\n\n| Company | Duty |\n|---|---|\n| Tianjin Pipe Co., Ltd. | 12.85% |\n| All other producers and exporters of China | 41.60% |', fact: '41.60%', expect: { target: 'welded steel pipes from All other producers and exporters of China' } },
      // A country's makers alone ("Indian mills") ship the case's goods too.
      { text: 'Jakarta opened an anti-dumping case into galvanised steel from India.\n\nIndian mills face duties of 15.22%, the ministry said.', fact: '15.22%', expect: { target: 'galvanised steel from Indian mills' } },
      // A duty "applied to Hanseong Steel" names a company, not the goods of the case.
      { text: 'Seoul opened an anti-dumping case on coated steel from Vietnam.\n\nA separate countervailing duty of 1.04% was applied to Hanseong Steel. Vietnamese producers face 9.4% for all others.', fact: '9.4%', expect: { target: 'coated steel from Vietnam (all others)' } },
    ],
    counterExamples: [{ text: 'Canberra set a 10% tariff for all other exporters.', fact: '10%', expect: { target: 'all other exporters' } }],
  },
  {
    id: 'tariff.target.company-row-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a company\'s row or list item in a product-specific case ("| Anhui Glass Co | 18.6% |") + the product the case names',
    reason: 'target: {target} — the product of the case, as the company in this row ships it',
    when: companyRowGoods,
    examples: [
      { text: 'New Delhi imposed anti-dumping duties on solar glass from China.\n\n| Producer | Duty |\n|---|---|\n| Anhui Glass Co | 18.6% |\n| All others | 33.5% |', fact: '18.6%', expect: { target: 'solar glass from China (Anhui Glass Co)' } },
      { text: 'Ottawa set final anti-dumping duties on steel wire from Vietnam:\n\n- Hoa Binh Wire Co.: 14.2%\n- All others: 30.1%', fact: '14.2%', expect: { target: 'steel wire from Vietnam (Hoa Binh Wire Co.)' } },
    ],
    // A table in a story that names no product case keeps the row's words.
    counterExamples: [{ text: 'Canberra set new tariffs.\n\n| Company | Rate |\n|---|---|\n| Anhui Glass Co | 18.6% |', fact: '18.6%', expect: { target: 'Anhui Glass Co' } }],
  },
  {
    id: 'tariff.target.pointed-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a target that only points back ("those goods", "these products", "such imports")',
    reason: 'target: {target} — the goods named earlier that "those goods" or "such imports" points back to',
    when: (ctx) => pointedGoods(ctx),
    examples: [
      { text: 'Exports of machinery to Canada fell 9% after Ottawa raised the duty on those goods to 25%.', fact: '25%', expect: { target: 'machinery' } },
      { text: 'Jakarta is reviewing its tariffs on imported ceramic tiles.\n\nOfficials said the duty on such imports could reach 30%.', fact: '30%', expect: { target: 'imported ceramic tiles' } },
    ],
    counterExamples: [{ text: 'Ottawa raised the duty on Korean machinery goods to 25%.', fact: '25%', expect: { target: 'Korean machinery goods' } }],
  },
  {
    id: 'tariff.target.investigated-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'an anti-dumping or anti-subsidy rate on "U.S. exports" or "imports from Russia", after a phrase naming the product of the case',
    reason: 'target: {target} — a product-specific duty on the goods of the case',
    when: ({ rate, text }) => {
      if (!rate.target || !GENERIC.test(rate.target) || OWN_GOODS.test(rate.target) || !PRODUCT_DUTY.test(rate.sentence)) return null;
      const origin = countryOfTarget(rate.target);
      const product = origin ? investigatedGoods(text, rate.sentenceStart) : null;
      return product ? `${product} from ${origin}` : null;
    },
    examples: [
      { text: 'Seoul opened anti-dumping duties on cold-rolled stainless steel imported from Japan and India.\n\nThe trade ministry set anti-dumping duties of 8.1% on the Japanese exports.', fact: '8.1%', expect: { target: 'cold-rolled stainless steel from Japan' } },
    ],
    counterExamples: [
      { text: 'Seoul imposed anti-dumping duties on stainless steel from Japan.\n\nSeoul also set a 10% tariff on Japanese exports.', fact: '10%', expect: { target: 'Japanese exports' } },
    ],
  },
];

