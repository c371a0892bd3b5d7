/**
 * Earlier levels: "raised from 10% to 15%", "15%, up from 10%". Both rates are tariff rates, but
 * the 10% is the level the 15% replaced; views count only the current one.
 */
import type { Rule } from '../rules/rule';
import type { TariffMention } from '../mentions';
import { rx } from '../lexicon/wordList';
import { APPROXIMATIONS } from '../lexicon/tariffWords';

export interface EarlierContext {
  /** The rate that may be an earlier level. */
  rate: TariffMention;
  /** The rate before it and the one after it in the same sentence (document offsets), if any. */
  before: TariffMention | null;
  after: TariffMention | null;
  /** The document's text. */
  text: string;
}

const TO_NEXT = rx('i')`^\s*(?:percent\s+|per\s*cent\s+)?(?:to|down\s+to|up\s+to|and\s+then\s+to)\s+(?:${APPROXIMATIONS}\s+)?$`;
const FROM_PREVIOUS = /^[^.;:\d%]{0,25}?,?\s+(?:(?:up|down|lowered|raised|reduced|cut)\s+)?from\s+(?:the\s+current\s+|a\s+|an?\s+previous\s+|an?\s+earlier\s+|the\s+previous\s+|the\s+earlier\s+)?$/i;

export const EARLIER_RULES: Rule<EarlierContext, boolean>[] = [
  {
    id: 'tariff.earlier.from-to',
    kind: 'tariff',
    decides: 'earlierLevel',
    anchor: '"from X% to Y%": X is the level Y replaced',
    reason: 'an earlier level: the rate moved from it to a new one',
    when: ({ rate, after, text }) => after !== null && after.previousRate === rate.rate && TO_NEXT.test(text.slice(rate.end, after.start)),
    verdict: true,
    examples: [{ text: 'Canberra raised its tariff on Chinese steel from 10% to 15%.', fact: '10%', expect: { earlierLevel: true, imposer: 'Australia' } }],
    counterExamples: [
      { text: 'Canberra raised its tariff on Chinese steel from 10% to 15%.', fact: '15%', expect: { earlierLevel: false, previousRate: 10 } },
      { text: 'Ottawa set duties ranging from 10% to 15% on Chinese plywood.', fact: '10%', expect: { earlierLevel: false } },
    ],
  },
  {
    id: 'tariff.earlier.up-from',
    kind: 'tariff',
    decides: 'earlierLevel',
    anchor: '"Y%, up from X%" or "to Y% from X%"',
    reason: 'an earlier level: the new rate is stated first, then the one it replaced',
    when: ({ rate, before, text }) => before !== null && before.previousRate === rate.rate && FROM_PREVIOUS.test(text.slice(before.end, rate.start)),
    verdict: true,
    examples: [{ text: 'Seoul cut its duty on U.S. beef to 16%, down from 40%.', fact: '40%', expect: { earlierLevel: true } }],
    counterExamples: [{ text: 'Seoul cut its duty on U.S. beef to 16%, down from 40%.', fact: '16%', expect: { earlierLevel: false, previousRate: 40 } }],
  },
];
