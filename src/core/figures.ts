import type { FigureMention, ParagraphContext } from './mentions';

/** Finds money, percentages, percentage/basis points and counts in a paragraph. (Stub: being written.) */
export function findFigures(ctx: ParagraphContext): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of ctx.text.matchAll(/\d+(?:\.\d+)?%/g)) {
    const start = m.index ?? 0;
    const s = ctx.sentences.find((x) => x.start <= start && start < x.end) ?? { start: 0, text: ctx.text };
    out.push({ start, end: start + m[0].length, text: m[0], kind: 'percent', value: parseFloat(m[0]), unit: '%', sentence: s.text, sentenceStart: s.start });
  }
  return out;
}
