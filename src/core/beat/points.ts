import { lineIndex } from '../factSheet';
import type { Stretch, TextPoint } from './types';

/** Offsets → editor positions for one text (0-based lines; "\r\n" and "\n" end a line). */
export function pointsOf(text: string): (offset: number) => TextPoint {
  const lineOf = lineIndex(text);
  return (offset) => ({ line: lineOf(offset) - 1, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) });
}

/** A span of the text with its editor positions. */
export function stretchOf(at: (offset: number) => TextPoint, span: { start: number; end: number; text: string }): Stretch {
  return { start: span.start, end: span.end, from: at(span.start), to: at(span.end), text: span.text };
}
