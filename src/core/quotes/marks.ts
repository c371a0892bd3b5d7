/**
 * Pairs the double quotation marks of a paragraph: curly “…”, straight "…", TeX-style ``…'' and any
 * mix of them (“…" happens in pasted copy). Single marks are left alone: ’ is far more often an
 * apostrophe than a quote, and ‘…’ nests inside a double-quoted quote.
 */

/** A pair of marks; `close` is -1 when the paragraph ends before the closing mark. */
export interface MarkPair {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when it is missing. */
  close: number;
  /** Where the words inside start and end (the marks excluded). */
  innerStart: number;
  innerEnd: number;
}

const SPACE_BEFORE = /[\s([{\u2014\u2013/-]/;
const SPACE_AFTER = /[\s,.;:!?)\]}\u2014\u2013-]/;
const DIGIT = /[0-9]/;

type Role = 'open' | 'close' | 'either';

/** Reads a mark's role from the characters around it, whatever its glyph says. */
function roleOf(text: string, i: number, width: number, glyph: Role): Role {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = i + width >= text.length ? ' ' : text[i + width];
  const opensHere = SPACE_BEFORE.test(before) && !SPACE_AFTER.test(after);
  const closesHere = !SPACE_BEFORE.test(before) && SPACE_AFTER.test(after);
  if (opensHere) return 'open';
  if (closesHere) return 'close';
  return glyph;
}

/** Finds every quoted stretch of a paragraph in one left-to-right pass (linear time). */
export function pairQuoteMarks(text: string): MarkPair[] {
  const pairs: MarkPair[] = [];
  let open = -1;
  let openWidth = 1;
  let openedByBackticks = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let width = 1;
    let glyph: Role;
    if (c === '“' || c === '„') glyph = 'open';
    else if (c === '”') glyph = 'close';
    else if (c === '"') glyph = 'either';
    else if (c === '`' && text[i + 1] === '`') {
      glyph = 'open';
      width = 2;
    } else if (c === "'" && text[i + 1] === "'" && open >= 0 && openedByBackticks) {
      glyph = 'close';
      width = 2;
    } else continue;

    let role = roleOf(text, i, width, glyph);
    if (role === 'either') role = open >= 0 ? 'close' : 'open';
    // An inch mark (12" pipe) is a straight mark right after a digit when no quote is open.
    if (c === '"' && open < 0 && i > 0 && DIGIT.test(text[i - 1])) {
      i += width - 1;
      continue;
    }
    if (role === 'open') {
      // A second opening mark while one is open means the first was never closed: start again here.
      open = i;
      openWidth = width;
      openedByBackticks = width === 2;
    } else if (open >= 0) {
      pairs.push({ open, close: i, innerStart: open + openWidth, innerEnd: i });
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0) pairs.push({ open, close: -1, innerStart: open + openWidth, innerEnd: text.length });
  return pairs;
}
