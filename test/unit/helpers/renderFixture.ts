import fs from 'node:fs';
import path from 'node:path';
import { countWords } from '../../../src/core/analyze';
import type { Analysis, Span } from '../../../src/core/types';

/** A small original article with hostile bits (HTML, a pipe, a formula) for the renderers. */
export const RENDER_TEXT = fs.readFileSync(path.join(__dirname, '../../fixtures/render-article.txt'), 'utf8');

function at(s: string, occurrence = 1): Span {
  let i = -1;
  for (let k = 0; k < occurrence; k++) i = RENDER_TEXT.indexOf(s, i + 1);
  if (i < 0) throw new Error(`fixture lacks ${s}`);
  return { start: i, end: i + s.length, text: s };
}

const S2 = 'Canada will impose duties of 25% on $3.1 billion of American goods, Finance Minister Claire Dubois said.';
const sentence = { sentence: S2, sentenceStart: RENDER_TEXT.indexOf(S2) };

/** A hand-made Analysis of RENDER_TEXT, so renderer tests don't move when extraction improves. */
export const RENDER_ANALYSIS: Analysis = {
  words: countWords(RENDER_TEXT),
  people: [{ id: 'p1', because: [], name: 'Claire Dubois', title: 'Finance Minister', affiliation: 'Canada', mentions: [at('Claire Dubois'), at('Dubois', 2)] }],
  organizations: [{ id: 'o1', because: [], name: 'Department of Finance', aliases: ['=HYPERLINK("http://x.example")'], mentions: [] }],
  figures: [
    { id: 'f1', because: [], ...at('25%', 2), kind: 'percent', value: 25, unit: '%', ...sentence },
    { id: 'f2', because: [], ...at('$3.1 billion'), kind: 'money', value: 3100000000, unit: 'USD', ...sentence },
  ],
  tariffs: [{ id: 't1', because: [], ...at('25%', 2), rate: 25, imposer: 'Canada', target: 'American goods', previousRate: null, earlierLevel: false, effective: '', schedule: '', change: 'imposed', ...sentence }],
  quotes: [
    { id: 'q1', because: [], ...at('We did not start this | fight'), speaker: 'Claire Dubois', speakerId: 'p1', speakerKind: 'person' },
    { id: 'q2', because: [], ...at('but we will not <script>alert(1)</script> back down.'), speaker: 'Claire Dubois', speakerId: 'p1', speakerKind: 'person' },
    { id: 'q3', because: [], ...at('Nobody asked us'), speaker: null, speakerId: null, speakerKind: null },
  ],
  warnings: ['Quote "Nobody asked us" has no speaker.'],
  checks: [],
};

export const GENERATED = new Date('2026-01-15T12:00:00Z');
