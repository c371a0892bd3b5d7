/**
 * Attribution cues: a speech verb and who it says spoke ("Ms. Cutler said", "said Wendy Cutler, a
 * vice president…", "he wrote", "a government source said"). Reads text whose quoted words are
 * blanked (see maskQuotes), so names inside a quotation are never taken for its speaker.
 */
import type { Attribution } from '../mentions';
import type { Bounds } from './sentences';
import {
  ADVERBIAL_OPENERS,
  ARTICLES,
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_WORDS,
  DOCUMENT_NOUNS,
  HONORIFIC_GENDER,
  INDEFINITE_OPENERS,
  NAME_PARTICLES,
  ORG_HEAD,
  POSSESSIVE_DETERMINERS,
  PRONOUNS,
  ROLE_DETERMINERS,
  ROLE_NOUNS,
  SPEECH_VERB,
  TITLE_WORDS,
  VIA_NOUNS,
} from '../lexicon/speechVerbs';
import { isAbbreviation } from '../lexicon/abbreviations';
import { rx } from '../lexicon/wordList';
import { countryOfPlace } from '../countries';
import type { Tok } from '../lexicon/tokens';
import { lowerBound } from './search';
import { BODY_KIND_WORDS, LEGISLATOR_REFERENCES, TITLE_HEADS, TRADE_ROLES } from '../lexicon/titles';

/** A lower-case role before a name: "said trade lawyer Omar Haddad", "said plant manager …". */
const ROLE_HEADS = { has: (w: string) => TITLE_HEADS.has(w) || TRADE_ROLES.has(w) };

