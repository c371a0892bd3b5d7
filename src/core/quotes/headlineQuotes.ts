/**
 * A quote in the headline is said again in the story: "'Retaliation is a tool, not a strategy': a
 * former WTO deputy chief on hitting back" over an interview whose answer reads "Estévez Calderón:
 * Retaliation is a tool, not a strategy." The headline names nobody; the story says who said it,
 * in a quote of its own or in a transcript's answer. The card should say so too.
 */
import { decide, withReasons, type Rule } from '../rules/rule';
import type { Person, Quote } from '../types';
import { labelAt, repeatedLabels, speakerDiffers } from '../sources/speakers';
import { ASKER_TITLE_HEADS } from '../lexicon/titles';

/** What the rule reads: the headline's quote, the article's quotes and people, and the text. */
export interface HeadlineQuoteContext {
  quote: Quote;
  quotes: readonly Quote[];
  people: readonly Person[];
  text: string;
}

type Said = Pick<Quote, 'speaker' | 'speakerId' | 'speakerKind'>;

// Enough of the quote's opening words to find it again, and no more (the story may trim its end).
const KEY_LENGTH = 24;
const HEADLINE_MAX = 400;
const AGAIN_MAX = 4;
function sameWordsSpeaker({ quote, quotes, people, text }: HeadlineQuoteContext): Said | null {
  const key = quote.text.trim().slice(0, KEY_LENGTH);
  if (key.length < 12) return null;
  let known: Set<string> | undefined;
  // The words again, at most a few times: each look reads on from the last.
  for (let at = text.indexOf(key, quote.end), n = 0; at >= 0 && n < AGAIN_MAX; at = text.indexOf(key, at + 1), n++) {
    const again = quotes.find((q) => q !== quote && q.start <= at && at < q.end && q.speaker);
    if (again) return { speaker: again.speaker, speakerId: again.speakerId, speakerKind: again.speakerKind };
    // The transcript's answer the words stand in: its label opens their line ("Choi: It helps. Fifteen percent …").
    const label = labelAt(lineAt(text, at), (known ??= repeatedLabels(text.split('\n'))));
    const person = label ? labelled(label.speaker, people) : undefined;
    if (person) return { speaker: person.name, speakerId: person.id, speakerKind: 'person' };
  }
  return null;
}

/** The line of `text` that holds offset `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

/** The person a transcript's label names (the label's last word is one of the name's, or the reverse: "Choi" is Choi Jae-won). */
function labelled(label: string, people: readonly Person[]): Person | undefined {
  return people.find((p) => !speakerDiffers(label, p.name));
}

/** Over a question-and-answer transcript, the person who answers most: two turns or more, more than anyone else. */
function interviewee({ people, text }: HeadlineQuoteContext): Said | null {
  const lines = text.split('\n');
  const known = repeatedLabels(lines);
  const turns = new Map<Person, number>();
  for (const line of lines) {
    const label = labelAt(line, known);
    const p = label && labelled(label.speaker, people);
    // The host asks as often as the guest answers: the subject is the other one.
    if (p && !p.title.split(/\s+/).some((w) => ASKER_TITLE_HEADS.has(w.toLowerCase()))) turns.set(p, (turns.get(p) ?? 0) + 1);
  }
  const [top, next] = [...turns].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < 2 || (next && next[1] >= top[1])) return null;
  return { speaker: top[0].name, speakerId: top[0].id, speakerKind: 'person' };
}

