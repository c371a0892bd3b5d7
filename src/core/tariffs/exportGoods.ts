/**
 * An export duty's goods as the desk names them: the goods leaving the country. "India raised its
 * export duty on onions to 40%" taxes onion exports; the card says "onion exports", as trade copy
 * does ("soybean exports", "potato exports"), so it cannot be read as a duty on onions coming in.
 * Only a goods word standing alone is rewritten: longer goods keep the text's words.
 */
import { decide, withReasons, type Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { rx } from '../lexicon/wordList';
import { EXPORT_CHARGES } from '../lexicon/tariffWords';
import { TRADE_GOODS_NOUNS } from '../lexicon/goods';

const EXPORT_CHARGE = rx('iu')`(?<![\p{L}-])${EXPORT_CHARGES}(?![\p{L}-])`;
// "goods", "products", "shipments": no goods of their own.
const NOT_GOODS = TRADE_GOODS_NOUNS;
// A sentence that also names an import charge may be about goods coming in.
const IMPORT_WORD = /(?<![\p{L}-])imports?(?![\p{L}-])/iu;
// "onions", "soybeans", "exports of potatoes": one plural goods word.
const LONE_PLURAL = /^(?:exports\s+of\s+)?(\p{Ll}[\p{Ll}-]*?)(ies|oes|s)$/u;

/** "soybeans" → "soybean", "potatoes" → "potato", "berries" → "berry"; "" for anything else ("glass", "goods"). */
function singular(target: string): string {
  const m = LONE_PLURAL.exec(target.trim());
  if (!m || (m[2] === 's' && /s$/.test(m[1])) || NOT_GOODS.has(m[0].replace(/^exports\s+of\s+/, ''))) return '';
  return m[1] + (m[2] === 'ies' ? 'y' : m[2] === 'oes' ? 'o' : '');
}

export const EXPORT_TARGET_RULES: Rule<{ rate: TariffMention }, string>[] = [
  {
    id: 'tariff.target.export-goods',
    kind: 'tariff',
    decides: 'target',
    anchor: 'an export duty, tax or levy in the rate\'s sentence + one plural goods word as its target ("onions")',
    reason: 'target: {target} — an export duty falls on the goods leaving the country',
    when: ({ rate }) => {
      if (!rate.target || !EXPORT_CHARGE.test(rate.sentence) || IMPORT_WORD.test(rate.sentence)) return null;
      const one = singular(rate.target);
      return one ? `${one} exports` : null;
    },
    examples: [
      { text: 'India raised its export duty on onions to 40% from 20%.', fact: '40%', expect: { target: 'onion exports' } },
      { text: 'Argentina cut export taxes on soybeans to 26%.', fact: '26%', expect: { target: 'soybean exports' } },
    ],
    counterExamples: [
      // An import duty's goods, and longer goods, keep the text's words.
      { text: 'India raised its import duty on onions to 40%.', fact: '40%', expect: { target: 'onions' } },
      { text: 'Argentina cut export taxes on soybean meal and oil to 24.5%.', fact: '24.5%', expect: { target: 'soybean meal and oil' } },
      { text: 'India cut its import duty on onions to 10% and its export duty on rice to 20%.', fact: '10%', expect: { target: 'onions' } },
    ],
  },
];

/** Names each export duty's lone goods word as the goods' exports. */
export function exportGoods<T extends TariffMention>(rates: T[]): T[] {
  if (!rates.some((t) => t.target && EXPORT_CHARGE.test(t.sentence))) return rates;
  return rates.map((t) => {
    const found = decide(EXPORT_TARGET_RULES, { rate: t });
    return found ? withReasons({ ...t, target: found.value }, found.rule) : t;
  });
}
