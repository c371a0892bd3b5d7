import type { Analysis, Figure } from '../../core/types';
import { impliedValues, otherMentions, statedDifferently } from '../../core/figureChecks';
import { formatValue } from '../../core/render/format';
import { compactAmount } from './amounts';
import { blocks, escapeMarkdown, mention, quoted } from './markdown';
import { whyLine } from './why';

const KIND_NAMES: Record<Figure['kind'], string> = {
  money: 'money',
  percent: 'percentage',
  percentagePoints: 'percentage points',
  basisPoints: 'basis points',
  count: 'count',
};

/** Whether two ways of writing a figure say the same to a reader ("12.5%" and "12.5%", "3 percentage points"). */
const sameWords = (a: string, b: string) => a.replace(/[\s,]/g, '').toLowerCase() === b.replace(/[\s,]/g, '').toLowerCase();

/** The fact card of a figure: its value, sentence, other mentions and the checks. */
export function figureCard(a: Analysis, f: Figure, lineOf: (offset: number) => number): string {
  const others = otherMentions(a.figures, f);
  const checks = [
    ...impliedValues(a.figures, f).map((iv) =>
      iv.of === 'the change'
        ? `Goes ${escapeMarkdown(iv.change)}: a change of **${escapeMarkdown(compactAmount(iv.implied))}**${iv.stated ? `; the sentence states ${escapeMarkdown(iv.stated.text)}` : ''}.`
        : `States a ${escapeMarkdown(iv.change)}: implies ${escapeMarkdown(iv.of)} was about **${escapeMarkdown(compactAmount(iv.implied))}**.`,
    ),
    ...statedDifferently(a.figures, f).map((d) =>
      d.kind === 'rounded'
        ? `Stated as ${mention(d.other.text, lineOf(d.other.start))}: the same after rounding.`
        : `The ${escapeMarkdown(d.measure)} is given differently as ${mention(d.other.text, lineOf(d.other.start))}: check which is right.`,
    ),
  ];
  return blocks(
    `**Figure** · ${KIND_NAMES[f.kind]}${f.unit && f.kind !== 'percent' ? ` · unit: ${escapeMarkdown(f.unit)}` : ''}`,
    // "$295.4 billion = 295,400,000,000 USD"; "12.5%" needs no restating.
    sameWords(f.text, formatValue(f)) ? `**${escapeMarkdown(f.text)}**` : `**${escapeMarkdown(f.text)}** = ${escapeMarkdown(formatValue(f))}`,
    quoted(f.sentence),
    whyLine(f),
    others.length
      ? `**Same value elsewhere:** ${others.map((o) => mention(o.text, lineOf(o.start))).join(', ')}`
      : '*No other mention of this value.*',
    checks.length > 0 && `**Checks**\n\n${checks.map((c) => `- ${c}`).join('\n')}`,
  );
}
