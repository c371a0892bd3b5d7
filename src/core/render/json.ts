import type { Analysis } from '../types';

/** The command line's JSON schema (version 2: every fact has `because`, the ids of the rules that decided it) for one article. */
export function toJsonObject(analysis: Analysis, file: string) {
  return {
    schema: 2,
    file,
    words: analysis.words,
    people: analysis.people.map((p) => ({ id: p.id, name: p.name, title: p.title, affiliation: p.affiliation, mentions: p.mentions, because: p.because })),
    organizations: analysis.organizations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, mentions: o.mentions, because: o.because })),
    figures: analysis.figures.map((f) => ({ id: f.id, start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, sentence: f.sentence, because: f.because })),
    tariffs: analysis.tariffs.map((t) => ({
      id: t.id, start: t.start, end: t.end, text: t.text, rate: t.rate, imposer: t.imposer, target: t.target, previousRate: t.previousRate, earlierLevel: t.earlierLevel, effective: t.effective, schedule: t.schedule, change: t.change, because: t.because,
    })),
    quotes: analysis.quotes.map((q) => ({ id: q.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerId: q.speakerId, speakerKind: q.speakerKind, because: q.because })),
    warnings: analysis.warnings,
    checks: (analysis.checks ?? []).map((c) => ({ id: c.id, kind: c.kind, figures: c.figures, message: c.message, because: c.because })),
  };
}

export function renderJson(items: Array<{ analysis: Analysis; file: string }>): string {
  const objs = items.map((i) => toJsonObject(i.analysis, i.file));
  return JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2) + '\n';
}
