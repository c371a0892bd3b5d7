import type * as _vscode from 'vscode';
import type { Analysis, Figure } from '../../core/types';
import { l10n } from '../l10n';
import { otherMentions } from '../../core/figureChecks';
import { formatValue } from '../../core/render/format';
import { blocks, escapeMarkdown, mention, quoted } from './markdown';
import { whyLine } from './why';

const kindName = (kind: Figure['kind']): string =>
  ({
    money: l10n.t({ message: 'money', comment: ['The kind of figure, on its card: "Figure · money"'] }),
    percent: l10n.t('percentage'),
    percentagePoints: l10n.t('percentage points'),
    basisPoints: l10n.t('basis points'),
    count: l10n.t({ message: 'count', comment: ['The kind of figure, on its card: "Figure · count" (a number of things, such as 1,200 jobs)'] }),
  })[kind];

/** Whether two ways of writing a figure say the same to a reader ("12.5%" and "12.5%", "3 percentage points"). */
const sameWords = (a: string, b: string) => a.replace(/[\s,]/g, '').toLowerCase() === b.replace(/[\s,]/g, '').toLowerCase();

/** The fact card of a figure: its value, sentence, other mentions and the analysis' checks on it. */
export function figureCard(a: Analysis, f: Figure, lineOf: (offset: number) => number): string {
  const others = otherMentions(a.figures, f);
  const byId = new Map(a.figures.map((x) => [x.id, x]));
  const checks = (a.checks ?? [])
    .filter((c) => c.figures.includes(f.id))
    .map((c) => {
      // Point to the other figures of the check by line.
      const elsewhere = c.figures.filter((id) => id !== f.id).map((id) => byId.get(id)).filter((x): x is Figure => !!x && x.sentenceStart !== f.sentenceStart);
      return `${escapeMarkdown(c.message)}${elsewhere.length ? ` (${elsewhere.map((o) => mention(o.text, lineOf(o.start))).join(', ')})` : ''}`;
    });
  return blocks(
    f.unit && f.kind !== 'percent' ? l10n.t('**Figure** · {0} · unit: {1}', kindName(f.kind), escapeMarkdown(f.unit)) : l10n.t('**Figure** · {0}', kindName(f.kind)),
    // "$295.4 billion = 295,400,000,000 USD"; "12.5%" needs no restating.
    sameWords(f.text, formatValue(f)) ? `**${escapeMarkdown(f.text)}**` : `**${escapeMarkdown(f.text)}** = ${escapeMarkdown(formatValue(f))}`,
    quoted(f.sentence),
    whyLine(f),
    others.length
      ? l10n.t('**Same value elsewhere:** {0}', others.map((o) => mention(o.text, lineOf(o.start))).join(', '))
      : l10n.t('*No other mention of this value.*'),
    checks.length > 0 && `${l10n.t('**Checks**')}\n\n${checks.map((c) => `- ${c}`).join('\n')}`,
  );
}
