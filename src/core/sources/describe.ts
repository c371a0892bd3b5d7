/** A source check in an editor's words, for cards, sheets and the command line. */
import type { Difference, SourceCheck } from './types';

const base = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** With `fullPath` the file's path as given rather than its name. "interview-lee.srt at 00:12:31", "release.md, line 5", "exports.csv, row Copper wire, column 2025", "notes.docx, paragraph 2". */
export function sourcePlace(c: Pick<SourceCheck, 'file' | 'line' | 'time' | 'row' | 'column'>, fullPath = false): string {
  if (!c.file) return '';
  const name = fullPath ? c.file : base(c.file);
  if (c.time) return `${name} at ${c.time}`;
  if (c.column !== undefined) return `${name}, ${c.row ? `row ${c.row}, ` : ''}column ${c.column}`;
  return `${name}, ${/\.docx$/i.test(c.file) ? 'paragraph' : 'line'} ${c.line}`;
}

/** One difference: "“timeline” where the source has “timetable”", "“not” left out", "“very” added". */
export function describeDifference(d: Difference): string {
  if (d.expected && d.found) return `“${d.found}” where the source has “${d.expected}”`;
  if (d.expected) return `“${d.expected}” left out`;
  return `“${d.found}” added`;
}

/** Status words: "Verbatim", "Altered", "Not found", "Found", "Rounded", "Different". */
export const SOURCE_STATUS_WORDS: Record<SourceCheck['status'], string> = {
  verbatim: 'Verbatim',
  altered: 'Altered',
  'not-found': 'Not found',
  found: 'Found',
  rounded: 'Rounded',
  different: 'Different',
};

/** The whole check in one line: "Verbatim in interview-lee.srt at 00:12:31", "Altered in …: “not” left out (serious)". */
export function describeSourceCheck(c: SourceCheck): string {
  const place = sourcePlace(c);
  const who = c.speakerDiffers && c.speaker ? `; the transcript gives these words to ${c.speaker}` : '';
  switch (c.status) {
    case 'verbatim':
      return `Verbatim in ${place}${who}`;
    case 'altered':
      return `Altered from ${place}: ${c.differences.map(describeDifference).join('; ') || 'punctuation only'}${c.serious ? ' (a negation or number differs)' : ''}${who}`;
    case 'found':
      return `Found in ${place}${c.excerpt ? ` as “${c.excerpt}”` : ''}`;
    case 'rounded':
      return `Rounded from ${c.excerpt} in ${place}`;
    case 'different':
      return `Different: ${place} has ${c.excerpt}`;
    default:
      return 'Not found in the sources';
  }
}

/** Whether a check asks the editor to look (Problems entries): an altered quote or a different figure. */
export const needsLook = (c: SourceCheck | undefined): boolean => c?.status === 'altered' || c?.status === 'different';
