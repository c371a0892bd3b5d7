import type { LinkedPerson } from './linkPeople';
import type { QuoteMention } from './mentions';
import type { Organization, Quote } from './types';

/** Finds the speaker of every quote: named, by pronoun, or carried over from the last paragraph. (Stub: being written.) */
export function attributeQuotes(quotes: QuoteMention[], people: LinkedPerson[], _organizations: Organization[], _text: string): Quote[] {
  return quotes.map((q) => {
    const a = q.attribution;
    const p = a?.kind === 'name' ? people.find((lp) => lp.mentions.some((m) => m.start === a.start)) : undefined;
    return { id: '', start: q.start, end: q.end, text: q.text, speaker: p ? p.person.name : null, speakerId: p ? p.person.id : null };
  });
}
