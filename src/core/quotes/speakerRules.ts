/**
 * Who speaks a quote, as rules tried in order (first match wins). The attribution its own sentence
 * gives comes first (a name, a body, a document, a description, a pronoun); then what the article
 * around it says (a colon that introduces it, the sentence after it, the quote it carries on, the
 * person the paragraph before is about).
 */
import type { Attribution, QuoteMention } from '../mentions';
import type { Rule } from '../rules/rule';
import type { Speaker } from './speakers';
import { countryOfPlace, isGovernmentActor, leaderCountry } from '../countries';
import { DOCUMENT_NOUNS, SPEAKING_BODY_HEADS, GOVERNMENT_SEATS } from '../lexicon/speechVerbs';

// "a statement from the Chinese Embassy in Oslo", "a post by Norway's trade ministry": the issuer, named with a capital.
const STATEMENT_FROM = rx('u')`^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?${DOCUMENT_NOUNS}\s+(?:from|by|of)\s+(?:the\s+)?(\p{Lu}.*)$`;
import { rx } from '../lexicon/wordList';
import { isOnePerson } from './roles';

/** What a rule found: someone (or, for an attribution that names nobody we know, null). */
export interface Found {
  who: Speaker | null;
}

/** A quote and the readings of the article a speaker rule may ask for. */
export interface SpeakerCase {
  q: QuoteMention;
  /** What its own sentence says, read into a speaker (undefined when it offers nobody). */
  resolve(a: Attribution): Speaker | null | undefined;
  /** The organization named last before the quote's attribution ("the notice said" → its office). */
  issuer(): Speaker | undefined;
  /** The one person the article quotes by name, when there is exactly one. */
  soleSpeaker(): Speaker | undefined;
  introducedBy(): Speaker | null | undefined;
  namedAfter(): Speaker | null | undefined;
  carriedOver(): Speaker | null | undefined;
  nextQuote(): Speaker | null | undefined;
  previousSubject(): Speaker | null | undefined;
  /** For a quoted piece of a sentence without attribution: the person the sentence opens with. */
  sentenceSubject(): Speaker | null | undefined;
}

export type SpeakerKind = 'person' | 'organization' | 'government' | 'described' | null;

