import type * as _vscode from 'vscode';
import type { Analysis, TariffRate } from '../../core/types';
import { l10n } from '../l10n';
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
    ? later
      ? l10n.t('**Earlier level** of the {0}% rate: counted once, with the rate it changed to.', later.rate)
      : l10n.t('**Earlier level**: counted once, with the rate it changed to.')
    : t.previousRate !== null
      ? l10n.t('**Before:** {0}% → now {1}% ({2}{3} percentage points)', t.previousRate, t.rate, t.rate >= t.previousRate ? '+' : '−', round(Math.abs(t.rate - t.previousRate)))
      : l10n.t('*No earlier rate stated.*');
  const when = [t.effective && l10n.t('**Takes effect:** {0}', escapeMarkdown(t.effective)), t.schedule && l10n.t('**Schedule:** {0}', escapeMarkdown(t.schedule))].filter(Boolean).join(' · ');
  return blocks(
    t.change ? l10n.t('**Tariff rate** · {0}% · {1}', t.rate, escapeMarkdown(t.change)) : l10n.t('**Tariff rate** · {0}%', t.rate),
    `**${escapeMarkdown(t.imposer || l10n.t('Imposer not stated'))}** → **${escapeMarkdown(t.target || l10n.t('target not stated'))}**`,
    change,
    when,
    quoted(t.sentence),
    whyLine(t),
  );
}
