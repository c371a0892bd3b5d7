import type { Analysis, TariffRate } from '../../core/types';
import { blocks, escapeMarkdown, quoted } from './markdown';
import { whyLine } from './why';

const round = (n: number) => Math.round(n * 100) / 100;

/** The rate a stated earlier level belongs to: "from 10% to 15%" → the 15%. */
function laterRateOf(a: Analysis, t: TariffRate): TariffRate | undefined {
  return a.tariffs.find((x) => x !== t && !x.earlierLevel && x.sentenceStart === t.sentenceStart && x.previousRate === t.rate);
}

/** The fact card of a tariff rate: rate, who imposes it on what, the change, when and the schedule, the sentence, why. */
export function tariffCard(a: Analysis, t: TariffRate): string {
  const later = t.earlierLevel ? laterRateOf(a, t) : undefined;
  const change = t.earlierLevel
    ? `**Earlier level**${later ? ` of the ${later.rate}% rate` : ''}: counted once, with the rate it changed to.`
    : t.previousRate !== null
      ? `**Before:** ${t.previousRate}% → now ${t.rate}% (${t.rate >= t.previousRate ? '+' : '−'}${round(Math.abs(t.rate - t.previousRate))} percentage points)`
      : '*No earlier rate stated.*';
  const when = [t.effective && `**Takes effect:** ${escapeMarkdown(t.effective)}`, t.schedule && `**Schedule:** ${escapeMarkdown(t.schedule)}`].filter(Boolean).join(' · ');
  return blocks(
    `**Tariff rate** · ${t.rate}%${t.change ? ` · ${escapeMarkdown(t.change)}` : ''}`,
    `**${escapeMarkdown(t.imposer || 'Imposer not stated')}** → **${escapeMarkdown(t.target || 'target not stated')}**`,
    change,
    when,
    quoted(t.sentence),
    whyLine(t),
  );
}
