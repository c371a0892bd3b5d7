/**
 * Company-by-company rates in a duty story, which trade reporting states without repeating the
 * tariff word: "Acme Corp faces a rate of 41.2%, while Borealis Steel will pay 18.5%", "24.9 per
 * cent for Windco", "Indonesia: Company A 86.4%; all others 58.1%". They count only where the
 * paragraph, or the one before it, is about duties; the percent's own words decide the rest.
 */
import type { FigureMention } from '../mentions';
import { LENDER_BEFORE, measuresSomethingElse } from './governs';

export interface CompanyRate {
  figure: FigureMention;
  /** The company, producer group or label the rate is for ("Acme Corp", "all others"). */
  target: string;
}

// Who pays: "faces a rate of", "will pay", "was assigned", "received", "gets", "was set at".
const PAYS_BEFORE =
  /(?<![\p{L}-])(?:(?:will|would|must|could|may|to|now|also|instead)\s+)?(?:pays?|paid|paying|faces?|faced|facing|assigned|receives?|received|receiving|gets?|got|getting|drew|draws?|(?:is|are|was|were|be|been|being)\s+(?:assigned|given|set\s+at|hit\s+with|subject\s+to)|set\s+at)\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:rate|margin|duty|levy)\s+of\s+)?(?:(?:about|around|roughly|nearly|almost|just\s+over|just\s+under|up\s+to|as\s+much\s+as|as\s+high\s+as)\s+)?$/iu;
// Where the clause of the rate starts: a comma, semicolon or colon, or a clause word.
const CLAUSE_START = /[,;:]\s+(?:(?:while|whereas|but|and|with|as)\s+)?|\s(?:while|whereas|but|and|with|as)\s+/g;
// A subject that is a producer: a capitalized name, or a producer noun ("all other producers").
const PRODUCER = /(?<![\p{L}-])(?:producers?|exporters?|importers?|companies|company|firms?|mills?|makers?|manufacturers?|suppliers?|respondents?|others|rest|shippers?|growers?|plants?)(?![\p{L}-])|^(?:\p{Lu}[\p{L}&.'’-]*\s*){1,6}$/u;
// Subjects that are markets, people or the economy: "Shares of Acme", "investors", "the economy".
const NOT_PRODUCER = /(?<![\p{L}-])(?:shares?|stocks?|investors?|shareholders?|bondholders?|savers?|depositors?|borrowers?|consumers?|shoppers?|households?|workers?|employees?|taxpayers?|economy|market|index|bonds?|analysts?|economists?|it|they|he|she|we|you|i)(?![\p{L}-])/iu;
// What the percent pays besides a duty: "5% interest", "30% tax", "a 12% dividend".
const OTHER_PAYMENT_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:dividends?|interest|tax(?:es)?|royalt(?:y|ies)|commissions?|fees?|coupons?|yields?|wages?|raises?|premiums?|returns?|stake|discount|off)(?![\p{L}-])/iu;
// A measure named in the clause before the percent: "profit margin of 8%", "market share of 20%".
const OTHER_MEASURE = /(?<![\p{L}-])(?:profits?|(?:operating|gross|net|profit|trading|its|their)\s+margins?|market\s+share|stake|growth|inflation|interest|yields?|dividends?|revenues?|sales|earnings|output|unemployment|wages?|salar(?:y|ies)|tax\s+rate|interest\s+rate|votes?|voted|polls?|surveys?|support|approv\w*)(?![\p{L}-])|['’]s?\s+margins?(?![\p{L}-])/iu;
// "24.9 per cent for Windco", "58.1% for all others".
const FOR_NAME_AFTER = /^\s+for\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|Its|Their)\b)((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|de|of))*|all\s+others?(?:\s+[\p{L}-]+)?|(?:the\s+)?other\s+[\p{L}-]+)/u;
// A table entry: "Indonesia: Company A 86.4%;", "; all others 58.1%".
const ENTRY_BEFORE = /(?:^|[:;]\s*|[.;]\s+)((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|de|of)){0,5}|[Aa]ll\s+others?(?:\s+[\p{L}-]+)?|[Oo]thers)\s*$/u;
const ENTRY_AFTER = /^\s*(?:[;.,]|$)/;
// A short gap that continues a list of rates: ", Borealis ", " and Delta Wire ", "; ".
const LIST_GAP = /^(?:\s+for\s+[^,;.]{1,60})?(?:\s*[,;]\s*|,?\s+(?:and|while)\s+)((?:\p{Lu}[\p{L}\d&.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\d&.'’-]*|&|de|of)){0,5}|all\s+others?(?:\s+[\p{L}-]+)?)?\s*$/u;

// A "rate" a few words before the percent, in the same clause: "a rate of 41.2%", "the rate for Acme was set at 41.2%".
const RATE_IN_CLAUSE = /(?<![\p{L}-])rates?(?![\p{L}-])(?:\s+[^\s,;:]+){0,7}?\s+(?:of|at|is|was|were|are|to|be|stands?|stood|came\s+to)\s+(?:(?:about|around|roughly|nearly|almost|up\s+to|as\s+high\s+as)\s+)?$/iu;
const OTHER_RATE_BEFORE = /(?<![\p{L}-])(?:interest|policy|key|benchmark|mortgage|exchange|growth|unemployment|jobless|inflation|tax|savings|lending|deposit|repo|prime|funds|annual|annualized|vacancy|utilization|participation|default|conversion|response|approval|success|birth|death|crime)\s+$/iu;

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
  if (rate && !OTHER_RATE_BEFORE.test(before.slice(0, rate.index)) && !LENDER_BEFORE.test(before.slice(Math.max(0, rate.index - 50), rate.index))) return forName || (/\bfor\s+([^,;]+?)\s+(?:is|was|were|are|will|stands?|stood|came)\b/.exec(rate[0])?.[1] ?? '');
  // A list that continues from the previous rate of the same sentence.
  if (prev) {
    const gap = paragraph.slice(prev.end, f.start);
    const listed = LIST_GAP.exec(gap);
    if (listed && gap.split(/\s+/).length <= 10) return listed[1] ?? forName;
  }
  if (forName) return forName;
  const entry = ENTRY_BEFORE.exec(before);
  if (entry && ENTRY_AFTER.test(after)) return entry[1];
  return null;
}
