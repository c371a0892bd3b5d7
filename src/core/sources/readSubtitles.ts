/**
 * Interview transcripts as subtitles: .srt and WebVTT cues with their start time, the voice of a
 * VTT cue (<v Lee>) or a label opening its text (LEE: …), carried over to the cues that follow
 * until another speaker is named. A broken cue is skipped and named in `problems`, never fatal.
 */
import type { Passage, SourceDoc } from './types';
import { clockTime, labelAt } from './speakers';

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/;
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;
const VTT_HEADERS = /^(?:WEBVTT|NOTE|STYLE|REGION)\b/;

/** Cue text without markup: tags (<i>, <c.x>, <00:00:01.000>) removed, entities read. */
function plainCue(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ');
}

/** Reads .srt or .vtt text into cues. */
export function readSubtitles(file: string, text: string): SourceDoc {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const passages: Passage[] = [];
  const problems: string[] = [];
  let speaker: string | undefined;
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && !lines[i].trim()) i++;
    const start = i;
    while (i < lines.length && lines[i].trim()) i++;
    const block = lines.slice(start, i);
    if (!block.length) continue;
    if (VTT_HEADERS.test(block[0])) continue;
    const t = block.findIndex((l) => l.includes('-->'));
    const timing = t >= 0 ? TIMING.exec(block[t]) : null;
    if (!timing) {
      problems.push(`cue at line ${start + 1} has ${t >= 0 ? 'a broken timing' : 'no timing'}; skipped`);
      continue;
    }
    const body = block.slice(t + 1);
    if (!body.length) continue;
    const raw = body.join('\n');
    const voice = VOICE.exec(raw);
    let cue = plainCue(raw);
    const label = labelAt(cue);
    if (label) cue = cue.slice(label.length);
    if (voice || label) speaker = (voice?.[1] ?? label?.speaker)?.trim();
    if (!cue.trim()) continue;
    passages.push({ line: start + t + 2, text: cue, time: clockTime(timing[1]), ...(speaker ? { speaker } : {}) });
  }
  return { file, kind: 'subtitles', passages, problems };
}
