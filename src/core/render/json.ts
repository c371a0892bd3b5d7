import type { Analysis } from '../types';
import { readArticleHead } from '../articleHead';
import type { SourceCheck, SourceChecks } from '../sources/types';
import { anchorLedger, checksById, ledgerFacts, unchecked, type FactCheck, type Ledger } from '../ledger';

/** The command line's JSON schema version: 3 adds `head`, and with a ledger each fact's `check` and the sheet's `orphans`. */
export const JSON_SCHEMA = 3;

/** One article for the JSON sheet. */
export interface JsonArticle {
  analysis: Analysis;
  file: string;
  text: string;
  ledger?: Ledger;
  sources?: SourceChecks;
}

/** A fact's check as the JSON gives it: `{status, note, source, by, at}`, plus `was` when changed and `ignoredChecks` when any. */
function jsonCheck(c: FactCheck) {
  return { status: c.status, note: c.note, source: c.source, by: c.by, at: c.at, ...(c.was !== undefined ? { was: c.was } : {}), ...(c.ignoredChecks.length ? { ignoredChecks: c.ignoredChecks } : {}) };
}

/** The command line's JSON for one article (see README, "The command line"). */
/** A fact's source check as the JSON gives it; null for a quote too short to look up. */
function jsonSource(c: SourceCheck | undefined) {
  if (!c) return null;
  const { status, file, line, time, speaker, speakerDiffers, differences, serious, excerpt, row, column } = c;
  return { status, file, line, time, speaker, speakerDiffers, differences, serious, excerpt, ...(column !== undefined ? { row, column } : {}) };
}

export function toJsonObject({ analysis, file, text, ledger, sources }: JsonArticle) {
  const anchoring = ledger ? anchorLedger(ledger, ledgerFacts(analysis)) : null;
  const checks = anchoring ? checksById(anchoring) : null;
  const check = (id: string) => (checks ? { check: jsonCheck(checks.get(id) ?? unchecked()) } : {});
  const source = (id: string) => (sources ? { sourceCheck: jsonSource(sources.get(id)) } : {});
  return {
    schema: JSON_SCHEMA,
    file,
    head: readArticleHead(text),
    words: analysis.words,
    people: analysis.people.map((p) => ({ id: p.id, name: p.name, title: p.title, affiliation: p.affiliation, mentions: p.mentions, because: p.because, ...check(p.id) })),
    organizations: analysis.organizations.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, mentions: o.mentions, because: o.because, ...check(o.id) })),
    figures: analysis.figures.map((f) => ({ id: f.id, start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, sentence: f.sentence, because: f.because, ...check(f.id), ...source(f.id) })),
    tariffs: analysis.tariffs.map((t) => ({
      id: t.id, start: t.start, end: t.end, text: t.text, rate: t.rate, imposer: t.imposer, target: t.target, previousRate: t.previousRate, earlierLevel: t.earlierLevel, effective: t.effective, schedule: t.schedule, change: t.change, because: t.because, ...check(t.id),
    })),
    quotes: analysis.quotes.map((q) => ({ id: q.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speakerId: q.speakerId, speakerKind: q.speakerKind, because: q.because, ...check(q.id), ...source(q.id) })),
    warnings: analysis.warnings,
    checks: (analysis.checks ?? []).map((c) => ({ id: c.id, kind: c.kind, figures: c.figures, message: c.message, because: c.because })),
    ...(anchoring ? { orphans: anchoring.orphans.map(({ key, kind, text: t, sentence, status, note, source, by, at }) => ({ key, kind, text: t, sentence, status, note, source, by, at })) } : {}),
  };
}

export function renderJson(items: JsonArticle[]): string {
  const objs = items.map(toJsonObject);
  return JSON.stringify(objs.length === 1 ? objs[0] : objs, null, 2) + '\n';
}
