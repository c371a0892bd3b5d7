/**
 * Company-by-company rates in a duty story, which trade reporting states without repeating the
 * tariff word: "Acme Corp faces a rate of 41.2%, while Borealis Steel will pay 18.5%", "24.9 per
 * cent for Windco", "Indonesia: Company A 86.4%; all others 58.1%". They count only where the
 * paragraph, or the one before it, is about duties; the percent's own words decide the rest.
 */
import type { FigureMention } from '../mentions';
import { LENDER_BEFORE, measuresSomethingElse } from './governs';
import { rx } from '../lexicon/wordList';
import {
  APPROXIMATIONS, ASSIGNED_VERBS, BE_FORMS, CLAUSE_OPENERS, COMPANY_MEASURES, COMPANY_RATE_LINKS, MODALS, MONTHS, NOT_COMPANY_STARTS, NOT_PRODUCER_NOUNS,
  ORIGIN_PREPOSITIONS, OTHER_PAYMENTS, OTHER_RATE_NAMES, PRODUCER_NOUNS, VERB_GROUP_ADVERBS, WEEKDAYS,
} from '../lexicon/tariffWords';

export interface CompanyRate {
  figure: FigureMention;
  /** The company, producer group or label the rate is for ("Acme Corp", "all others"). */
  target: string;
}

// Who pays: "faces a rate of", "will pay", "was assigned", "received", "gets", "was set at".
const PAYS_BEFORE = rx('iu')`(?<![\p{L}-])(?:(?:${MODALS}|${VERB_GROUP_ADVERBS})\s+)?${ASSIGNED_VERBS}\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:rate|margin|duty|levy)\s+of\s+)?(?:${APPROXIMATIONS}\s+)?$`;
// Where the clause of the rate starts: a comma, semicolon or colon, or a clause word.
const CLAUSE_START = rx('g')`[,;:]\s+(?:${CLAUSE_OPENERS}\s+)?|\s${CLAUSE_OPENERS}\s+`;
// A subject that is a producer: a capitalized name, or a producer noun ("all other producers").
const PRODUCER_NOUN = rx('iu')`(?<![\p{L}-])${PRODUCER_NOUNS}(?![\p{L}-])`;
const CAPITALIZED_NAME = /^(?:\p{Lu}[\p{L}&.'’-]*\s*){1,6}$/u;
const PRODUCER = { test: (s: string): boolean => PRODUCER_NOUN.test(s) || CAPITALIZED_NAME.test(s) };
// Subjects that are markets, people or the economy: "Shares of Acme", "investors", "the economy".
const NOT_PRODUCER = rx('iu')`(?<![\p{L}-])${NOT_PRODUCER_NOUNS}(?![\p{L}-])`;
// What the percent pays besides a duty: "5% interest", "30% tax", "a 12% dividend".
const OTHER_PAYMENT_AFTER = rx('iu')`^\s*(?:[\p{L}-]+\s+)?${OTHER_PAYMENTS}(?![\p{L}-])`;
// A measure named in the clause before the percent: "profit margin of 8%", "market share of 20%".
const OTHER_MEASURE = rx('iu')`(?<![\p{L}-])${COMPANY_MEASURES}(?![\p{L}-])|['’]s?\s+margins?(?![\p{L}-])`;
// "24.9 per cent for Windco", "58.1% for all others".
const FOR_NAME = /^\s+for\s+((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|de|of))*|all\s+others?(?:\s+[\p{L}-]+)?|(?:the\s+)?other\s+[\p{L}-]+)/u;
/** The company after "for", unless the capitalized word is a date or a determiner ("for May", "for The…"). */
const FOR_NAME_AFTER = {
  exec(after: string): RegExpExecArray | null {
    const m = FOR_NAME.exec(after);
    const first = m?.[1].split(/[\s.]/)[0] ?? '';
    return m && !MONTHS.has(first) && !WEEKDAYS.has(first) && !NOT_COMPANY_STARTS.has(first) ? m : null;
  },
};
// A table entry: "Indonesia: Company A 86.4%;", "; all others 58.1%".
const ENTRY_BEFORE = /(?:^|[:;]\s*|[.;]\s+)((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|de|of)){0,5}|[Aa]ll\s+others?(?:\s+[\p{L}-]+)?|[Oo]thers)\s*$/u;
const ENTRY_AFTER = /^\s*(?:[;.,]|$)/;
// A short gap that continues a list of rates: ", Borealis ", " and Delta Wire ", "; ".
const LIST_GAP = /^(?:\s+for\s+[^,;.]{1,60})?(?:\s*[,;]\s*|,?\s+(?:and|while)\s+)((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|de|of)){0,5}|all\s+others?(?:\s+[\p{L}-]+)?)?\s*$/u;

