import type { QuoteMention } from '../mentions';
import type { Person, Quote } from '../types';
import { decide } from '../rules/rule';
import { DESCRIBED_SPEAKER_RULES } from './describedSpeaker';

/**
 * Gives an untitled person the title of the description their quote was attributed with
 * (`quotes[i]` is the mention `attributed[i]` was made from). Changes the people in place.
 */
export function titlesFromDescriptions(quotes: readonly QuoteMention[], attributed: readonly Quote[], people: Person[]): void {
  const byId = new Map(people.map((p) => [p.id, p]));
  attributed.forEach((q, i) => {
    const a = quotes[i]?.attribution;
    const person = q.speakerKind === 'person' && q.speakerId ? byId.get(q.speakerId) : undefined;
    if (a?.kind !== 'description' || !person) return;
    const d = decide(DESCRIBED_SPEAKER_RULES, { description: a.text, title: person.title, affiliation: person.affiliation });
    if (!d) return;
    person.title = d.value.title;
    if (!person.affiliation && d.value.affiliation) person.affiliation = d.value.affiliation;
    person.because = [...person.because, d.rule];
  });
}