/** A speech verb and the speaker it names (null when none could be read). */
export interface Cue {
  verbStart: number;
  verbEnd: number;
  /** Index of the sentence the verb sits in. */
  sentence: number;
  attribution: Attribution | null;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const HARD_STOP = /[,;:—–()“”"„_`!?]/;
const CAPITALIZED = /^\p{Lu}/u;
// A token ending in "." that is an abbreviation, not the end of a sentence: "U.S.", "Corp.", "J.", "Mr.".
const ABBREVIATION = { test: (t: string): boolean => /^(?:\p{L}\.)+$/u.test(t) || (/^\p{Lu}/u.test(t) && isAbbreviation(t)) };
const DETERMINER = { test: (t: string) => ROLE_DETERMINERS.has(t) };
const MINOR = /^(?:of|and|for|the|&)$/;

/**
 * The paragraph's tokens (lexicon/tokens.ts) while findCues reads it: the cues read the same words
 * as the sentence splitter and the people rules, not a tokenizer of their own.
 */
let paragraphTokens: readonly Tok[] = [];

/**
 * Word tokens of text[from, to), at most `limit` of them (phrases are short; keeps the work local).
 * Words inside a blanked quotation are skipped; a possessive 's and a full stop right after a word
 * stay on it ("Canada's", "Liu."), as the phrase readers expect.
 */
function tokensIn(text: string, from: number, to: number, limit = 40): Token[] {
  const out: Token[] = [];
  const toks = paragraphTokens;
  for (let k = lowerBound(toks, from, (t) => t.start); k < toks.length && toks[k].start < to && out.length < limit; k++) {
    const t = toks[k];
    if (!t.word || text[t.start] === '_') continue;
    let end = t.poss ? t.end + 2 : t.end;
    if (text[end] === '.' && !t.text.endsWith('.')) end++;
    end = Math.min(end, to);
    out.push({ text: text.slice(t.start, end), start: t.start, end });
  }
  return out;
}

const bare = (t: Token) => t.text.replace(/['’]s$/, '').replace(/\.$/, '').toLowerCase();
// "secretary-general", "director-general": a hyphenated title counts by its first word.
const isTitle = (t: Token) => !/['’]s$/.test(t.text) && (TITLE_WORDS.has(t.text.toLowerCase()) || TITLE_WORDS.has(bare(t)) || TITLE_WORDS.has(bare(t).split('-')[0]));
const isHonorific = (t: Token) => t.text.toLowerCase() in HONORIFIC_GENDER;
const phraseText = (text: string, toks: Token[]) => text.slice(toks[0].start, toks[toks.length - 1].end).replace(/\.$/, '');

/** "(DISCUS)" after a name, an acronym in brackets; closed or not (the tokens skip the closing one). */
const BRACKETED = /\s*\([^()]{1,20}\)?\s*$/;

function nameAttribution(text: string, toks: Token[]): Attribution | null {
  while (toks.length && /^(?:the|a|an)$/i.test(toks[0].text)) toks = toks.slice(1);
  if (!toks.length) return null;
  if (toks.length === 1 && PRONOUNS[toks[0].text.toLowerCase()]) return { kind: 'pronoun', pronoun: PRONOUNS[toks[0].text.toLowerCase()]! };
  // ("… Commerce and Industry said", "… Importers and Exporters (AMIE) called": a capitalized role noun inside a
  // sentence ends a body's name; the name reader finds the body around it.)
  const inName = CAPITALIZED.test(toks[0].text) && /(?:\p{L}|,)\s+$/u.test(text.slice(Math.max(0, toks[0].start - 4), toks[0].start));
  if (toks.length === 1 && (/^(?:I|We|You)$/.test(toks[0].text) || (ROLE_NOUNS.has(toks[0].text) && !inName))) {
    return /^(?:I|We|You)$/.test(toks[0].text) ? null : { kind: 'description', text: toks[0].text };
  }
  const last = toks[toks.length - 1];
  let end = last.text.endsWith('.') && !ABBREVIATION.test(last.text) ? last.end - 1 : last.end;
  // "The Viet Nam Plastics Association (VPA), whose members …, said": the acronym in brackets is not part of the name.
  const name = text.slice(toks[0].start, end).replace(BRACKETED, '');
  if (name) end = toks[0].start + name.length;
  return { kind: 'name', name: name || text.slice(toks[0].start, end), start: toks[0].start, end };
}

/** Reads a run of capitalized words: the name after the last honorific or title, or the whole run. */
function fromRun(text: string, run: Token[], phrase: Token[]): Attribution | null {
  let h = -1;
  let t = -1;
  run.forEach((tok, i) => {
    if (isHonorific(tok)) h = i;
    else if (isTitle(tok)) t = i;
  });
  if (h >= 0) return nameAttribution(text, run.slice(h + 1));
  if (t >= 0) {
    const after = run.slice(t + 1);
    return after.length ? nameAttribution(text, after) : { kind: 'description', text: phraseText(text, phrase) };
  }
  return nameAttribution(text, run);
}

/** "… of the law firm <Name>": where "of the" stands before the kind words ending at k, with a capitalized word before it; else -1. */
function kindBefore(toks: Token[], k: number): number {
  let s = k;
  while (s > 0 && k - s < 2 && /^\p{Ll}/u.test(toks[s - 1].text) && toks[s - 1].text !== 'the') s--;
  return toks[s - 1]?.text === 'the' && toks[s - 2]?.text === 'of' && s - 2 > 0 && CAPITALIZED.test(toks[s - 3].text) ? s - 2 : -1;
}

/** Trailing capitalized run of a phrase ("Chinese Embassy spokesman Liu Pengyu" → "Liu Pengyu"). */
function trailingRun(toks: Token[]): Token[] {
  let i = toks.length;
  while (i > 0) {
    const tok = toks[i - 1];
    if (CAPITALIZED.test(tok.text)) i--;
    else if (i < toks.length && (NAME_PARTICLES.has(tok.text) || MINOR.test(tok.text)) && i - 1 > 0 && CAPITALIZED.test(toks[i - 2].text)) i--;
    // "Idris Maclennan of the Penrose Economic Forum told me": "of the" joins a name to its body as "of" does,
    // past the body's kind ("Priya Mendelsohn of the law firm Carrow Basset LLP said").
    else if (i < toks.length && tok.text === 'the' && toks[i - 2]?.text === 'of' && i - 2 > 0 && CAPITALIZED.test(toks[i - 3].text)) i -= 2;
    else if (i < toks.length && BODY_KIND_WORDS.has(tok.text) && kindBefore(toks, i - 1) > 0) i = kindBefore(toks, i - 1);
    else break;
  }
  return toks.slice(i);
}

/** Who a phrase read backwards from the verb names: "Ms. Cutler", "he", "A White House official". */
/**
 * "His office said …", "Lindqvist-Marsh's office said …": a person's office speaks for the person
 * (a title's office, "the Trade Representative's office", is a body and is read as one).
 */
function officeOf(text: string, toks: Token[]): Attribution | null {
  const n = toks.length;
  if (n < 2 || toks[n - 1].text.toLowerCase() !== 'office') return null;
  const owner = toks[n - 2];
  const pronoun = OFFICE_OWNERS[owner.text.toLowerCase()];
  if (pronoun) return n === 2 ? { kind: 'pronoun', pronoun } : null;
  if (!/['’]s$/.test(owner.text) || !CAPITALIZED.test(owner.text) || isTitle({ ...owner, text: owner.text.slice(0, -2) })) return null;
  const run = trailingRun(toks.slice(0, n - 1));
  if (!run.length || run.some((t) => isTitle(t) || ORG_HEAD.has(bare(t)))) return null;
  const lastTok = run[run.length - 1];
  return nameAttribution(text, [...run.slice(0, -1), { ...lastTok, text: lastTok.text.slice(0, -2), end: lastTok.end - 2 }]);
}
const OFFICE_OWNERS: Record<string, 'he' | 'she' | undefined> = { his: 'he', her: 'she' };

// "the Ohio Democrat", "the Irish MEP", "the Labour MP": a legislator described by place or party, named before.
const describesLegislator = (toks: Token[], run: Token[]): boolean =>
  run.length > 0 && run.length <= 3 && /^the$/i.test(toks[toks.indexOf(run[0]) - 1]?.text ?? '') && LEGISLATOR_REFERENCES.has(run[run.length - 1].text.replace(/\.$/, ''));

export function readSubject(text: string, toks: Token[]): Attribution | null {
  while (toks.length && BETWEEN_SUBJECT_AND_VERB.has(toks[toks.length - 1].text.toLowerCase())) toks = toks.slice(0, -1);
  while (toks.length > 1 && /ly$/.test(toks[toks.length - 1].text) && !CAPITALIZED.test(toks[toks.length - 1].text)) toks = toks.slice(0, -1);
  if (!toks.length) return null;
  const last = toks[toks.length - 1];
  const pronoun = PRONOUNS[last.text.toLowerCase()];
  if (pronoun && toks.length <= 2) return { kind: 'pronoun', pronoun };
  const office = officeOf(text, toks);
  if (office) return office;
  const run = trailingRun(toks);
  // "an official of Toyota Motor Corp.", "a spokesman for the ministry": someone unnamed.
  const roleAt = toks.findIndex((t) => ROLE_NOUNS.has(t.text));
  if (INDEFINITE_OPENERS.has(toks[0].text) && roleAt >= 0 && (!run.length || roleAt < toks.indexOf(run[0]))) {
    return { kind: 'description', text: phraseText(text, toks) };
  }
  if (describesLegislator(toks, run)) return { kind: 'description', text: phraseText(text, toks) };
  if (run.length) {
    // "The Chinese Embassy in Ottawa said": the body speaks; the place after "in" is where it sits.
    const at = toks.indexOf(run[0]);
    // ("The Chinese Embassy in The Hague said": a city too.)
    if (at >= 2 && /^(?:in|at)$/i.test(toks[at - 1].text) && (countryOfPlace(phraseText(text, run)) || run.length <= 3)) {
      const body = trailingRun(toks.slice(0, at - 1));
      if (body.some((t) => ORG_HEAD.has(bare(t)))) return fromRun(text, body, body);
    }
    // "the US Trade Representative's office" names the office, not a person.
    return fromRun(text, run, toks);
  }
  if (ORG_HEAD.has(last.text.toLowerCase()) && toks.length > 1) {
    const before = trailingRun(toks.slice(0, -1));
    if (before.length) return nameAttribution(text, [...before, last]);
  }
  // "the notice said", "a statement said": a document speaks for whoever issued it.
  if (!run.length && DOCUMENT_NOUNS.has(last.text) && DETERMINER.test(toks[0].text)) return { kind: 'description', text: phraseText(text, toks) };
  if (toks.some((t) => ROLE_NOUNS.has(t.text) || isTitle(t)) && (DETERMINER.test(toks[0].text) || /['’]s$/.test(toks[0].text))) {
    return { kind: 'description', text: phraseText(text, toks) };
  }
  // "Mr. Rekk has posted several messages online saying …": the sentence's subject.
  return leadSubject(text, toks);
}

/**
 * The capitalized run a clause opens with, read as its subject ("Mr. Trump has issued posts …").
 * A preposition that opens the sentence is not a name: "Outside the hearing room", "Its chief".
 */
function leadSubject(text: string, toks: Token[]): Attribution | null {
  const lead: Token[] = [];
  for (const tok of toks) {
    if (CAPITALIZED.test(tok.text) || (lead.length && NAME_PARTICLES.has(tok.text))) lead.push(tok);
    else break;
  }
  if (!lead.length || ADVERBIAL_OPENERS.has(lead[0].text) || POSSESSIVE_DETERMINERS.has(lead[0].text)) return null;
  const next = toks[lead.length];
  if (lead.length === 1 && next && ARTICLES.has(next.text)) return null;
  return fromRun(text, lead, lead);
}

/**
 * Who a participle after a comma speaks for: the subject the sentence opens with ("Commerce
 * Secretary Gregory Hale defended the levy before the Senate Finance Committee, telling …").
 */
function participleSubject(masked: string, from: number, verbStart: number): Attribution | null {
  // Read at most a few hundred characters back, so a run-on sentence of participles stays linear.
  from = Math.max(from, verbStart - SUBJECT_REACH);
  let segStart = from;
  for (let i = from; i <= verbStart; i++) {
    if (i !== verbStart && masked[i] !== ',') continue;
    const toks = tokensIn(masked, segStart, i);
    segStart = i + 1;
    if (!toks.length || ADVERBIAL_OPENERS.has(toks[0].text)) continue;
    const pronoun = PRONOUNS[toks[0].text.toLowerCase()];
    if (pronoun) return { kind: 'pronoun', pronoun };
    return leadSubject(masked, toks);
  }
  return null;
}

/** Who a phrase read forwards from an inverted verb names: "said Wendy Cutler, a vice president". */
function readInvertedSubject(text: string, toks: Token[]): Attribution | null {
  while (toks.length && BETWEEN_SUBJECT_AND_VERB.has(toks[0].text.toLowerCase())) toks = toks.slice(1);
  if (!toks.length) return null;
  const pronoun = PRONOUNS[toks[0].text.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', pronoun };
  let i = 0;
  if (/^the$/i.test(toks[0].text) && toks[1] && CAPITALIZED.test(toks[1].text)) i = 1;
  // "said chief executive Annabel Ruthven", "said trade lawyer Omar Haddad": a lower-case title before the name.
  let t0 = 0;
  while (t0 < toks.length && t0 < 4 && !CAPITALIZED.test(toks[t0].text)) t0++;
  if (t0 > 0 && toks[t0] && (isTitle(toks[t0 - 1]) || ROLE_HEADS.has(bare(toks[t0 - 1]))) && CAPITALIZED.test(toks[t0].text) && !/^(?:a|an)$/i.test(toks[0].text)) i = t0;
  const run: Token[] = [];
  for (let k = i; k < toks.length; k++) {
    const tok = toks[k];
    if (CAPITALIZED.test(tok.text) || (run.length && (NAME_PARTICLES.has(tok.text) || MINOR.test(tok.text)) && toks[k + 1] && CAPITALIZED.test(toks[k + 1].text))) run.push(tok);
    else break;
  }
  if (describesLegislator(toks, run) && !ORG_HEAD.has(toks[run.length + i]?.text.toLowerCase() ?? '')) return { kind: 'description', text: phraseText(text, toks.slice(0, run.length + i)) };
  if (run.length) {
    if (ORG_HEAD.has(toks[run.length + i]?.text.toLowerCase() ?? '')) return nameAttribution(text, [...run, toks[run.length + i]]);
    // "said the Federation's trade policy manager, Olivia Brandt": a body's possessive, then its role; the name follows the comma.
    if (/['’]s$/.test(run[run.length - 1].text) && toks.length > run.length + i) return { kind: 'description', text: phraseText(text, toks) };
    // "said Ardent president Lyle Haverkamp": a body, a lower-case title, then the name that speaks.
    let t = run.length + i;
    while (t < toks.length && t - run.length - i < 3 && !CAPITALIZED.test(toks[t].text) && isTitle(toks[t])) t++;
    if (t > run.length + i && toks[t] && CAPITALIZED.test(toks[t].text)) {
      const name: Token[] = [];
      for (let k = t; k < toks.length && (CAPITALIZED.test(toks[k].text) || (name.length && NAME_PARTICLES.has(toks[k].text))); k++) name.push(toks[k]);
      return fromRun(text, name, toks);
    }
    return fromRun(text, run, toks);
  }
  return { kind: 'description', text: phraseText(text, toks.slice(0, 8)) };
}

/** The phrase so far is a title and its portfolio: "Minister of Trade". */
const inPortfolio = (out: Token[]): boolean => out.length >= 3 && CAPITALIZED.test(out[out.length - 1].text) && out.some((t, k) => isTitle(t) && /^(?:of|for)$/.test(out[k + 1]?.text ?? ''));

/** Tokens after an inverted verb, up to the first comma, full stop or quote mark. */
function phraseAfter(masked: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const tok of tokensIn(masked, from, to, 12)) {
    const gap = masked.slice(out.length ? out[out.length - 1].end : from, tok.start);
    // "said Minister of Trade, Industry and Energy Park Seong-hoon": a comma inside a list of portfolios.
    if (HARD_STOP.test(gap) && !(/^,\s+$/.test(gap) && CAPITALIZED.test(tok.text) && inPortfolio(out))) break;
    out.push(tok);
    if (tok.text.endsWith('.') && !ABBREVIATION.test(tok.text)) break;
    if (out.length >= 10) break;
  }
  return out;
}

/** Tokens before a verb, back to the last comma, quote mark or clause word. */
function phraseBefore(masked: string, from: number, verbStart: number): { toks: Token[]; commaBefore: boolean } {
  let j = verbStart - 1;
  while (j >= from && !HARD_STOP.test(masked[j])) j--;
  // "China's Ministry of Commerce (Mofcom) said": an acronym in brackets sits inside the subject.
  if (j >= from && masked[j] === ')' && masked.slice(j + 1, verbStart).trim() === '') {
    const open = masked.lastIndexOf('(', j);
    if (open > from && j - open <= 40) {
      j = open - 1;
      while (j >= from && !HARD_STOP.test(masked[j])) j--;
      const toks = tokensIn(masked, j + 1, open);
      let k = toks.length;
      while (k > 0 && !CLAUSE_WORDS.has(toks[k - 1].text.toLowerCase())) k--;
      return { toks: toks.slice(k), commaBefore: false };
    }
  }
  let toks = tokensIn(masked, j + 1, verbStart);
  let k = toks.length;
  while (k > 0 && !CLAUSE_WORDS.has(toks[k - 1].text.toLowerCase())) k--;
  toks = toks.slice(k);
  const commaBefore = !toks.length && j >= from && masked[j] === ',' && masked.slice(j + 1, verbStart).trim() === '';
  return { toks, commaBefore };
}

/** "Pankaj Bedi, who chairs …, told AFP": the first comma-separated part that is not an adverbial. */
function appositiveSubject(masked: string, from: number, verbStart: number): Attribution | null {
  let j = verbStart - 1;
  while (j >= from && !/[“”"„_`;:—–]/.test(masked[j])) j--;
  let segStart = j + 1;
  let role: Attribution | null = null;
  let clause: Attribution | null = null;
  for (let i = segStart; i <= verbStart; i++) {
    if (i === verbStart || masked[i] === ',') {
      const toks = tokensIn(masked, segStart, i);
      segStart = i + 1;
      if (!toks.length || ADVERBIAL_OPENERS.has(toks[0].text)) continue;
      // "The Japanese minister of trade, Ryutaro Hashimoto, said": the role, then the name.
      if (role && (CLAUSE_WORDS.has(toks[0].text.toLowerCase()) || DETERMINER.test(toks[0].text))) return role;
      if (CLAUSE_WORDS.has(toks[0].text.toLowerCase())) continue;
      const who = readSubject(masked, toks);
      // "Prices will climb, Omar Haddad, a grain importer, told reporters": the reported clause's
      // capitalized first word is not the speaker when a part of its own is a name and nothing else.
      if (who?.kind === 'name' && !isNameOnly(toks)) {
        clause ??= who;
        continue;
      }
      if (who && who.kind !== 'description') return who;
      role ??= who;
    }
  }
  return clause ?? role;
}

/** A part that is only a name: capitalized words and the particles inside names ("Omar Haddad", "Ursula von der Leyen"). */
function isNameOnly(toks: Token[]): boolean {
  return toks.length <= 6 && toks.every((t, i) => CAPITALIZED.test(t.text) || (i > 0 && NAME_PARTICLES.has(t.text)));
}

const PARTICIPLE = /ing$/;
/** "a statement from", "a LinkedIn post by", "a spokeswoman for" after "according to". */
const VIA_DOCUMENT = rx('iu')`^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?${VIA_NOUNS}\s+(?:from|by|of|for)(?=\s)`;
const SUBJECT_REACH = 400;

/**
 * "said the group's executive president, Rodrigo Lins.": the role, then the name set off by a
 * comma. Only a phrase that is all capitalized words up to the next comma or the sentence's end.
 */
function namedAfterRole(masked: string, role: Token[], end: number): Attribution | null {
  if (!role.length) return null;
  const comma = role[role.length - 1].end;
  if (masked[comma] !== ',') return null;
  const name = phraseAfter(masked, comma + 1, end);
  if (!name.length || name.length > 5 || !name.every((t) => CAPITALIZED.test(t.text) || NAME_PARTICLES.has(t.text))) return null;
  const stop = masked.slice(name[name.length - 1].end).match(/^\s*(.)?/)?.[1];
  if (stop !== undefined && !/[,.;]/.test(stop) && !name[name.length - 1].text.endsWith('.')) return null;
  const who = fromRun(masked, name, name);
  return who?.kind === 'name' ? who : null;
}

/** ", which called", ", who also told": a relative pronoun right before the verb. */
const RELATIVE_BEFORE = /,\s*(?:which|who)\s+(?:[\p{Ll}]+ly\s+|also\s+)?$/u;

/**
 * The name a relative clause hangs on: "The plan was welcomed by the Spirits Council (DISCUS),
 * which called it …" → Spirits Council. Only a capitalized run right before the comma.
 */
function relativeAntecedent(masked: string, from: number, verbStart: number): Attribution | null {
  const head = masked.slice(Math.max(from, verbStart - 40), verbStart);
  const rel = RELATIVE_BEFORE.exec(head);
  if (!rel) return null;
  let end = verbStart - head.length + rel.index;
  const bracket = BRACKETED.exec(masked.slice(Math.max(from, end - 24), end));
  if (bracket) end -= bracket[0].length;
  const toks = tokensIn(masked, Math.max(from, end - 120), end);
  const run = trailingRun(toks);
  if (!run.length || ADVERBIAL_OPENERS.has(run[0].text)) return null;
  return nameAttribution(masked, run);
}

/** Finds every speech verb of a masked paragraph and reads who it names. */
export function findCues(masked: string, sentences: Bounds[], toks: readonly Tok[]): Cue[] {
  paragraphTokens = toks;
  try {
    return readCues(masked, sentences);
  } finally {
    paragraphTokens = [];
  }
}

function readCues(masked: string, sentences: Bounds[]): Cue[] {
  const cues: Cue[] = [];
  let s = 0;
  const re = new RegExp(SPEECH_VERB.source, 'gu');
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m[0].length;
    while (s < sentences.length - 1 && sentences[s].end <= verbStart) s++;
    const sent = sentences[s] ?? { start: 0, end: masked.length };
    let b = verbStart;
    while (b > sent.start && /[\s,]/.test(masked[b - 1])) b--;
    const inverted = m[0] === 'according to' || b === sent.start || /[”"]/.test(masked[b - 1]) || masked.slice(b - 2, b) === "''";
    let attribution: Attribution | null = null;
    if (inverted) {
      // "according to a statement from Lindiwe Dube": the statement's author speaks.
      const via = m[0] === 'according to' ? VIA_DOCUMENT.exec(masked.slice(verbEnd, verbEnd + 80)) : null;
      const after = phraseAfter(masked, verbEnd + (via ? via[0].length : 0), sent.end);
      attribution = readInvertedSubject(masked, after);
      if (attribution?.kind === 'description') attribution = namedAfterRole(masked, after, sent.end) ?? attribution;
    }
    // "the Spirits Council (DISCUS), which called it “…”": the body the relative clause hangs on.
    if (!attribution) attribution = relativeAntecedent(masked, sent.start, verbStart);
    if (!attribution) {
      const { toks, commaBefore } = phraseBefore(masked, sent.start, verbStart);
      const earlier = cues[cues.length - 1];
      // "…, Claire Dubois said on Tuesday, calling the duties …": the participle speaks for the verb before it.
      if (commaBefore && PARTICIPLE.test(m[0]) && earlier?.sentence === s && earlier.attribution) attribution = earlier.attribution;
      else if (commaBefore && PARTICIPLE.test(m[0])) attribution = participleSubject(masked, sent.start, verbStart);
      else attribution = commaBefore ? appositiveSubject(masked, sent.start, verbStart) : readSubject(masked, toks);
    }
    cues.push({ verbStart, verbEnd, sentence: s, attribution });
  }
  return cues;
}
