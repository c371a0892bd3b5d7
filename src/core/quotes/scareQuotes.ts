/**
 * Tells a quotation from a term in quotation marks. “Liberation Day”, the “phase-one” deal and
 * so-called "reciprocal tariffs" name things; “opportunity” in "Bessent said talks present an
 * “opportunity”" reproduces words someone said.
 */

const LETTER = /\p{L}/u;
const SO_CALLED = /\bso[- ]called\s*$/i;
// A term being named: the duties, known locally as “retenciones”; a levy dubbed the “chicken tax”.
const NAMED_AS = /(?:\bknown(?:\s+\p{L}+ly)?\s+as|\bdubbed|\btermed|\bnicknamed|\bbranded|\breferred\s+to\s+as|\bwhat\s+(?:is|are|was|were)\s+called)(?:\s+(?:the|a|an))?\s*$/iu;
// One lower-case word governed by a preposition names a thing: a tariff for “transshipping.”
const PREPOSITION_BEFORE = /(?:^|\s)(?:for|of|on|against|about|over|from|into|by|via)\s*$/i;
// The opening mark starts a sentence of its own: “Nobody.” after “…,” he said.
const SENTENCE_OPENS = /(?:^|[.!?…]["”’']?)\s*$/;
const WORD = /[^\s]+/g;
const CAPITALIZED_OR_NUMBER = /^[\p{Lu}\p{N}$€£(]/u;
const MINOR_WORD = /^(?:of|and|the|for|on|in|to|a|an|&|de|du|la)$/;
// A lower-case word right after the closing mark that the quoted word modifies ("“phase-one” trade deal").
const FUNCTION_WORD = /^(?:for|to|of|in|on|at|with|from|by|and|or|but|that|which|as|than|is|was|were|are|be|been|will|would|has|had|have|can|could|should|may|might|into|over|about|against|because|if|when|while|after|before)$/;

// “Closed,” she said / “Closed” said Mr. Kell: what follows is the attribution, not a noun.
const SPEAKER_NEXT = /^(?:he|she|they|it|we|said|says|added|told|wrote|according)$/;

/** How a quoted stretch reads, given the words inside and around it. */
export interface QuotedStretch {
  inner: string;
  /** The text before the opening mark (a few words are enough). */
  before: string;
  /** The text after the closing mark. */
  after: string;
  /** Whether its sentence has a speech verb ("said", "told", "according to"). */
  sentenceHasSpeech: boolean;
}

/** True when the marks hold a term or name rather than someone's words. */
export function isScareQuote({ inner, before, after, sentenceHasSpeech }: QuotedStretch): boolean {
  if (!LETTER.test(inner)) return true;
  if (SO_CALLED.test(before)) return true;
  const words = inner.match(WORD) ?? [];
  if (words.length < 5 && NAMED_AS.test(before)) return true;
  if (words.length === 1 && /^\p{Ll}/u.test(inner) && PREPOSITION_BEFORE.test(before)) return true;
  // A quoted word that is a sentence by itself ("Nobody." "Never!") is speech.
  if (/^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner.trim()) && SENTENCE_OPENS.test(before)) return false;
  // Words that end in a stop or a comma inside the marks read as speech ("Closed," she said).
  const endsSentence = /[.!?…,]$/.test(inner.trim());
  if (words.length >= 5) return false;
  // A whole short sentence ("We will win.") is speech even when its attribution sits elsewhere.
  if (/^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner.trim()) && words.length >= 2) return false;
  // A title-case name: “Liberation Day”, "Section 301", “America First”.
  if (!endsSentence && words.every((w) => CAPITALIZED_OR_NUMBER.test(w) || MINOR_WORD.test(w))) return true;
  // One word modifying the noun after it: the "transshipping" tariff, a “phase-one” trade deal.
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after);
  if (words.length === 1 && !/[,;:.!?]$/.test(inner) && next && !FUNCTION_WORD.test(next[1]) && !SPEAKER_NEXT.test(next[1])) return true;
  return !sentenceHasSpeech;
}
