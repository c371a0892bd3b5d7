/** A paragraph of the article and where it starts. */
export interface Paragraph {
  start: number;
  text: string;
}

// A line ending like this closes a paragraph even without a blank line: articles pasted from the web
// put one paragraph per line, while hard-wrapped Markdown breaks mid-sentence.
const CLOSES_PARAGRAPH = /[.!?:;”"'’)\]]\s*$|^\s*$/;
const IS_HEADING = /^\s*#{1,6}\s/;
const OPENS_BLOCK = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s|>|```|\|)/;
// A line set in bold on its own reads as a heading too: "**Key changes in Basic Customs Duty**".
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_\n]{3,120}(?:\*\*|__)\s*$/;

// A line in capitals on its own: "NEW EXPORT DUTY RATES (FOB value)" over a list in a bulletin.
const CAPS_LINE = /^\s*(?=[^\n]*\p{Lu}{2,}\s+\p{Lu}{2,})[\p{Lu}\d][\p{Lu}\d\s&'’,/-]{5,80}(?:\([^()\n]{1,30}\))?\s*$/u;

// The longest a bold or capitals line can be once the whitespace around it is left out: "**", 120, "**";
// 1 + 80 capitals and a 32-character parenthesis.
const LONGEST_SHORT_HEADING = 124;
// How a bold or capitals line must begin (CAPS_LINE's first six characters, without its look-ahead).
const SHORT_HEADING_START = /^\s*(?:\*\*|__|[\p{Lu}\d][\p{Lu}\d\s&'’,/-]{5})/u;

/**
 * A paragraph that is a heading: a Markdown "#" heading, a line set in bold or in capitals on its own.
 * The rate passes ask it of every paragraph at every keystroke, and CAPS_LINE's look-ahead reads a
 * whole paragraph to fail (1.7 ms for the bench's 300 paragraphs, about a fifth of a keystroke): a
 * paragraph longer than either line can be, or that does not begin as one, is not tried.
 */
export const isHeading = (text: string): boolean =>
  IS_HEADING.test(text) || ((text.length <= LONGEST_SHORT_HEADING || text.trim().length <= LONGEST_SHORT_HEADING) && SHORT_HEADING_START.test(text) && (BOLD_LINE.test(text) || CAPS_LINE.test(text)));

/**
 * Splits text into paragraphs: at blank lines, and at line ends that close a sentence or before a
 * Markdown block (heading, list item, quote, table). Offsets are UTF-16 indices into `text`.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let blockStart = -1;
  let pos = 0;
  let prevLine = '';
  const flush = (end: number) => {
    if (blockStart >= 0) {
      let e = end;
      while (e > blockStart && /\s/.test(text[e - 1])) e--;
      if (e > blockStart) out.push({ start: blockStart, text: text.slice(blockStart, e) });
    }
    blockStart = -1;
  };
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).replace(/\r$/, '');
    if (line.trim() === '') {
      flush(pos);
    } else {
      if (blockStart >= 0 && (CLOSES_PARAGRAPH.test(prevLine) || IS_HEADING.test(prevLine) || OPENS_BLOCK.test(line))) flush(pos);
      if (blockStart < 0) {
        blockStart = pos;
        while (blockStart < nl && /[ \t\uFEFF]/.test(text[blockStart])) blockStart++;
      }
    }
    prevLine = line;
    pos = nl + 1;
  }
  flush(text.length);
  return out;
}