const headOf = (description: string): string => description.toLowerCase().replace(/['’]s\b/g, '').match(/[\p{L}-]+/gu)?.pop() ?? '';
const isDocument = (a: Attribution | null): a is { kind: 'description'; text: string } => a?.kind === 'description' && DOCUMENT_NOUNS.has(headOf(a.text));
const GOVERNMENT_BODY = rx('i')`\b${SPEAKING_BODY_HEADS}\b`;
const found = (who: Speaker | null | undefined): Found | undefined => (who === undefined ? undefined : { who });

/** A government speaking: a country or capital, a seat of government, an agency. */
export function isGovernment(name: string): boolean {
  const n = name.replace(/^the\s+/i, '');
  return countryOfPlace(n) !== '' || GOVERNMENT_SEATS.has(n.toLowerCase()) || GOVERNMENT_BODY.test(n) || isGovernmentActor(n);
}

/** The kind of speaker, as the quote card and the JSON report it. */
export function speakerKind(who: Speaker | null): SpeakerKind {
  if (!who) return null;
  if (who.described) return 'described';
  if (who.person) return 'person';
  if (who.org) return isGovernment(who.name) ? 'government' : 'organization';
  // "Ebrard said": a leader is a person who acts for a government, not the government itself.
  if (leaderCountry(who.name)) return 'person';
  return isGovernment(who.name) ? 'government' : 'person';
}

const NAME = (c: SpeakerCase) => (c.q.attribution?.kind === 'name' ? c.q.attribution : null);

export const speakerRules: Rule<SpeakerCase, Found>[] = [
  {
    id: 'quote.speaker.named-person',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a person named beside the speech verb ("Ana Ruiz of Banco Norte said")',
    reason: '{speaker} is named as saying it',
    when: (c) => {
      const a = NAME(c);
      const who = a && c.resolve(a);
      return who?.person ? { who } : undefined;
    },
    examples: [
      { text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin', expect: { speaker: 'Ana Ruiz', speakerKind: 'person' } },
      { text: 'Ana Ruiz of Banco Norte said: “Margins are thin.”', fact: 'Margins are thin', expect: { speaker: 'Ana Ruiz' } },
      {
        text: '“We need a deal soon,” said Tomas Greer, vice president for supply chain and customs policy at the Retail Traders Federation.',
        fact: 'We need a deal',
        expect: { speaker: 'Tomas Greer' },
      },
      { text: '“We were underpriced,” said Keelan president Rosa Ibarra.', fact: 'We were underpriced', expect: { speaker: 'Rosa Ibarra' } },
      { text: '“We are not asking for special treatment,” said the Federation’s trade policy manager, Olivia Brandt.', fact: 'We are not asking', expect: { speaker: 'Olivia Brandt' } },
      // A lower-case title between the verb and the name is not part of the name.
      { text: '“We went from 14 containers a month to none,” said chief executive Annabel Ruthven. “Nobody can absorb that.”', fact: 'We went from 14', expect: { speaker: 'Annabel Ruthven' } },
      { text: '“Costs are up,” said trade lawyer Omar Haddad.', fact: 'Costs are up', expect: { speaker: 'Omar Haddad' } },
      // A person's office speaks for the person.
      { text: 'Minister Aroha Tane faced questions on Tuesday. Tane’s office later said she “stands by every answer she gave”.', fact: 'stands by every answer', expect: { speaker: 'Aroha Tane' } },
      // A comma inside the title's list of portfolios does not end the speaker.
      { text: '“The roots are dry,” said Minister of Trade, Industry and Energy Han Ji-soo at a meeting with suppliers.', fact: 'The roots are dry', expect: { speaker: 'Han Ji-soo' } },
      { text: '“It is a win,” Idris Maclennan of the Penrose Economic Forum told me this week.', fact: 'It is a win', expect: { speaker: 'Idris Maclennan' } },
      { text: 'Priya Mendelsohn of the law firm Carrow Basset LLP said the court had “found a paperwork problem”.', fact: 'found a paperwork problem', expect: { speaker: 'Priya Mendelsohn' } },
    ],
    counterExamples: [{ text: '“The duties are unjustified,” the Ministry of Commerce said in a statement.', fact: 'The duties are unjustified' }],
  },
  {
    id: 'quote.speaker.government',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a country, capital or seat of government as the subject of the speech verb ("Canada said", "the White House said")',
    reason: '{speaker} speaks here as a government',
    when: (c) => {
      const a = NAME(c);
      const who = a && c.resolve(a);
      return who && speakerKind(who) === 'government' ? { who } : undefined;
    },
    examples: [
      { text: '“The measures violate the agreement,” Canada said on Friday.', fact: 'The measures violate', expect: { speaker: 'Canada', speakerKind: 'government' } },
      { text: 'The Peruvian Embassy in Ottawa said the duties were “a protectionist act.”', fact: 'a protectionist act', expect: { speaker: 'Peruvian Embassy' } },
      // A city after "in", and a name with "and" inside it.
      { text: 'The Japanese Embassy in The Hague said the controls had "hurt Japanese firms" and urged talks.', fact: 'hurt Japanese firms', expect: { speaker: 'Japanese Embassy' } },
      { text: 'Pakistan’s Ministry of Commerce and Textiles said the duties were a "measured and lawful response" to the surcharge.', fact: 'measured and lawful response', expect: { speaker: 'Ministry of Commerce and Textiles' } },
    ],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.organization',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'an organization as the subject of the speech verb ("the Grain Council said")',
    reason: '{speaker} is said to have said it',
    when: (c) => {
      const a = NAME(c);
      const who = a && c.resolve(a);
      return who?.org ? { who } : undefined;
    },
    examples: [
      { text: '“Farmers cannot wait,” the Prairie Grain Growers Association said in a letter.', fact: 'Farmers cannot wait', expect: { speakerKind: 'organization' } },
      // The acronym in brackets after the body's name is not part of the speaker's name.
      { text: 'The Norland Plastics Association (NPA), whose members include resin makers, said it "respects the decision" and urged calm.', fact: 'respects the decision', expect: { speaker: 'Norland Plastics Association', speakerKind: 'organization' } },
      // A role noun ending a body's name is no described speaker: "… Importers and Exporters (ASFIE) called …".
      { text: 'The Association of Seafood Importers and Exporters (ASFIE) called the duties "a tax on every family meal," and asked for a review.', fact: 'a tax on every family meal', expect: { speaker: 'Association of Seafood Importers and Exporters', speakerKind: 'organization' } },
    ],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.name-as-written',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a name beside the speech verb that the article names nowhere else',
    reason: '{speaker} is named as saying it (the name as the sentence writes it)',
    when: (c) => {
      const a = NAME(c);
      const who = a && c.resolve(a);
      return who && !who.org && !who.person ? { who } : undefined;
    },
    examples: [{ text: '“We will not accept this,” Ebrardo stated.', fact: 'We will not accept', expect: { speaker: 'Ebrardo' } }],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.document',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a notice, statement or release as the subject ("the notice said")',
    reason: 'a document speaks for the body that issued it: {speaker}',
    when: (c) => {
      if (!isDocument(c.q.attribution)) return undefined;
      const who = c.resolve(c.q.attribution) ?? c.issuer();
      return who ? { who } : undefined;
    },
    examples: [
      {
        text: 'The Ministry of Commerce published the new rates on Monday. “Imports from the listed firms will pay the deposit,” the notice said.',
        fact: 'Imports from the listed',
        expect: { speaker: 'Ministry of Commerce', speakerKind: 'government' },
      },
    ],
    counterExamples: [{ text: '“The duties are unjustified,” a ministry spokesperson said.', fact: 'The duties are unjustified' }],
  },
  {
    id: 'quote.speaker.description',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a title or role that points to someone named before ("the minister said", "the company said")',
    reason: '{speaker} is the one the article titled so',
    when: (c) => {
      const a = c.q.attribution;
      if (a?.kind !== 'description') return undefined;
      return found(c.resolve(a) ?? undefined);
    },
    examples: [
      {
        text: 'Trade Minister Ana Ruiz met the envoys on Monday. “We will not be rushed,” the minister said.',
        fact: 'We will not be rushed',
        expect: { speaker: 'Ana Ruiz' },
      },
      // A legislator on second reference, by party, house or place: "the Ohio Democrat", "the Irish MEP", "the congresswoman".
      {
        text: 'Sen. Ray Delacorte, D-Ohio, took the opposite line. He pressed the witness.\n\n“Every loophole is a furnace that stays cold,” said the Ohio Democrat.',
        fact: 'Every loophole is a furnace that stays cold',
        expect: { speaker: 'Ray Delacorte' },
      },
      {
        text: 'In the European Parliament, the chair of the trade committee, Ruairí Brennan-Hayes, backed the list. “A union of 27 countries does not negotiate from its knees,” the Irish MEP said.',
        fact: 'A union of 27 countries does not negotiate from its knees',
        expect: { speaker: 'Ruairí Brennan-Hayes' },
      },
      {
        text: 'Outside Brits, Hennie van der Merwe counts his birds. “My price drops overnight,” said the broiler farmer.\n\nAyesha Patel, the deputy minister, said “we are looking at it”.',
        fact: 'My price drops overnight',
        expect: { speaker: 'Hennie van der Merwe' },
      },
      // An office of a post is not the person who holds the post.
      {
        text: 'U.S. Trade Representative Marcus Hale defended the tariff on Tuesday.\n\nLater, the Office of the U.S. Trade Representative said it “welcomes oversight” of the exclusions.',
        fact: 'welcomes oversight',
        expect: { speaker: 'Office of the U.S. Trade Representative' },
      },
    ],
    counterExamples: [
      { text: '“The duties are unjustified,” a ministry spokesperson said.', fact: 'The duties are unjustified' },
      // A party's member by the party's letter: a Republican named before is not "the Ohio Democrat".
      {
        text: 'Sen. Tom Hale, R-Texas, backed the tariff.\n\n“Every loophole is a furnace that stays cold,” said the Ohio Democrat.',
        fact: 'Every loophole is a furnace that stays cold',
        expect: { speaker: 'the Ohio Democrat' },
      },
      { text: 'Tom Hale met officials in Pretoria. “We are looking at it,” the minister said.', fact: 'We are looking at it', expect: { speaker: 'the minister' } },
    ],
  },
  {
    id: 'quote.speaker.sole-person',
    kind: 'quote',
    decides: 'speaker',
    anchor: '"the minister", "the official" when the article quotes one named person',
    reason: '{speaker} is the one person the article quotes by name',
    when: (c) => {
      const a = c.q.attribution;
      if (a?.kind !== 'description' || !/^the\s/i.test(a.text) || !isOnePerson(a.text)) return undefined;
      return found(c.soleSpeaker());
    },
    examples: [
      {
        text: '“We see it as unfair,” the minister told the press.\n\n“It cannot last,” Ebrardo said.',
        fact: 'We see it as unfair',
        expect: { speaker: 'Ebrardo' },
      },
    ],
    counterExamples: [{ text: '“It cannot last,” a government official said.', fact: 'It cannot last' }],
  },
  {
    id: 'quote.speaker.described',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'an unnamed speaker described by role ("a ministry spokesperson", "a senior official")',
    reason: 'the speaker is not named: {speaker}',
    when: (c) => {
      const a = c.q.attribution;
      if (a?.kind !== 'description') return undefined;
      // "A statement from the Chinese Embassy in Oslo said": the body that issued it speaks.
      const issuer = STATEMENT_FROM.exec(a.text)?.[1];
      return { who: { name: issuer ?? a.text.replace(/^(?:the|an?)\s+/i, (m) => m.toLowerCase()), id: null, described: true } };
    },
    examples: [
      { text: '“The duties are unjustified,” a ministry spokesperson said.', fact: 'The duties are unjustified', expect: { speaker: 'a ministry spokesperson', speakerKind: 'described' } },
      { text: 'A statement from the Chinese Embassy in Oslo said the rates "are adjusted every year".', fact: 'are adjusted every year', expect: { speaker: 'Chinese Embassy in Oslo', speakerKind: 'described' } },
    ],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.pronoun',
    kind: 'quote',
    decides: 'speaker',
    anchor: '"he said", "she added", "it said": the person (or body) the sentences before name, else the one person the story names',
    reason: '"{speaker}" is who the pronoun points back to',
    when: (c) => {
      const a = c.q.attribution;
      if (a?.kind !== 'pronoun') return undefined;
      return { who: c.resolve(a) ?? null };
    },
    examples: [
      {
        text: 'Tomas Greer runs a steel shop in Ames. He expects prices to rise.\n\n“It is going to hurt us,” he said.',
        fact: 'It is going to hurt us',
        expect: { speaker: 'Tomas Greer' },
      },
      {
        text: 'Tomas Greer runs a steel shop in Ames.\n\nHis suppliers are in Asia.\n\nThe plant employs 40.\n\nOrders fell by half.\n\nPrices keep rising.\n\n“It is going to hurt us,” he said.',
        fact: 'It is going to hurt us',
        expect: { speaker: 'Tomas Greer' },
      },
      { text: 'Trade Minister Daniel Kwong toured the plant on Friday. His office said he would “consider the report carefully”.', fact: 'consider the report carefully', expect: { speaker: 'Daniel Kwong' } },
      // The agent of a fronted "by" clause is not who the sentence is about.
      {
        text: 'Asked by Nandini Bhatt of Kaveri Research whether the firm would ship through a third country, finance chief Arvind Menon was blunt. “Transshipment is a risk,” he said.',
        fact: 'Transshipment is a risk',
        expect: { speaker: 'Arvind Menon' },
      },
      {
        text: 'Margaret Sousa founded the mill in 1990. Her brother, Rodrigo Sousa, runs it now.\n\n“Buyers already called,” she said.',
        fact: 'Buyers already called',
        expect: { speaker: 'Margaret Sousa' },
      },
    ],
    counterExamples: [
      { text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' },
      { text: 'Ms. Ana Ruiz runs a bank.\n\nOrders fell.\n\nPrices rose.\n\nRates held.\n\nCosts grew.\n\n“It is going to hurt us,” he said.', fact: 'It is going to hurt us', expect: { speaker: null } },
    ],
  },
  {
    id: 'quote.speaker.colon',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a sentence ending in a colon right before the quote',
    reason: '{speaker} is introduced by the sentence before the colon',
    when: (c) => found(c.introducedBy()),
    examples: [{ text: 'Ana Ruiz put it bluntly in a webinar: “Nobody wins a trade war.”', fact: 'Nobody wins', expect: { speaker: 'Ana Ruiz' } }],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.named-after',
    kind: 'quote',
    decides: 'speaker',
    anchor: '"That was how X put it", "So said X" in the sentence after',
    reason: 'the sentence after the quote names {speaker}',
    when: (c) => found(c.namedAfter()),
    examples: [{ text: '“We were blindsided.” That was how Ana Ruiz described the move.', fact: 'We were blindsided', expect: { speaker: 'Ana Ruiz' } }],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.sentence-subject',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a quoted piece of a sentence, no speech verb, and a person opening the sentence',
    reason: 'the words are quoted from {speaker}, the subject of the sentence',
    when: (c) => found(c.sentenceSubject()),
    examples: [
      {
        text: 'Ana Ruiz has threatened to tax imports from Brazil “and any other country that dumps steel” within weeks.',
        fact: 'and any other country',
        expect: { speaker: 'Ana Ruiz' },
      },
    ],
    counterExamples: [{ text: 'Ana Ruiz met the envoys on Monday. “Nobody wins a trade war.”', fact: 'Nobody wins' }],
  },
  {
    id: 'quote.speaker.carried-over',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a quote without attribution after another quote (same or previous paragraph)',
    reason: 'the quote carries on from {speaker}',
    when: (c) => found(c.carriedOver()),
    examples: [
      {
        text: '“Margins are thin,” said Ana Ruiz of Banco Norte. “Some clients have stopped ordering.”',
        fact: 'Some clients',
        expect: { speaker: 'Ana Ruiz' },
      },
    ],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.next-quote',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'the attribution that comes with the next quote of the paragraph (“A.” “B,” she said.)',
    reason: 'the next quote’s attribution names {speaker}',
    when: (c) => found(c.nextQuote()),
    examples: [{ text: '“We are ready.” “The talks are over,” said Ana Ruiz.', fact: 'We are ready', expect: { speaker: 'Ana Ruiz' } }],
    counterExamples: [{ text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' }],
  },
  {
    id: 'quote.speaker.paragraph-subject',
    kind: 'quote',
    decides: 'speaker',
    anchor: 'a paragraph of quotation right after a sentence about one person',
    reason: 'the paragraph before is about {speaker}',
    when: (c) => found(c.previousSubject()),
    examples: [
      {
        text: 'Tomas Greer thinks the plan will backfire.\n\n“Almost all of our steel is made overseas. Prices will only go up.”',
        fact: 'Almost all of our steel',
        expect: { speaker: 'Tomas Greer' },
      },
      // The paragraph opens with the person; its later sentences are about what the person runs.
      {
        text: 'Thabo Mokoena, who heads the growers’ cooperative, has done the sums. His members sent 2.4 million cartons last year.\n\n“We built that market over 20 years.”',
        fact: 'We built that market',
        expect: { speaker: 'Thabo Mokoena' },
      },
    ],
    counterExamples: [
      { text: '“Margins are thin,” said Ana Ruiz of Banco Norte.', fact: 'Margins are thin' },
      // Another person between: the quotation is not the first one's.
      { text: 'Thabo Mokoena heads the growers’ cooperative. Down the road, the packhouse is run by Ana Ruiz.\n\n“We built that market over 20 years.”', fact: 'We built that market', expect: { speaker: null } },
    ],
  },
];
