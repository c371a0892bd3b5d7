/**
 * A rate whose target is only its maker: a company ("Agrícola Valle del Fuerte received 20.91%, while
 * Hortalizas Bahía San Quintín was assigned 14.36%") or makers by their kind ("Chinese producers will
 * face 12.07 per cent"). The rate is on the ruling's goods as that maker ships them: trade copy names
 * the goods once, in the lead, and the makers after. The desk's card reads "fresh tomatoes from Mexico
 * (Agrícola Valle del Fuerte)", which names both the goods and who pays.
 */
import { decide, withReasons, type Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { countryOfPlace } from '../countries';
import { ALL_GOODS } from '../lexicon/goods';
import { NAME_PARTICLES } from '../lexicon/nameParticles';
import { CONNECTORS } from '../lexicon/orgHeads';
import { companyGoods } from './document';
import { rx } from '../lexicon/wordList';
import { memoize } from '../memo';
import { PRODUCER_NOUNS } from '../lexicon/tariffWords';

// "All other Mexican exporters will pay the all-others rate of 18.72%", "Indian mills were assigned 3.86 per cent",
// "the two mandatory respondents": makers named by their kind.
const PRODUCER_GROUP = rx('iu')`^(?:the\s+)?(?:(?:all|most)\s+other\s+)?(?:[\p{L}-]+\s+){0,2}${PRODUCER_NOUNS}$`;

/**
 * Two or more capitalized words (particles between), not a place and not goods: a company's name.
 * Remembered by target: asked of every rate's target at every keystroke, where splitting each into
 * words made about 130 KB of the 3 MB a keystroke allocates in a 10,000-word article.
 */
export const isCompanyName = memoize(readCompanyName);

function readCompanyName(target: string): boolean {
  const words = target.trim().split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  // The word test first: it is asked of every rate's target at every keystroke, and most fail it.
  if (!words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && k < words.length - 1 && (NAME_PARTICLES.has(w) || CONNECTORS.has(w))))) return false;
  return !countryOfPlace(target) && !words.every((w) => ALL_GOODS.has(w.toLowerCase()));
}

/** The goods of the nearest rate before of the same imposer (or none) whose target is goods, not a company. */
function goodsBefore(rates: readonly TariffMention[], index: number): string {
  const rate = rates[index];
  for (let k = index - 1; k >= 0; k--) {
    const other = rates[k];
    if (rate.imposer && other.imposer && other.imposer !== rate.imposer) continue;
    if (other.target && !isCompanyName(other.target) && !PRODUCER_GROUP.test(other.target) && !PRODUCER_GROUP.test(other.target.split(/\s+from\s+/)[0]) && !COMPANY_RULES.some((id) => other.because?.includes(id))) return other.target;
  }
  return '';
}

const COMPANY_RULES = ['tariff.target.company', 'tariff.target.company-goods', 'tariff.target.maker-goods', 'tariff.target.row-label', 'tariff.target.item-label', 'tariff.target.producers-goods'];
// Rules whose targets already say what they are: a label of the reader's own list or table, or goods with their maker.
const LABELLED = COMPANY_RULES.filter((id) => id !== 'tariff.target.company');

export const MAKER_GOODS_RULES: Rule<{ rates: readonly TariffMention[]; index: number }, string>[] = [
  {
    id: 'tariff.target.maker-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'a rate whose target is only a company or makers by their kind ("X received 20.91%", "Indian mills were assigned 3.86%") + the goods of the duty told before it',
    reason: 'target: {target} — the ruling\'s goods, as the company that bears the rate ships them',
    when: ({ rates, index }) => {
      const rate = rates[index];
      if (!rate.target || LABELLED.some((id) => rate.because?.includes(id)) || !(isCompanyName(rate.target) || PRODUCER_GROUP.test(rate.target))) return null;
      const goods = goodsBefore(rates, index);
      return goods ? companyGoods(goods, rate.target) : null;
    },
    examples: [
      {
        text: 'Washington began collecting anti-dumping duties of 20.91% on fresh tomatoes from Mexico.\n\nCash deposits now apply at company-specific rates. Agrícola Valle del Fuerte, one of the two exporters investigated, received 20.91%, while Hortalizas Bahía San Quintín was assigned 14.36%.',
        fact: '14.36%',
        expect: { target: 'fresh tomatoes from Mexico (Hortalizas Bahía San Quintín)' },
      },
      // Makers named by their kind take the goods too.
      {
        text: 'Hanoi set anti-dumping duties of up to 37.13 per cent on coated steel from China. Two smaller producers will face duties of 12.07 per cent.',
        fact: '12.07 per cent',
        expect: { target: 'coated steel from China (Two smaller producers)' },
      },
    ],
    counterExamples: [
      // Goods as the subject keep their own words.
      {
        text: 'Ottawa imposed duties of 25% on Chinese steel.\n\nCold-rolled coil will be subject to a 14% duty.',
        fact: '14%',
        expect: { target: 'Cold-rolled coil' },
      },
    ],
  },
];

/** Gives each rate whose target is only its maker the goods of the duty told before it. */
export function makerGoods<T extends TariffMention>(rates: T[]): T[] {
  if (!rates.some((t) => t.target && (isCompanyName(t.target) || PRODUCER_GROUP.test(t.target)))) return rates;
  const out = [...rates];
  out.forEach((t, i) => {
    const found = decide(MAKER_GOODS_RULES, { rates: out, index: i });
    if (found) out[i] = withReasons({ ...t, target: found.value }, found.rule);
  });
  return out;
}