export const HEADLINE_QUOTE_RULES: Rule<HeadlineQuoteContext, Said>[] = [
  {
    id: 'quote.speaker.said-again',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a quote in the headline with no speaker + the same words later, in a quote with a speaker or a transcript\'s answer ("Estévez Calderón: …")',
    reason: 'said by {speaker}: the story gives the headline\'s words again, as theirs',
    when: sameWordsSpeaker,
    examples: [
      {
        text: '"Retaliation is a tool, not a strategy": a former WTO official on hitting back\n\nMariana Estévez Calderón was deputy director-general of the WTO.\n\nGTR: What would you tell a minister?\n\nEstévez Calderón: Retaliation is a tool, not a strategy. Publish a list first.',
        fact: 'Retaliation is a tool, not a strategy',
        expect: { speaker: 'Mariana Estévez Calderón' },
      },
      // The words inside a longer answer (a one-word label is trusted once it labels two answers, as for sources).
      {
        text: '"Fifteen percent is survivable, chaos is not": a parts maker on the deal\n\nChoi Jae-won runs Hanul Precision.\n\nKAN: Is the deal enough?\n\nChoi: It helps. Fifteen percent is survivable, chaos is not. We can plan now.\n\nKAN: And hiring?\n\nChoi: We approved 120 new positions.',
        fact: 'Fifteen percent is survivable',
        expect: { speaker: 'Choi Jae-won' },
      },
    ],
    counterExamples: [
      // Words the story never gives again stay unattributed.
      {
        text: '"Retaliation is a tool, not a strategy": a former WTO official on hitting back\n\nMariana Estévez Calderón was deputy director-general of the WTO.\n\nEstévez Calderón: Publish a list first.',
        fact: 'Retaliation is a tool, not a strategy',
        expect: { speaker: null },
      },
    ],
  },
  {
    id: 'quote.speaker.headline-interviewee',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a quote in the headline with no speaker, over a question-and-answer transcript one person answers most',
    reason: 'said by {speaker}: the headline quotes the interview\'s subject',
    when: interviewee,
    examples: [
      {
        text: '"We are being punished for being efficient": a Gulf polymer maker\'s chief on trade remedies\n\nTariq Al-Harbi runs Dammam Olefins.\n\nAIM: Why do the cases keep coming?\n\nAl-Harbi: Our gas price is public.\n\nAIM: And Europe?\n\nAl-Harbi: We pay 6.5% there.',
        fact: 'We are being punished for being efficient',
        expect: { speaker: 'Tariq Al-Harbi' },
      },
      // The host, who asks as often as the guest answers, is not the subject.
      {
        text: '"We are being punished for being efficient": a polymer maker on trade remedies\n\nThis week host Callum Reid talks to Tariq Al-Harbi.\n\nReid: Why do the cases keep coming?\n\nAl-Harbi: Our gas price is public.\n\nReid: And Europe?\n\nAl-Harbi: We pay 6.5% there.\n\nReid: Thank you.',
        fact: 'We are being punished for being efficient',
        expect: { speaker: 'Tariq Al-Harbi' },
      },
    ],
    counterExamples: [
      // One answer is no interview's subject.
      {
        text: '"Retaliation is a tool, not a strategy": a former WTO official on hitting back\n\nMariana Estévez Calderón was deputy director-general of the WTO.\n\nEstévez Calderón: Publish a list first.',
        fact: 'Retaliation is a tool, not a strategy',
        expect: { speaker: null },
      },
    ],
  },
];

/** Gives each headline quote without a speaker the speaker of the same words later in the story. */
export function headlineQuoteSpeakers(quotes: Quote[], people: readonly Person[], text: string, headlineEnd: number): Quote[] {
  // A headline is a short line: a first paragraph of a page (a text with no breaks) is not one.
  if (headlineEnd > HEADLINE_MAX || !quotes.some((q) => !q.speaker && q.end <= headlineEnd)) return quotes;
  return quotes.map((q) => {
    if (q.speaker || q.end > headlineEnd) return q;
    const found = decide(HEADLINE_QUOTE_RULES, { quote: q, quotes, people, text });
    // The new reason replaces "no speaker found".
    return found ? withReasons({ ...q, ...found.value, because: q.because.filter((id) => id !== 'quote.speaker.none') }, found.rule) : q;
  });
}
