/**
 * Tells a quotation from a term in quotation marks, as an ordered rule list (first match wins).
 * “Liberation Day”, the “phase-one” deal and so-called "reciprocal tariffs" name things;
 * “opportunity” in "Bessent said talks present an “opportunity”" reproduces words someone said.
 */
import { decide, type Rule } from '../rules/rule';
import { ASSESSMENT_LEAD_INS, FRAGMENT_OPENERS, FUNCTION_WORDS, SPEAKER_NEXT, TERM_PREPOSITIONS, TITLE_CASE_MINOR, TITLE_NOUNS } from '../lexicon/speechVerbs';
import { rx } from '../lexicon/wordList';

/** How a quoted stretch reads, given the words inside and around it. */
export interface QuotedStretch {
  inner: string;
  /** The text before the opening mark (a few words are enough). */
  before: string;
  /** The text after the closing mark. */
  after: string;
  /** Whether its sentence has a speech verb ("said", "told", "according to"). */
  sentenceHasSpeech: boolean;
  /** Whether a speech verb with a speaker before it reports the clause the marks sit in ("He noted that …"). */
  inReportedClause?: boolean;
}

type Verdict = 'quote' | 'term';

const LETTER = /\p{L}/u;
const SO_CALLED = /\bso[- ]called\s*$/i;
// A term being named: the duties, known locally as “retenciones”; a levy dubbed the “chicken tax”.
const NAMED_AS = /(?:\bknown(?:\s+\p{L}+ly)?\s+as|\bdubbed|\btermed|\bnicknamed|\bbranded|\breferred\s+to\s+as|\bwhat\s+(?:is|are|was|were)\s+called)(?:\s+(?:the|a|an))?\s*$/iu;
const PREPOSITION_BEFORE = rx('i')`(?:^|\s)${TERM_PREPOSITIONS}\s*$`;
// The opening mark starts a sentence of its own: “Nobody.” after “…,” he said.
const SENTENCE_OPENS = /(?:^|[.!?…]["”’']?)\s*$/;
const WORD = /[^\s]+/g;
const CAPITALIZED_OR_NUMBER = /^[\p{Lu}\p{N}$€£(]/u;
/** "the NBC program “Today,”" / "the “Today” show": a title named beside its kind. */
const TITLE_NOUN_BEFORE = rx('iu')`\b${TITLE_NOUNS}\s*,?\s*$`;
const ASSESSMENT_BEFORE = rx('i')`(?:^|\s)${ASSESSMENT_LEAD_INS}\s*$`;
const POSSESSIVE_BEFORE = /\p{L}['’]s\s*$/u;
const TITLE_NOUN_AFTER = rx('iu')`^[,]?\s+${TITLE_NOUNS}\b`;

const wordsOf = (s: QuotedStretch) => s.inner.match(WORD) ?? [];
const capitalized = (s: QuotedStretch) => /^\p{Lu}/u.test(s.inner);
const endsWithStop = (s: QuotedStretch) => /[.!?]$/.test(s.inner.trim());
const titleCase = (s: QuotedStretch) => wordsOf(s).every((w) => CAPITALIZED_OR_NUMBER.test(w) || TITLE_CASE_MINOR.words.has(w));

export const isQuoteRules: Rule<QuotedStretch, Verdict>[] = [
  {
    id: 'quote.term.no-words',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'no letter between the marks',
    reason: 'marks around figures or signs only, not words anyone said',
    when: (s) => !LETTER.test(s.inner) && 'term',
    examples: [{ text: 'The pipe was 12" wide; the duty, “—”, was listed later, Ana Ruiz said.', fact: '—' }],
    counterExamples: [{ text: '“We will answer in kind,” the minister said.', fact: 'We will answer' }],
  },
  {
    id: 'quote.term.so-called',
    kind: 'quote',
    decides: 'isQuote',
    anchor: '"so-called" before the marks',
    reason: 'a so-called term is a name for something, not a quotation',
    when: (s) => SO_CALLED.test(s.before) && 'term',
    examples: [{ text: 'The so-called “reciprocal tariffs” start Monday, Ana Ruiz said.', fact: 'reciprocal tariffs' }],
    counterExamples: [{ text: 'The so-called “reciprocal” duties start Monday. “They are a tax on families,” Ana Ruiz said.', fact: 'They are a tax' }],
  },
  {
    id: 'quote.term.named-as',
    kind: 'quote',
    decides: 'isQuote',
    anchor: '"known as", "dubbed", "termed", "branded" right before a short quoted name',
    reason: 'a short name given to something ("dubbed the …"), not a quotation',
    when: (s) => wordsOf(s).length < 5 && NAMED_AS.test(s.before) && 'term',
    examples: [{ text: 'The levy, dubbed the “chicken tax,” stays, Ana Ruiz said.', fact: 'chicken tax' }],
    counterExamples: [{ text: 'The levy, dubbed the “chicken tax,” stays. “It never made sense,” said Tom Reyes.', fact: 'It never made sense' }],
  },
  {
    id: 'quote.term.title-of-work',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a show, program, plan or act named beside the marks',
    reason: 'the title of a show, plan or act, not someone’s words',
    when: (s) => wordsOf(s).length < 5 && capitalized(s) && (TITLE_NOUN_BEFORE.test(s.before) || TITLE_NOUN_AFTER.test(s.after)) && 'term',
    examples: [{ text: 'Ana Ruiz, speaking on the CBN program “Today,” said talks would resume.', fact: 'Today' }],
    counterExamples: [{ text: 'Speaking on the program, Ana Ruiz said the duties were “a mistake we will regret.”', fact: 'a mistake we will regret' }],
  },
  {
    id: 'quote.term.possessive-name',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a short lower-case phrase right after an owner’s ’s (the EU’s “anti-coercion instrument”)',
    reason: 'a name for something its owner has, not someone’s words',
    when: (s) => wordsOf(s).length <= 4 && /^\p{Ll}/u.test(s.inner) && !/[.!?,;:…]$/.test(s.inner.trim()) && POSSESSIVE_BEFORE.test(s.before) && 'term',
    examples: [{ text: 'The bloc’s “anti-coercion instrument” could be used, Ana Ruiz said.', fact: 'anti-coercion instrument' }],
    counterExamples: [{ text: 'Ana Ruiz’s answer was blunt: “We will not be rushed.”', fact: 'We will not be rushed' }],
  },
  {
    id: 'quote.term.preposition-word',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'one lower-case word after "for", "of", "against" …',
    reason: 'one word named after a preposition (a tariff for “transshipping”) is a term',
    when: (s) => wordsOf(s).length === 1 && /^\p{Ll}/u.test(s.inner) && PREPOSITION_BEFORE.test(s.before) && 'term',
    examples: [{ text: 'Ana Ruiz said the fines for “transshipping” would double.', fact: 'transshipping' }],
    counterExamples: [{ text: 'Ana Ruiz said the cuts were “premature.”', fact: 'premature' }],
  },
  {
    id: 'quote.is.sentence-alone',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a capitalized sentence ending in . ! ? that opens a sentence of its own',
    reason: 'a whole sentence in quotation marks is speech',
    when: (s) => capitalized(s) && endsWithStop(s) && SENTENCE_OPENS.test(s.before) && 'quote',
    examples: [{ text: '“Tariffs are taxes,” Ana Ruiz said. “Nobody wins.”', fact: 'Nobody wins.' }],
    counterExamples: [{ text: 'Ana Ruiz called the plan “a tax on every family in the country.”', fact: 'a tax on every' }],
  },
  {
    id: 'quote.is.long',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'five words or more between the marks',
    reason: 'five words or more in quotation marks reproduce what someone said',
    when: (s) => wordsOf(s).length >= 5 && 'quote',
    examples: [{ text: 'Ana Ruiz called the plan “a tax on every family in the country.”', fact: 'a tax on every' }],
    counterExamples: [{ text: 'Ana Ruiz said the duties were “premature.”', fact: 'premature' }],
  },
  {
    id: 'quote.is.short-sentence',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a short capitalized sentence ending in . ! ?',
    reason: 'a short whole sentence ("We will win.") is speech',
    when: (s) => capitalized(s) && endsWithStop(s) && wordsOf(s).length >= 2 && 'quote',
    examples: [{ text: 'Ana Ruiz was blunt: the answer, she said, was “No deal yet.”', fact: 'No deal yet.' }],
    counterExamples: [{ text: 'Ana Ruiz said the duties were “premature.”', fact: 'premature' }],
  },
  {
    id: 'quote.is.fragment',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a quoted piece that opens with "and", "without", "to" … (a part of someone’s sentence)',
    reason: 'a piece of a sentence in quotation marks ("without exceptions") reproduces someone’s words',
    when: (s) => wordsOf(s).length >= 2 && /^\p{Ll}/u.test(s.inner) && FRAGMENT_OPENERS.has(wordsOf(s)[0] ?? '') && 'quote',
    examples: [{ text: 'The White House raised the duty to 25% “without exceptions or exemptions” on Monday.', fact: 'without exceptions' }],
    counterExamples: [{ text: 'Brazil objected to the “reciprocal tariff” label on Monday.', fact: 'reciprocal tariff' }],
  },
  {
    id: 'quote.term.title-case',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'every word capitalized (“Liberation Day”, “America First”)',
    reason: 'a title-case name in quotation marks is a term, not a quotation',
    when: (s) => !/[.!?…,]$/.test(s.inner.trim()) && titleCase(s) && 'term',
    examples: [{ text: 'Ana Ruiz said “Liberation Day” had shaken markets.', fact: 'Liberation Day' }],
    counterExamples: [{ text: 'Ana Ruiz said the duties were “premature.”', fact: 'premature' }],
  },
  {
    id: 'quote.is.reported-word',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'one plain word after "a", "was", "very" … inside a clause a named speaker reports ("He noted that … a “dramatic” reaction")',
    reason: 'a word someone used, inside what they are reported to have said',
    when: (s) => wordsOf(s).length === 1 && /^\p{Ll}+$/u.test(s.inner) && !!s.inReportedClause && ASSESSMENT_BEFORE.test(s.before) && 'quote',
    examples: [{ text: 'Ana Ruiz noted that there was a “dramatic” jump in orders in May.', fact: 'dramatic' }],
    counterExamples: [
      { text: 'Ana Ruiz noted that the “phase-one” deal had lapsed.', fact: 'phase-one' },
      { text: 'Ana Ruiz said the “transshipping” tariff would start in May.', fact: 'transshipping' },
      { text: 'Ana Ruiz said she would impose “reciprocal” duties on steel.', fact: 'reciprocal' },
    ],
  },
  {
    id: 'quote.term.modifier',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'one quoted word before the noun it modifies (the “phase-one” deal)',
    reason: 'one quoted word modifying the noun after it names a thing',
    when: (s) => {
      const words = wordsOf(s);
      const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(s.after);
      return words.length === 1 && !/[,;:.!?]$/.test(s.inner) && !!next && !FUNCTION_WORDS.has(next[1]) && !SPEAKER_NEXT.has(next[1]) && 'term';
    },
    examples: [{ text: 'Ana Ruiz said the “phase-one” deal had lapsed.', fact: 'phase-one' }],
    counterExamples: [{ text: 'Ana Ruiz called the duties “premature,” and left.', fact: 'premature' }],
  },
  {
    id: 'quote.is.attributed',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a speech verb in the same sentence ("said", "told", "according to")',
    reason: 'its sentence says who said it',
    when: (s) => s.sentenceHasSpeech && 'quote',
    examples: [{ text: 'Ana Ruiz said the duties were “premature.”', fact: 'premature' }],
    counterExamples: [{ text: '“Tariffs are taxes,” Ana Ruiz said. “Nobody wins.”', fact: 'Nobody wins.' }],
  },
  {
    id: 'quote.term.unattributed',
    kind: 'quote',
    decides: 'isQuote',
    anchor: 'a short quoted phrase with no speech verb in its sentence',
    reason: 'a short phrase in quotation marks that nobody is said to have said is a term',
    when: () => 'term',
    examples: [{ text: 'Brazil objected to the “reciprocal tariff” label on Monday.', fact: 'reciprocal tariff' }],
    counterExamples: [{ text: 'Ana Ruiz said the duties were “premature.”', fact: 'premature' }],
  },
];

/** The rule that decides whether the marks hold someone's words ('quote') or a term ('term'). */
export function judgeQuoted(s: QuotedStretch): { value: Verdict; rule: string } {
  return decide(isQuoteRules, s) ?? { value: 'term', rule: 'quote.term.unattributed' };
}

/** True when the marks hold a term or name rather than someone's words. */
export function isScareQuote(s: QuotedStretch): boolean {
  return judgeQuoted(s).value === 'term';
}
