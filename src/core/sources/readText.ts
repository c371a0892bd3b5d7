/**
 * Notes, press releases and transcripts written as text or Markdown: one passage per paragraph,
 * and a new one at every line that opens with a speaker label ("LEE: …"), with the line it starts on.
 */
import type { Passage, SourceDoc } from './types';
import { labelAt, repeatedLabels } from './speakers';

/** Reads text into passages. With `paragraphNumbers` (a .docx's text) a passage's line is its paragraph number. */
export function readText(file: string, text: string, paragraphNumbers = false): SourceDoc {
  const lines = text.split(/\r\n|\r|\n/);
  const known = repeatedLabels(lines);
  const passages: Passage[] = [];
  let open: { passage: Passage; lines: string[] } | null = null;
  let paragraphs = 0;
  const close = () => {
    if (open) passages.push({ ...open.passage, text: open.lines.join('\n') });
    open = null;
  };
  lines.forEach((raw, i) => {
    if (!raw.trim()) {
      close();
      return;
    }
    const label = labelAt(raw, known);
    if (label || !open) {
      close();
      paragraphs++;
      const passage: Passage = { line: paragraphNumbers ? paragraphs : i + 1, text: '' };
      if (label) {
        passage.speaker = label.speaker;
        if (label.time) passage.time = label.time;
      }
      open = { passage, lines: [label ? raw.slice(label.length) : raw] };
    } else open.lines.push(raw);
  });
  close();
  return { file, kind: 'text', passages, problems: [] };
}
