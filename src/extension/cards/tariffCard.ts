import type { TariffRate } from '../../core/types';
import { blocks, escapeMarkdown, quoted } from './markdown';
import { whyLine } from './why';

const round = (n: number) => Math.round(n * 100) / 100;

/** The fact card of a tariff rate: rate, who imposes it on what, the change, the sentence. */
export function tariffCard(t: TariffRate): string {
  const change =
    t.previousRate !== null
      ? `**Before:** ${t.previousRate}% → now ${t.rate}% (${t.rate >= t.previousRate ? '+' : '−'}${round(Math.abs(t.rate - t.previousRate))} percentage points)`
      : '*No earlier rate stated.*';
  return blocks(
    `**Tariff rate** · ${t.rate}%${t.change ? ` · ${escapeMarkdown(t.change)}` : ''}`,
    `**${escapeMarkdown(t.imposer || 'Imposer not stated')}** → **${escapeMarkdown(t.target || 'target not stated')}**`,
    change,
    quoted(t.sentence),
    whyLine(t),
  );
}
