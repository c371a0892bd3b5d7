/**
 * Speaker labels of transcripts ("LEE:", "Ana Ruiz:", "<v Lee>") and whether a label names the
 * quote's speaker: surnames and names compared loosely, so "LEE" is "Kim Lee".
 */
import { NOT_SPEAKER_LABELS, SPEAKER_HONORIFICS } from '../lexicon/sourceWords';

// "LEE: …", "Ana Ruiz: …", "**Lee:** …", "- LEE: …", ">> LEE: …", with an optional leading time ("[00:12:31] LEE: …").
const LABELLED = /^\s*(?:(?:>>|-)\s*)?(?:[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d+)?[\])]?\s+)?(?:\*\*)?(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?:\*\*)?:(?:\*\*)?[ \t]+(?=\S)/u;

/** A line's speaker label, its time when one leads the line, and where the spoken words start. */
export interface Label {
  speaker: string;
  time?: string;
  /** Characters of the label (and the space after it). */
  length: number;
}

/** "12:31" → "00:12:31"; "1:02:03.500" → "01:02:03". */
export function clockTime(t: string): string {
  const parts = t.split(/[.,]/)[0].split(':').map((p) => p.padStart(2, '0'));
  while (parts.length < 3) parts.unshift('00');
  return parts.slice(-3).join(':');
}

/** The speaker label opening a line, or null; a one-word Title-case label counts only when `known` has it (seen twice in the file). */
export function labelAt(line: string, known?: ReadonlySet<string>): Label | null {
  const m = LABELLED.exec(line);
  if (!m) return null;
  const speaker = m[2].replace(/\s+/g, ' ');
  const first = speaker.split(' ')[0].replace(/[.'’-]+$/, '');
  if (NOT_SPEAKER_LABELS.has(first)) return null;
  const oneWord = !speaker.includes(' ');
  const caps = speaker === speaker.toUpperCase();
  if (oneWord && !caps && !known?.has(speaker)) return null;
  return { speaker, length: m[0].length, ...(m[1] ? { time: clockTime(m[1]) } : {}) };
}

/** Labels used on two or more lines: one-word Title-case labels ("Lee:") are trusted only then. */
export function repeatedLabels(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const l of lines) {
    const m = LABELLED.exec(l);
    if (m) seen.set(m[2], (seen.get(m[2]) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([s]) => s));
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’-]+/u)
    .map((w) => w.replace(/[.'’]+$/, ''))
    .filter((w) => w && !SPEAKER_HONORIFICS.has(w));
}

/**
 * Whether a transcript label names someone other than the quote's speaker. Same person when the
 * last word of either name is one of the other's words ("LEE" and "Kim Lee", "Dr. Ruiz" and "Ana Ruiz").
 */
export function speakerDiffers(label: string | undefined, speaker: string | null): boolean {
  if (!label || !speaker) return false;
  const a = nameWords(label);
  const b = nameWords(speaker);
  if (!a.length || !b.length) return false;
  return !(b.includes(a[a.length - 1]) || a.includes(b[b.length - 1]));
}