// A "rate" a few words before the percent, in the same clause: "a rate of 41.2%", "the rate for Acme was set at 41.2%".
const RATE_IN_CLAUSE = rx('iu')`(?<![\p{L}-])rates?(?![\p{L}-])(?:\s+[^\s,;:]+){0,7}?\s+${COMPANY_RATE_LINKS}\s+(?:${APPROXIMATIONS}\s+)?$`;
const OTHER_RATE_BEFORE = rx('iu')`(?<![\p{L}-])${OTHER_RATE_NAMES}\s+$`;

const RATE_FOR = rx('')`\bfor\s+([^,;]+?)\s+(?:${BE_FORMS}|will|stands?|stood|came)\b`;

/** The subject of the clause that ends just before `at` (paragraph offsets), trimmed. */
function clauseSubject(paragraph: string, from: number, at: number): string {
  const clause = paragraph.slice(Math.max(from, at - 160), at);
  let start = 0;
  for (const m of clause.matchAll(CLAUSE_START)) start = (m.index ?? 0) + m[0].length;
  return clause.slice(start).trim();
}

/** A subject that can pay a duty: a named company (or country), or a producer noun; never a market or a person's pronoun. */
function isProducer(subject: string): boolean {
  if (!subject || subject.split(/\s+/).length > 8 || NOT_PRODUCER.test(subject)) return false;
  return PRODUCER.test(subject) || /^\p{Lu}/u.test(subject);
}

/**
 * The company rates among `percents` (paragraph offsets, in order) of a paragraph read in a duty
 * context. `taken` are the paragraph's rates already found, so lists can continue from them.
 */
export function companyRates(paragraph: string, percents: FigureMention[], taken: Array<{ start: number; end: number }>): CompanyRate[] {
  const out: CompanyRate[] = [];
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const takenStarts = new Set(taken.map((t) => t.start));
  // The last rate (found before or here) ending before the percent: percents come in order, so one pointer.
  let ti = 0;
  let last: { start: number; end: number } | null = null;
  for (const f of percents) {
    while (ti < sorted.length && sorted[ti].end <= f.start) {
      if (!last || sorted[ti].end > last.end) last = sorted[ti];
      ti++;
    }
    if (takenStarts.has(f.start)) continue;
    const sStart = f.sentenceStart;
    const before = paragraph.slice(Math.max(sStart, f.start - 200), f.start);
    const after = paragraph.slice(f.end, Math.min(sStart + f.sentence.length, f.end + 80));
    if (measuresSomethingElse(before, after) || OTHER_PAYMENT_AFTER.test(after)) continue;
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    if (OTHER_MEASURE.test(clause)) continue;
    const target = targetOf(paragraph, f, before, after, sStart, last && last.start >= sStart ? last : null);
    if (target === null) continue;
    out.push({ figure: f, target });
    last = f;
  }
  return out;
}

/** The target when a company-rate pattern holds for the percent, else null. */
function targetOf(paragraph: string, f: FigureMention, before: string, after: string, sStart: number, prev: { start: number; end: number } | null): string | null {
  const forName = FOR_NAME_AFTER.exec(after)?.[1] ?? '';
  const pays = PAYS_BEFORE.exec(before);
  if (pays) {
    const subject = clauseSubject(paragraph, sStart, f.start - before.length + pays.index);
    if (isProducer(subject)) return forName || subject.replace(/^(?:the|a|an)\s+/i, '').replace(/^(?:[\p{L}-]+\s+)?rates?\s+for\s+/iu, '');
    if (/\brate\s+of\s+$|\bset\s+at\s+$/i.test(before) && !subject) return forName;
  }
  // "the rate for Acme was set at 41.2%", "Acme's final rate is 9%": a bare rate in a duty context.
  const rate = RATE_IN_CLAUSE.exec(before);
  if (rate && !OTHER_RATE_BEFORE.test(before.slice(0, rate.index)) && !LENDER_BEFORE.test(before.slice(Math.max(0, rate.index - 50), rate.index))) return forName || (RATE_FOR.exec(rate[0])?.[1] ?? '');
  // A list that continues from the previous rate of the same sentence.
  if (prev) {
    const gap = paragraph.slice(prev.end, f.start);
    const listed = LIST_GAP.exec(gap);
    if (listed && gap.split(/\s+/).length <= 10) return listed[1] ?? forName;
  }
  if (forName) return forName;
  const entry = ENTRY_BEFORE.exec(before);
  // "At 20%, Vietnam sits …": a capitalized preposition opens the sentence; it names no one.
  if (entry && ENTRY_AFTER.test(after) && !ORIGIN_PREPOSITIONS.has(entry[1].split(/\s+/)[0])) return entry[1];
  return null;
}
