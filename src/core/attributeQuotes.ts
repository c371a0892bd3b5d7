import type { LinkedPerson } from './linkPeople';
import type { Attribution, QuoteMention } from './mentions';
import type { Organization, Quote } from './types';
import { ArticleSentences, type ArticleSentence } from './quotes/context';
import type { Paragraph } from './paragraphs';
import { Cast, type Speaker } from './quotes/speakers';
import { lowerBound } from './quotes/search';
import { isOnePerson } from './quotes/roles';
import { decide } from './rules/rule';
import { INDEFINITE_OPENERS } from './lexicon/speechVerbs';
import { interviewNote } from './quotes/interviewNote';
import { speakerKind, speakerRules, type SpeakerCase } from './quotes/speakerRules';
import type { QuoteSentenceMemo } from './quoteSentenceMemo';

/** How far back "he said" may look for its person, and an unattributed quote for its speaker. */
const PRONOUN_PARAGRAPHS = 3;
const CONTINUATION_PARAGRAPHS = 1;
/** How many sentences back, in the paragraph before, a paragraph of quotation looks for the person it is about. */
const PARAGRAPH_SUBJECT_REACH = 3;
/** How far into its sentence a subject may start ("On Friday, Trump …"). */
const SUBJECT_OPENS = 40;
/** How many sentences "he said" reads back at most, so a long run of quotes stays linear. */
const PRONOUN_SENTENCES = 40;
/** A sentence whose subject is a pronoun ("He dismissed …", "She, too, …"). */
const SUBJECT_PRONOUN = /^[\s“”"]*(he|she)\b/i;
/** What may sit between a colon and the quote it introduces: spaces, a line break, the opening mark. */
const INTRO_GAP = /[\s“"„`]/;
/** A sentence that names the speaker of the quote before it. */
const AFTERWORD = /^[\s”"’']*(?:(?:that|this|such|those)\s+(?:was|is|were|are)\s+(?:how|what|the\s+(?:verdict|view|message|warning)\s+(?:of|from))|so\s+(?:said|says))\s/i;

/** What a sentence offers as a speaker: someone, nobody named (null), or nothing at all (undefined). */
type Candidate = Speaker | null | undefined;
/** Whether a sentence without a speech verb still offers its first named person or organization. */
type Loose = 'person' | 'org' | false;

/**
 * Finds the speaker of every quote, in text order, by the ordered rules of quotes/speakerRules.ts
 * (first match wins); this function only reads the article for them:
 * - a name in the quote's own sentence ("Mr. Liu said") → that person, else that organization or
 *   government, else the name as written;
 * - a notice or statement → the body that issued it; a description → the person or organization it
 *   titles ("the prime minister"), else the one person the story quotes by name ("the minister"),
 *   else the description itself ("a ministry spokesperson", reported as described);
 * - "he"/"she" → the nearest earlier sentence's person (the speaker of its quote, the subject of its
 *   speech verb, else the people it names, subject first), skipping people whose "Mr."/"Ms." disagrees,
 *   bylines and credit lines, and subjects that are not one person ("traders say", "the government");
 *   "it" → the nearest organization that speaks or is named;
 * - nothing → a colon that introduces it, the sentence after it, the subject of its own sentence
 *   (for a quoted piece of a sentence), the quote it carries on, the next quote's attribution, the
 *   person the paragraph before is about.
 * Each quote's `because` lists why it is a quote, which cue spoke for it, and the speaker rule.
 */
export function attributeQuotes(quotes: QuoteMention[], people: LinkedPerson[], organizations: Organization[], text: string, paragraphs?: Paragraph[], memo?: QuoteSentenceMemo): Quote[] {
  const cast = new Cast(people, organizations, text);
  const article = new ArticleSentences(text, quotes, paragraphs, memo);
  const speakers: Array<Speaker | null> = [];
  const described: Array<Speaker | null> = [];
  const pending: number[] = [];

  const fromAttribution = (a: Attribution, at: number, from: ArticleSentence, depth: number): Candidate => {
    if (a.kind === 'name') return cast.byName(a.name, a.start, a.end);
    if (a.kind === 'description') return cast.byDescription(a.text, at);
    return depth > 3 ? null : byPronoun(a.pronoun, from, depth + 1);
  };

  /** Who a sentence is about, for a quote `before` it; `loose` also accepts its first named person (or organization, for "it"). */
  const subjectOf = (s: ArticleSentence, before: number, loose: Loose, depth: number): Candidate => {
    const last = lastBelow(s.quotes, before);
    if (last >= 0) return speakers[last];
    for (const c of s.cues) {
      if (c.attribution) {
        const who = fromAttribution(c.attribution, c.verbStart, s, depth);
        if (who !== undefined) return who;
      }
    }
    if (!loose) return undefined;
    const spans = s.quotes.map((q) => quotes[q]);
    if (loose === 'person') {
      const person = cast.subjectPersonIn(s.start, s.end, spans);
      return person ? cast.personSpeaker(person.lp) : undefined;
    }
    const org = cast.firstMentionIn(cast.orgMentions, s.start, s.end, spans);
    return org ? cast.orgSpeaker(org.org) : undefined;
  };

  /** Walks back sentence by sentence from `from` (exclusive) over `paragraphs` paragraphs. */
  const walkBack = (from: ArticleSentence, paragraphs: number, accept: (c: Speaker | null) => boolean, loose: Loose, depth: number, before = quotes.length): Candidate => {
    for (let p = from.paragraph; p >= 0 && p >= from.paragraph - paragraphs; p--) {
      const list = article.of(p);
      for (let k = sentenceBefore(list, from.start); k >= 0; k--) {
        const s = list[k];
        if (s.credit) continue;
        const who = subjectOf(s, before, loose, depth);
        if (who !== undefined && accept(who)) return who;
      }
    }
    return undefined;
  };

  const byPronoun = (pronoun: 'he' | 'she' | 'they' | 'it', from: ArticleSentence, depth: number): Candidate => {
    if (pronoun === 'they') return null;
    if (pronoun === 'it') return walkBack(from, PRONOUN_PARAGRAPHS, (c) => !!c?.org, 'org', depth) ?? null;
    let walked = 0;
    for (let p = from.paragraph; p >= 0 && p >= from.paragraph - PRONOUN_PARAGRAPHS; p--) {
      const list = article.of(p);
      for (let k = sentenceBefore(list, from.start); k >= 0 && walked < PRONOUN_SENTENCES; k--, walked++) {
        const who = personFor(pronoun, list[k], from.start, depth);
        if (who === undefined) continue;
        if (who?.person) cast.learnGender(who.person, pronoun);
        return who;
      }
    }
    return onlyPerson(pronoun) ?? null;
  };

  /** "he said" far from any name, in a story about one person: that person (bylines and credits aside). */
  let named: LinkedPerson[] | undefined;
  const onlyPerson = (pronoun: 'he' | 'she'): Speaker | undefined => {
    // Only whether there is exactly one matters: stop at the second.
    if (!named) {
      named = [];
      for (const lp of people) if (lp.mentions.some((m) => !creditAt(m.start)) && named.push(lp) > 1) break;
    }
    if (named.length !== 1) return undefined;
    const g = cast.genderOf(named[0]);
    return !g || g === pronoun ? cast.personSpeaker(named[0]) : undefined;
  };
  const creditAt = (pos: number): boolean => {
    const list = article.of(article.paragraphAt(pos));
    return !!list[sentenceBefore(list, pos + 1)]?.credit;
  };

  /** Whether a candidate is a person whose known gender (if any) is the pronoun's. */
  const fits = (c: Candidate, pronoun: 'he' | 'she') => !!c?.person && (cast.genderOf(c.person) ?? pronoun) === pronoun;

  /**
   * The "he" or "she" a sentence offers, reading only what comes before `before`: the speaker of its
   * last quote, the subject of a speech verb, else a person it names (its subject first) whose
   * "Mr."/"Ms." does not disagree. Bylines offer nobody, nor do "traders" or "the government".
   */
  const personFor = (pronoun: 'he' | 'she', s: ArticleSentence, before: number, depth: number): Candidate => {
    if (s.credit) return undefined;
    const last = lastBelow(s.quotes, speakers.length);
    if (last >= 0 && quotes[last].start < before) {
      const a = quotes[last].attribution;
      // "“A,” he said. … “B,” he added.": the same "he" again, whoever it turned out to be.
      if (fits(speakers[last], pronoun) || (a?.kind === 'pronoun' && a.pronoun === pronoun)) return speakers[last];
      if (speakers[last] === null && a?.kind === 'description' && isOnePerson(a.text)) return theOne(a.text);
    }
    for (const c of s.cues) {
      const a = c.attribution;
      if (!a || c.verbStart >= before) continue;
      if (a.kind === 'pronoun') {
        if (a.pronoun === pronoun) return depth > 3 ? null : byPronoun(pronoun, s, depth + 1);
        continue;
      }
      const who = fromAttribution(a, c.verbStart, s, depth);
      if (fits(who, pronoun)) return who;
      if (who === null && a.kind === 'description' && isOnePerson(a.text)) return theOne(a.text);
    }
    // "He dismissed a claim by Mr. Xi …": the sentence is about the same "he", so read further back.
    if (SUBJECT_PRONOUN.exec(text.slice(s.start, s.start + 12))?.[1].toLowerCase() === pronoun) return undefined;
    const spans = s.quotes.map((q) => quotes[q]);
    for (const lp of cast.peopleIn(s.start, Math.min(s.end, before), spans)) {
      const who = cast.personSpeaker(lp);
      if (fits(who, pronoun)) return who;
    }
    return undefined;
  };

  const sentenceOf = (q: QuoteMention): ArticleSentence => {
    const list = article.of(article.paragraphAt(q.start));
    return list[Math.max(0, sentenceBefore(list, q.start + 1))];
  };

  /** A quote right after a colon speaks for the subject of the sentence the colon ends. */
  const introducedBy = (q: QuoteMention): Candidate => {
    let k = q.start - 1;
    while (k >= 0 && q.start - k <= 8 && INTRO_GAP.test(text[k])) k--;
    if (k < 0 || text[k] !== ':') return undefined;
    const list = article.of(article.paragraphAt(k));
    const s = list[sentenceBefore(list, k + 1)];
    if (!s) return undefined;
    const before = lowerBound(quotes, q.start, (x) => x.start);
    return subjectOf(s, before, 'person', 0) ?? subjectOf(s, before, 'org', 0);
  };

  /** A quote closed by the sentence after it: "That was how X put it", "So said X". */
  const namedAfter = (q: QuoteMention): Candidate => {
    const list = article.of(article.paragraphAt(q.start));
    const next = list[lowerBound(list, q.end + 1, (s) => s.start)];
    if (!next || !AFTERWORD.test(text.slice(next.start, Math.min(next.end, next.start + 40)))) return undefined;
    const person = cast.subjectPersonIn(next.start, next.end, []);
    return person ? cast.personSpeaker(person.lp) : undefined;
  };

  /** "the official" no one was titled so: the one person the article quotes by name, if there is one; "a source" stays nobody. */
  const theOne = (description: string): Candidate => (/^the\s/i.test(description) ? soleSpeaker() ?? null : null);

  /** The one person the article quotes by name (by a name attribution), when there is one. */
  let sole: Speaker | undefined | null = null;
  const soleSpeaker = (): Speaker | undefined => {
    if (sole !== null) return sole;
    const seen = new Map<string, Speaker>();
    for (const x of quotes) {
      if (x.attribution?.kind !== 'name') continue;
      const who = cast.byName(x.attribution.name, x.attribution.start, x.attribution.end);
      if (!who.org && speakerKind(who) === 'person') seen.set(who.id ?? who.name.toLowerCase(), who);
      if (seen.size > 1) break;
    }
    return (sole = seen.size === 1 ? [...seen.values()][0] : undefined);
  };

  /** An unattributed paragraph of quotation right after a paragraph whose last sentence (or the person it is about) is one person. */
  const previousSubject = (q: QuoteMention): Candidate => {
    const para = article.paragraphAt(q.start);
    const own = article.of(para);
    if (!own.length || own[0].quotes[0] === undefined || quotes[own[0].quotes[0]].start - own[0].start > 2) return undefined;
    const before = article.of(para - 1);
    // The last sentence, else an earlier one of a short paragraph about the same person ("Thabo Mokoena, who
    // heads the growers, has done the sums. His members sent 2.4 million cartons …"), no other person between.
    for (let k = before.length - 1; k >= 0 && k >= before.length - PARAGRAPH_SUBJECT_REACH; k--) {
      const sentence = before[k];
      if (sentence.credit || sentence.quotes.length) return undefined;
      const subject = cast.subjectPersonIn(sentence.start, sentence.end, []);
      // Only a sentence that opens with the person: "Keith thinks this plan will backfire."
      if (subject) return subject.start - sentence.start <= 1 ? cast.personSpeaker(subject.lp) : undefined;
    }
    return undefined;
  };

  const reader: QuoteReader = {
    fromAttribution,
    issuer: (q) => {
      const at = lowerBound(cast.orgMentions, q.start, (o) => o.start) - 1;
      return at >= 0 ? cast.orgSpeaker(cast.orgMentions[at].org) : undefined;
    },
    soleSpeaker,
    introducedBy,
    namedAfter,
    // An earlier quote of this sentence ("A," said X. "B." is two sentences, so look back too).
    carriedOver: (q, i, own) => walkBack({ ...own, start: q.start }, CONTINUATION_PARAGRAPHS, () => true, false, 0, i),
    nextQuote: (i, own) => {
      // "“A.” “B,” she said." — the attribution comes with the next quote.
      const later = quotes.findIndex((x, k) => k > i && k <= i + 3 && x.attribution && article.paragraphAt(x.start) === own.paragraph);
      return later > 0 ? fromAttribution(quotes[later].attribution!, quotes[later].start, sentenceOf(quotes[later]), 0) : undefined;
    },
    previousSubject,
    sentenceSubject: (q, own) => {
      // "Trump has threatened to hit Russia “and other participating countries”": a piece of the subject's words.
      if (q.attribution || !/^\p{Ll}/u.test(q.text)) return undefined;
      const subject = cast.subjectPersonIn(own.start, q.start, [q]);
      return subject && subject.start - own.start <= SUBJECT_OPENS ? cast.personSpeaker(subject.lp) : undefined;
    },
  };

  const decided: string[] = [];
  quotes.forEach((q, i) => {
    const c = new QuoteCase(q, i, sentenceOf(q), reader);
    const d = decide(speakerRules, c);
    const who = d?.value.who ?? null;
    // "Norland's Trade Minister labelled the levies 'punitive'": named in a quote that follows.
    // Not "A spokesperson said …" at a sentence's start: an indefinite description is someone unnamed.
    if (q.attribution?.kind === 'description' && (!who || who.described) && /^\p{Lu}/u.test(q.attribution.text.replace(/^the\s+/i, '')) && !INDEFINITE_OPENERS.has(q.attribution.text.split(/\s+/)[0].toLowerCase())) pending.push(i);
    decided.push(d?.rule ?? '');
    speakers.push(who && !who.described ? who : null);
    described.push(who?.described ? who : null);
  });

  const laterNamed = new Set<number>();
  for (const i of pending) {
    const para = article.paragraphAt(quotes[i].start);
    const next = speakers.findIndex((s, k) => k > i && s?.person && article.paragraphAt(quotes[k].start) <= para + 1);
    if (next > 0) {
      speakers[i] = speakers[next];
      described[i] = null;
      laterNamed.add(i);
    }
  }

  // "We spoke over two afternoons. Her answers have been lightly edited.": the quotes after the note that name no one are the interviewee's.
  const interviewed = new Set<number>();
  const note = quotes.length && speakers.some((s, i) => !s && !described[i]) ? interviewNote(text) : null;
  const interviewee = note ? cast.lastPersonBefore(note.index) : null;
  if (note && interviewee) {
    quotes.forEach((q, i) => {
      if (q.start <= note.index || speakers[i] || described[i]) return;
      speakers[i] = interviewee;
      interviewed.add(i);
    });
  }

  memo?.endPass();
  return quotes.map((q, i) => {
    const who = speakers[i] ?? described[i];
    const rule = laterNamed.has(i) ? 'quote.speaker.named-in-next-quote' : interviewed.has(i) ? 'quote.speaker.interviewee' : who ? decided[i] : 'quote.speaker.none';
    return {
      id: '',
      because: [...(q.because ?? []), rule].filter(Boolean),
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: who?.name ?? null,
      speakerId: who?.id ?? null,
      speakerKind: speakerKind(who),
    };
  });
}

/** What the speaker rules may ask about a quote, answered from the article (see QuoteCase). */
interface QuoteReader {
  fromAttribution(a: Attribution, at: number, from: ArticleSentence, depth: number): Candidate;
  issuer(q: QuoteMention): Speaker | undefined;
  soleSpeaker(): Speaker | undefined;
  introducedBy(q: QuoteMention): Candidate;
  namedAfter(q: QuoteMention): Candidate;
  carriedOver(q: QuoteMention, i: number, own: ArticleSentence): Candidate;
  nextQuote(i: number, own: ArticleSentence): Candidate;
  previousSubject(q: QuoteMention): Candidate;
  sentenceSubject(q: QuoteMention, own: ArticleSentence): Candidate;
}

/**
 * The `i`th quote's case for the speaker rules, its questions methods that hand the quote and its
 * sentence to the article's reader. The case was an object of eight closures made for every quote at
 * every keystroke (about 2,600 functions for the bench's article, each also named under tsx).
 */
class QuoteCase implements SpeakerCase {
  constructor(
    readonly q: QuoteMention,
    private readonly i: number,
    private readonly own: ArticleSentence,
    private readonly reader: QuoteReader,
  ) {}

  resolve(a: Attribution): Candidate {
    return this.reader.fromAttribution(a, this.q.start, this.own, 0);
  }
  issuer(): Speaker | undefined {
    return this.reader.issuer(this.q);
  }
  soleSpeaker(): Speaker | undefined {
    return this.reader.soleSpeaker();
  }
  introducedBy(): Candidate {
    return this.reader.introducedBy(this.q);
  }
  namedAfter(): Candidate {
    return this.reader.namedAfter(this.q);
  }
  carriedOver(): Candidate {
    return this.reader.carriedOver(this.q, this.i, this.own);
  }
  nextQuote(): Candidate {
    return this.reader.nextQuote(this.i, this.own);
  }
  previousSubject(): Candidate {
    return this.reader.previousSubject(this.q);
  }
  sentenceSubject(): Candidate {
    return this.reader.sentenceSubject(this.q, this.own);
  }
}

/** The last value of a sorted list below `limit`, or -1. */
function lastBelow(sorted: number[], limit: number): number {
  const i = lowerBound(sorted, limit, (x) => x);
  return i > 0 ? sorted[i - 1] : -1;
}

/** Index of the last sentence starting before `pos`, or -1. */
function sentenceBefore(list: ArticleSentence[], pos: number): number {
  return lowerBound(list, pos, (s) => s.start) - 1;
}
