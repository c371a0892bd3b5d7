/**
 * A rate on what enters above a quota, told by the excess alone: "Shipments above the quota pay 50
 * per cent", "the out-of-quota rate applies to any volume beyond it", "imports over the ceiling face
 * 25%". The quota is on goods the story has named; the desk's card reads "steel above the quota",
 * not "shipments" or "volume", which say nothing a checker can look up.
 */
import { decide, withReasons, type Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { rx } from '../lexicon/wordList';
import { ENTRY_TAILS, TIER_NOUNS, QUOTA_TIERS, QUOTA_TIER_LABELS, QUOTA_SIDE_PRONOUNS, QUOTA_GOODS_ENDS, QUOTA_EXCESS_MARKS, QUOTA_EXCESS_NOUNS, QUOTA_EXCESS_SIDES, QUOTA_SHARES, QUOTA_SIDES, QUOTA_WORDS } from '../lexicon/tariffWords';

// What a quota's excess is called, alone or "above the quota": not goods.
const EXCESS_ONLY = rx('iu')`^(?:the\s+|any\s+|all\s+)?(?:${QUOTA_EXCESS_MARKS}\s+)?${QUOTA_EXCESS_NOUNS}(?:\s+${QUOTA_EXCESS_SIDES}\s+(?:the\s+|that\s+|this\s+|its\s+|a\s+)?(?:quota|limit|threshold|ceiling)s?)?$`;
const QUOTA_WORD = rx('iu')`(?<![\p{L}-])${QUOTA_WORDS}(?![\p{L}-])`;
// Goods are told in lower-case words ("quartz slabs"); a country or a company's name alone is not the quota's goods.
const LOWER_WORD = /(?:^|\s)\p{Ll}{3,}/u;
// "steel above the quota", "rebar within the tariff-rate quota": a quota clause already on goods.
const QUOTA_TAIL = rx('iu')`\s+${QUOTA_SIDES}\s+(?:the\s+|a\s+|its\s+)?(?:tariff-rate\s+)?(?:quota|limit|threshold|ceiling)s?\b.*$`;
// A rate this far from the excess rate still names the quota's goods.
const REACH = 1500;

/** What the quota rule reads: every rate of the article, as read so far, and which one is asked about. */
export interface QuotaContext {
  rates: readonly TariffMention[];
  index: number;
}

// "the first 4.8 million square meters of quartz slabs imported": the goods after the quantity.
const QUANTITY_OF = rx('u')`(?:^|\s)of\s+(\p{Ll}[^\d]*?)(?:\s+${ENTRY_TAILS}\b.*)?$`;
// "over-quota imports from FTA partners", "in-quota beef": a quota's share of goods, not the goods.
const QUOTA_SHARE = rx('iu')`^(?:the\s+)?${QUOTA_SHARES}(?![\p{L}-])`;

/** A rate's goods without its quota clause or quantity, "" when it names a quota's share or only a quantity. */
function goodsOf(target: string): string {
  if (QUOTA_SHARE.test(target)) return '';
  const plain = target.replace(QUOTA_TAIL, '');
  if (!/\d/.test(plain)) return plain;
  return QUANTITY_OF.exec(plain)?.[1] ?? '';
}

/** The goods of the nearest rate of the same imposer (before it, else just after) that names goods. */
function quotaGoods({ rates, index }: QuotaContext): string | null {
  const rate = rates[index];
  if (!rate.target || !EXCESS_ONLY.test(rate.target.trim()) || !QUOTA_WORD.test(rate.sentence)) return null;
  const usable = (o: TariffMention) =>
    o !== rate && !!o.target && !EXCESS_ONLY.test(o.target.trim()) && LOWER_WORD.test(o.target) && goodsOf(o.target) !== '' && (!rate.imposer || !o.imposer || o.imposer === rate.imposer);
  let found: TariffMention | undefined;
  for (let k = index - 1; k >= 0 && !found && rate.start - rates[k].end <= REACH; k--) if (usable(rates[k])) found = rates[k];
  // Else a rate told after it ("Anything above the quota pays 40%; inside it, quartz slabs pay 12%").
  for (let k = index + 1; k < rates.length && !found && rates[k].start - rate.end <= REACH; k++) if (usable(rates[k])) found = rates[k];
  if (!found) return null;
  const goods = goodsOf(found.target);
  return goods ? `${goods} above the quota` : null;
}

const QUOTA_SIDE_WORD = rx('iu')`${QUOTA_TIERS}`;
// "an in-quota tariff of 25%", "the out-of-quota rate, 40%": the quota's side names the rate, no goods.
const TIER_BEFORE = rx('iu')`(?<![\p{L}-])(${QUOTA_TIERS})\s+${TIER_NOUNS}\s*(?:of\s+|at\s+|is\s+|,\s*)?$`;
// "the minimum access volume for onions to 22,000 tonnes": what the quota is on, in lower-case words.
const QUOTA_ON = rx('iu')`(?<![\p{L}-])(?:quota|quotas|access\s+volume)\s+(?:for|on|of)\s+(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,3}?)(?=\s+${QUOTA_GOODS_ENDS}\b|[,.;:])`;

/** The goods of the quota the sentence is about, for a rate named by the quota's side alone. */
function tierGoods({ rates, index }: QuotaContext): string | null {
  const rate = rates[index];
  if (rate.target) return null;
  const tier = TIER_BEFORE.exec(rate.sentence.slice(Math.max(0, rate.start - rate.sentenceStart - 60), rate.start - rate.sentenceStart));
  if (!tier) return null;
  const goods = QUOTA_ON.exec(rate.sentence)?.[1];
  if (!goods || /\d/.test(goods)) return null;
  return `${goods} ${WITHIN_SIDE.test(tier[1]) ? 'within' : 'above'} the quota`;
}

/** A quota's tier labelling the rate after it: "within access 0%", "in-quota: 5%" (also read by tariff.is.quota-tier). */
export const QUOTA_TIER_BEFORE = rx('iu')`(?<![\p{L}-])(${QUOTA_TIER_LABELS})\s*(?::|is|at)?\s*$`;
/** The same tier right after the rate: "7.5% within access". */
export const QUOTA_TIER_AFTER = rx('iu')`^\s+(${QUOTA_TIER_LABELS})(?![\p{L}-])`;
// "sugar pays 15% within quota and 50% outside it": a side said by pronoun, the quota named before.
const TIER_AT_AFTER = rx('iu')`^\s+(${QUOTA_TIER_LABELS}|${QUOTA_SIDE_PRONOUNS})(?![\p{L}-])`;
const WITHIN_SIDE = /^(?:in|within|inside)\b/i;
// Goods that already say a side: "steel over the quota", "rebar within limits".
const SIDE_IN_TARGET = rx('iu')`(?<![\p{L}-])(?:${QUOTA_SIDES})(?![\p{L}-])`;

/** A rate on goods with the quota's tier said right at it: the goods, on that side of the quota. */
function tierOfGoods({ rates, index }: QuotaContext): string | null {
  const rate = rates[index];
  if (!rate.target || QUOTA_WORD.test(rate.target) || SIDE_IN_TARGET.test(rate.target) || !LOWER_WORD.test(rate.target)) return null;
  const at = rate.start - rate.sentenceStart;
  const after = rate.sentence.slice(at + rate.text.length, at + rate.text.length + 30);
  const tier = TIER_AT_AFTER.exec(after)?.[1] ?? QUOTA_TIER_BEFORE.exec(rate.sentence.slice(Math.max(0, at - 30), at))?.[1];
  // "outside it" points back to a quota the sentence names.
  if (!tier || (/\bit$/i.test(tier) && !QUOTA_WORD.test(rate.sentence))) return null;
  return `${rate.target} ${WITHIN_SIDE.test(tier) ? 'within' : 'above'} the quota`;
}

export const QUOTA_TARGET_RULES: Rule<QuotaContext, string>[] = [
  {
    id: 'tariff.target.quota-excess',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate whose target is only a quota\'s excess ("shipments above the quota", "volume", "imports") + the goods of the nearest rate of the same imposer',
    reason: 'target: {target} — the quota\'s goods; the text names only what enters above it',
    when: quotaGoods,
    examples: [
      { text: 'Ottawa set a quota on steel from free-trade partners, with a 25% surtax on steel above it.\n\nFrom next year, shipments above the quota will pay 50 per cent.', fact: '50 per cent', expect: { target: 'steel above the quota' } },
      { text: 'Brasília applies a 12% duty on quartz slabs inside the quota. Any volume beyond the quota pays 40%.', fact: '40%', expect: { target: 'quartz slabs above the quota' } },
    ],
    counterExamples: [
      // Shipments of goods keep their words; an excess with no quota in its sentence is not one.
      { text: 'Ottawa set a 25% surtax on steel. From May, the surtax on rebar above the quota rises to 50 per cent.', fact: '50 per cent', expect: { target: 'rebar' } },
      { text: 'Ottawa set a 25% surtax on steel. Imports face 50 per cent next year.', fact: '50 per cent', expect: { target: 'Imports' } },
    ],
  },
  {
    id: 'tariff.target.quota-tier',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate named by a quota\'s side alone ("an in-quota tariff of 25%", "an out-of-quota rate of 40%") + the quota\'s goods in its sentence ("the access volume for onions")',
    reason: 'target: {target} — the goods of the quota the rate is a side of',
    when: tierGoods,
    examples: [
      { text: 'The Department of Agriculture wants to raise the minimum access volume for onions to 22,000 tonnes, with an in-quota tariff of 25% and an out-of-quota rate of 40%.', fact: '25%', expect: { target: 'onions within the quota' } },
      { text: 'The Department of Agriculture wants to raise the minimum access volume for onions to 22,000 tonnes, with an in-quota tariff of 25% and an out-of-quota rate of 40%.', fact: '40%', expect: { target: 'onions above the quota' } },
    ],
    // A quota whose goods the sentence does not name gives none.
    counterExamples: [{ text: 'The Department of Agriculture wants an in-quota tariff of 25% and an out-of-quota rate of 40%.', fact: '40%', expect: { target: '' } }],
  },
  {
    id: 'tariff.target.tier-of-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate on goods with a quota\'s tier said right at it ("pays 15% within quota and 50% outside it", "Cheese: within access 0%")',
    reason: 'target: {target} — the goods, on the side of the quota the rate is for',
    when: tierOfGoods,
    examples: [
      { text: "Beijing opened China's sugar tariff-rate quota, under which sugar pays 15% within quota and 50% outside it.", fact: '50%', expect: { target: 'sugar above the quota' } },
      { text: "Beijing opened China's sugar tariff-rate quota, under which sugar pays 15% within quota and 50% outside it.", fact: '15%', expect: { target: 'sugar within the quota' } },
    ],
    // No quota in the sentence: "outside it" is not a quota's side.
    counterExamples: [{ text: 'Chile charges 6% on grinding balls made in China and 0% on those made outside it.', fact: '0%' }],
  },
];

/** Gives each rate told by a quota's excess alone the quota's goods. */
export function quotaExcessGoods<T extends TariffMention>(rates: T[]): T[] {
  if (!rates.some((t) => (t.target ? EXCESS_ONLY.test(t.target.trim()) || QUOTA_WORD.test(t.sentence) || TIER_AT_AFTER.test(t.sentence.slice(t.start - t.sentenceStart + t.text.length)) : QUOTA_SIDE_WORD.test(t.sentence)))) return rates;
  const out = [...rates];
  out.forEach((t, i) => {
    const found = decide(QUOTA_TARGET_RULES, { rates: out, index: i });
    if (found) out[i] = withReasons({ ...t, target: found.value }, found.rule);
  });
  return out;
}
