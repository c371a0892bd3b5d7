/**
 * The paragraphs of an edited text from the last analysis's, splitting again only around the edit.
 * `splitParagraphs` reads the text line by line, and a blank line ends whatever paragraph is open:
 * what it finds after a blank line depends only on the text from there on. So the paragraphs before
 * the last blank line ahead of the edit are the last analysis's (the same objects, their strings
 * those the paragraph cache holds), those after the first blank line past it are the last analysis's
 * moved by the edit's length, and only the stretch between is split anew. A text without such a
 * blank line on either side is split whole, as before.
 */
import { splitParagraphs, type Paragraph } from './paragraphs';
import type { TextEdit } from './textEdit';
import { lowerBound } from './quotes/search';

/** `splitParagraphs(text)`, where `before` is `splitParagraphs` of the text `edit` turned into `text`. */
export function paragraphsAfterEdit(before: readonly Paragraph[], text: string, edit: TextEdit): Paragraph[] {
  // The start of the line after the last blank line ("\n\n") wholly before the edit; its lines are unchanged.
  const blankBefore = edit.from >= 2 ? text.lastIndexOf('\n\n', edit.from - 2) : -1;
  const from = blankBefore < 0 ? 0 : blankBefore + 2;
  // The start of the line after the first blank line wholly after the edit.
  const blankAfter = text.indexOf('\n\n', edit.to);
  const to = blankAfter < 0 ? text.length : blankAfter + 2;
  if (from === 0 && to === text.length) return splitParagraphs(text);
  const head = lowerBound(before, from, (p) => p.start);
  const tail = to === text.length ? before.length : lowerBound(before, to - edit.delta, (p) => p.start);
  const out = before.slice(0, head);
  for (const p of splitParagraphs(text.slice(from, to))) out.push({ start: p.start + from, text: p.text });
  for (let i = tail; i < before.length; i++) out.push({ start: before[i].start + edit.delta, text: before[i].text });
  return out;
}
