import type { ParagraphContext, QuoteMention } from './mentions';

/** Finds direct quotations in a paragraph and the attribution their sentence gives. (Stub: being written.) */
export function findQuotes(ctx: ParagraphContext): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const m of ctx.text.matchAll(/“([^”]+)”/g)) {
    const start = (m.index ?? 0) + 1;
    out.push({ start, end: start + m[1].length, text: m[1], attribution: null, runsOn: false });
  }
  return out;
}
