/** One entry point from a source file's name and text to its passages, by the file's extension. */
import type { SourceDoc } from './types';
import { readCsv } from './readCsv';
import { readSubtitles } from './readSubtitles';
import { readText } from './readText';

/** Extensions the source check reads as text (.docx is read to text on the Node side first). */
export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.srt', '.vtt', '.csv', '.tsv', '.docx'] as const;

const extension = (file: string): string => /\.[^./\\]+$/.exec(file)?.[0].toLowerCase() ?? '';

/** Whether the source check reads files with this name. */
export const isSourceFile = (file: string): boolean => (SOURCE_EXTENSIONS as readonly string[]).includes(extension(file));

/** Reads a source's text into passages; a .docx's text (from its reader) gets paragraph numbers. */
export function readSource(file: string, text: string): SourceDoc {
  const ext = extension(file);
  if (ext === '.srt' || ext === '.vtt') return readSubtitles(file, text);
  if (ext === '.csv' || ext === '.tsv') return readCsv(file, text);
  return readText(file, text, ext === '.docx');
}
