/**
 * Where a person's name starts and ends, and why a capitalized run is a person: a title, an
 * honorific or a portfolio right before it (openers), or what surrounds a plain run of name words
 * (a speech verb, a byline, an apposition, an age…).
 */
import type { Rule } from '../rules/rule';
import { rx } from '../lexicon/wordList';
import type { Tok } from '../lexicon/tokens';
import {
  ADDRESSED_OFFICES, ARTICLES, CABINET_TRADE, COUNTERPARTS, CREDIT_AFTER, GOVERNS, HONORIFICS, PERFECT_AUXILIARIES, ROLE_FOLLOWERS,
  BYLINE_ROLES, SAID_BEFORE, SHORT_HONORIFICS, SPEECH_VERBS, TITLE_HEADS, TITLE_ORG_WORDS, TRADE_ROLES,
} from '../lexicon/titles';
import { NAME_PARTICLES as PARTICLES } from '../lexicon/nameParticles';
import { STATES_PROVINCES, placeOf } from '../lexicon/words';
import { LEADERS, isNameWord, nameEnd } from './names';
import { portfolioName } from './portfolio';
import { appositionAfter, ofBodyAfter, roleAfter, seatAfter, spokespersonBefore } from './roles';
import { headsTitle, tieOf, titleBefore, titleBeforeComma, titleStart } from './titles';
import { runFrom } from '../organizations/find';
import { signOffRole } from './article';
import { APPOSITION_HEADS, BODY_NOUNS, END_HEADS, MAKER_HEADS } from '../lexicon/orgHeads';
import { TRADE_GOODS_NOUNS } from '../lexicon/goods';

/** A person found in a paragraph: the name's tokens i..j-1 and what the text says about them there. */
export interface PersonHit {
  i: number;
  j: number;
  title: string;
  affiliation: string;
  /** Token range of an organization given as affiliation, to list it among organizations too. */
  org: { i: number; j: number } | null;
  honorific: string;
  /** Found only by its shape (a lone capitalized word): kept if it names someone found elsewhere. */
  weak: boolean;
  /** Ids of the rules that decided the name, the title and the affiliation, in order. */
  because: string[];
  /** A name inside one token ("Lula" in "Lula-Alckmin"): its own offsets. */
  span?: { start: number; end: number };
  /** "Its chief executive, …" ("*"), "the council's president, …" ("council"): the owner named earlier. */
  antecedent?: string;
}

/** Does compromise see a person within [start, end) of the paragraph? */
export type PersonCheck = (start: number, end: number) => boolean;

/** What an opener reads: the paragraph's words and a candidate name's first token. */
export interface OpenerContext {
  text: string;
  toks: Tok[];
  i: number;
  /** The paragraph is a headline in title case: a capitalized verb can follow a title there. */
  headline: boolean;
  seesPerson: PersonCheck;
}
export type Opened = Omit<PersonHit, 'weak' | 'span'>;

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const blank = { title: '', affiliation: '', org: null, honorific: '' };

/** "a CEO Roundtable" names an event; "President XI" is a person, "CEO FORUM" a shout. */
function describedOrShout(toks: Tok[], i: number, j: number, head: number): boolean {
  const from = titleStart(toks, head);
  if (j - i === 1 && ARTICLES.has(low(toks[from - 1]))) return true;
  return toks.slice(i, j).every((x) => /^\p{Lu}+$/u.test(x.text) && x.text.length > 3);
}

/** Title rules decided together with the name by an opener (their ids land in `because` with it). */
export const TITLE_WITH_NAME: readonly Rule<unknown, unknown>[] = [
  {
    id: 'person.title.before',
    kind: 'person',
    decides: 'title',
    anchor: 'title words ending in a head, touching the name',
    reason: 'the title ({title}) is written right before the name',
    examples: [
      { text: 'Vice Premier He Lifeng is leading the talks.', fact: 'He Lifeng', expect: { title: 'Vice Premier' } },
      // A portfolio opens a government title: "Mining Secretary", "Food Minister".
      { text: 'When Mining Secretary Tomás Irigoyen spoke in March, the room applauded.', fact: 'Tomás Irigoyen', expect: { title: 'Mining Secretary' } },
    ],
    counterExamples: [{ text: 'He Lifeng, who leads the talks, arrived on Monday.', fact: 'He Lifeng' }],
  },
  {
    id: 'person.title.portfolio',
    kind: 'person',
    decides: 'title',
    anchor: 'head + of|for + portfolios, touching the name',
    reason: 'the title names its portfolios ({title}) before the name',
    examples: [
      { text: 'Deputy Assistant Secretary for Enforcement Janelle Price defended the record.', fact: 'Janelle Price', expect: { title: 'Deputy Assistant Secretary for Enforcement' } },
      { text: 'Minister of Economy, Trade and Industry Kenji Arakawa met the delegation on Friday.', fact: 'Kenji Arakawa', expect: { title: 'Minister of Economy, Trade and Industry' } },
      { text: 'Minister of State for Steel Harsh Vardhan Kulkarni said the plants were ready.', fact: 'Harsh Vardhan Kulkarni', expect: { title: 'Minister of State for Steel' } },
      { text: 'Minister for Foreign Trade and Development Aid Marit Veldkamp spoke in Utrecht on Monday.', fact: 'Marit Veldkamp', expect: { title: 'Minister for Foreign Trade and Development Aid' } },
      // A region's portfolio with its "the".
      { text: 'Deputy Secretary for the Western Hemisphere Caroline Whitcombe testified on Tuesday.', fact: 'Caroline Whitcombe', expect: { title: 'Deputy Secretary for the Western Hemisphere' } },
    ],
    counterExamples: [
      { text: 'Trade Minister Kenji Arakawa met the delegation on Friday.', fact: 'Kenji Arakawa' },
      // A body's plural head is no one's title: "Council of Ministers of the African …".
      { text: 'The Council of Ministers of the African Continental Free Trade Area adopted the rules.', fact: 'Continental Free' },
    ],
  },
  {
    id: 'person.title.of-body',
    kind: 'person',
    decides: 'title',
    anchor: 'lower-case head + "of <Body>" + name',
    reason: 'the title ({title}) and the body ({affiliation}) run into the name',
    examples: [
      { text: 'The letter was signed by president of the American Soybean Association Caleb Ragland on Monday.', fact: 'Caleb Ragland', expect: { title: 'president', affiliation: 'American Soybean Association' } },
    ],
    counterExamples: [{ text: 'Caleb Ragland signed the letter on Monday.', fact: 'Caleb Ragland' }],
  },
  {
    id: 'person.title.shared-plural',
    kind: 'person',
    decides: 'title',
    anchor: '"<Titles> " + name + " and " + name',
    reason: 'a plural title ({title}) before names joined by "and" is each one\'s',
    examples: [
      { text: 'Commissioners Miguel A. Serrano and Rebecca Thorsell voted in the affirmative.', fact: 'Rebecca Thorsell', expect: { title: 'Commissioner' } },
      { text: 'Senators Mark Ellison and Dana Whitcombe opposed the bill.', fact: 'Dana Whitcombe', expect: { title: 'Senator' } },
    ],
    counterExamples: [{ text: 'Senator Mark Ellison and Dana Whitcombe opposed the bill.', fact: 'Dana Whitcombe', expect: { title: '' } }],
  },
  {
    id: 'person.title.counterpart',
    kind: 'person',
    decides: 'title',
    anchor: '"his|her <demonym> counterpart" + name, after a titled person',
    reason: "a counterpart holds the same office ({title}) as the person they answer",
    examples: [{ text: 'Indian Prime Minister Narendra Modi sat beside his Australian counterpart Scott Morrison at the signing.', fact: 'Scott Morrison', expect: { title: 'Prime Minister', affiliation: 'Australia' } }],
    counterExamples: [{ text: 'Indian Prime Minister Narendra Modi sat beside Scott Morrison at the signing.', fact: 'Scott Morrison' }],
  },
  {
    id: 'person.title.before-honorific',
    kind: 'person',
    decides: 'title',
    anchor: '<title> + honorific + name ("Trade Minister Dr. Ana Souza")',
    reason: 'the title ({title}) stands before the honorific and the name',
    examples: [
      { text: 'Trade Minister Dr. Ana Souza said the duty would stay.', fact: 'Ana Souza', expect: { title: 'Trade Minister' } },
    ],
    counterExamples: [{ text: 'The minister met Dr. Ana Souza on Monday.', fact: 'Ana Souza', expect: { title: '' } }],
  },
  {
    id: 'person.affiliation.party-label',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'party label + title + name, no body named ("Conservative trade critic Darren Hollings")',
    reason: 'serves the {affiliation} party, whose label opens the title',
    examples: [{ text: 'Conservative trade critic Darren Hollings said remission is a back door.', fact: 'Darren Hollings', expect: { title: 'Conservative trade critic', affiliation: 'Conservative' } }],
    counterExamples: [{ text: 'Trade critic Darren Hollings said remission is a back door.', fact: 'Darren Hollings', expect: { affiliation: '' } }],
  },
  {
    id: 'person.affiliation.town-before',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a town or county\'s name + "Mayor" + name ("Nogales Mayor Hector Valenzuela")',
    reason: 'mayor of {affiliation}, named before the title',
    examples: [
      { text: 'Nogales Mayor Hector Valenzuela said sales tax receipts could fall.', fact: 'Hector Valenzuela', expect: { title: 'Mayor', affiliation: 'Nogales' } },
      { text: 'Collections were up, Putnam County Mayor Everett Sallinger said.', fact: 'Everett Sallinger', expect: { title: 'Mayor', affiliation: 'Putnam County' } },
    ],
    counterExamples: [
      { text: 'Mayor Colette Bisson said the town would fight.', fact: 'Colette Bisson', expect: { affiliation: '' } },
      { text: 'The Deputy Mayor Tom Hale said the town would fight.', fact: 'Tom Hale', expect: { affiliation: '' } },
    ],
  },
  {
    id: 'person.title.portfolio-before',
    kind: 'person',
    decides: 'title',
    anchor: 'government head + "for"/"of" + capitalized portfolio + name',
    reason: 'the title ({title}) with its portfolio stands right before the name',
    examples: [{ text: 'Assistant Minister for Manufacturing Daniel Kwong-Lister has 30 days to decide.', fact: 'Daniel Kwong-Lister', expect: { title: 'Assistant Minister for Manufacturing' } }],
    counterExamples: [{ text: 'A letter from the Ministry of Manufacturing reached Daniel Kwong-Lister on Monday.', fact: 'Daniel Kwong-Lister', expect: { title: '' } }],
  },
  {
    id: 'person.title.set-off-before',
    kind: 'person',
    decides: 'title',
    anchor: '"[the|a] <title>, " + name',
    reason: 'the title ({title}) is set off by commas before the name',
    examples: [
      { text: "The Indian Steel Producers' Forum said the duty was needed. Its director general, Col. (retd) Ravindra Chauhan, estimated the losses.", fact: 'Ravindra Chauhan', expect: { title: 'director general', affiliation: "Indian Steel Producers' Forum" } },
      { text: 'In the assembly, the chair of the trade committee, Aoife Lennon, backed the plan.', fact: 'Aoife Lennon', expect: { title: 'chair of the trade committee' } },
      { text: 'The Japanese minister of international trade, Ryutaro Hashimoto, objected.', fact: 'Ryutaro Hashimoto', expect: { title: 'minister of international trade', affiliation: 'Japan' } },
      { text: 'Chile’s Finance Minister, Rosa Vidal, said the talks would resume.', fact: 'Rosa Vidal', expect: { title: 'Finance Minister', affiliation: 'Chile' } },
      { text: 'Federal Trade Minister, Simon Crean, said the deal was done.', fact: 'Simon Crean', expect: { title: 'Federal Trade Minister' } },
      { text: 'The Minister of Trade, Industry and Competition, Sizwe Ndlovu, said the duty would stay.', fact: 'Sizwe Ndlovu', expect: { title: 'Minister of Trade, Industry and Competition' } },
      { text: 'The chamber welcomed the duty. Its chairman, Eng. Tarek Mansour, said jobs would be saved.', fact: 'Tarek Mansour', expect: { title: 'chairman' } },
      // A compass word before a country's possessive names a state of its own.
      { text: 'Western Australia’s Minister for Primary Industries, Coral Jennings, said growers would be paid.', fact: 'Coral Jennings', expect: { title: 'Minister for Primary Industries', affiliation: 'Western Australia' } },
      // The place the role is held in ends the title; a trade role after an article or owner heads one.
      { text: 'A ruling-party lawmaker from Chattogram, Rezaul Karim Bhuiyan, called the levy a tax on the poor.', fact: 'Rezaul Karim Bhuiyan', expect: { title: 'ruling-party lawmaker' } },
      { text: 'The co-op’s grain buyer, Henrike Vossberg, says prices barely moved.', fact: 'Henrike Vossberg', expect: { title: 'grain buyer' } },
      { text: 'Another economist, Tomasz Wrona of Vistula Capital, was less sure.', fact: 'Tomasz Wrona', expect: { title: 'economist', affiliation: 'Vistula Capital' } },
      // An envoy's "to the EU"; a body named right before its spokesperson.
      { text: 'Kenya’s ambassador to the EU, Grace Wanjiru Kamau, said the rule would hurt.', fact: 'Grace Wanjiru Kamau', expect: { title: 'ambassador to the EU', affiliation: 'Kenya' } },
      { text: 'A Commission spokesman, Jorge Abrantes, said the proposal would be studied.', fact: 'Jorge Abrantes', expect: { title: 'spokesman', affiliation: 'Commission' } },
    ],
    counterExamples: [
      { text: 'On Monday, Ryutaro Hashimoto objected.', fact: 'Ryutaro Hashimoto' },
      // A place that is no role's: "from Chattogram" after a verb.
      { text: 'Officials who flew in from Chattogram, Rezaul Karim Bhuiyan among them, objected.', fact: 'Rezaul Karim Bhuiyan', expect: { title: '' } },
    ],
  },
  {
    id: 'person.title.spokesperson-for',
    kind: 'person',
    decides: 'title',
    anchor: '"the spokeswoman for <body>, " + name',
    reason: 'speaks for {affiliation}: the role is set off before the name',
    examples: [
      { text: 'The spokeswoman for the ministry, Li Wen, said talks would go on.', fact: 'Li Wen', expect: { title: 'spokeswoman for the ministry' } },
    ],
    counterExamples: [{ text: 'Li Wen, who spoke for the ministry, said talks would go on.', fact: 'Li Wen' }],
  },
  {
    id: 'person.title.of-body-before',
    kind: 'person',
    decides: 'title',
    anchor: '"the <title> of|at <body>, " + name; "the <title> for <Portfolio>, " + name',
    reason: 'the title ({title}) and the body it serves are set off before the name',
    examples: [
      { text: 'The Comptroller-General of the Nigeria Customs Service (NCS), Bashir Danlami, said scanners were ready.', fact: 'Bashir Danlami', expect: { title: 'Comptroller-General', affiliation: 'Nigeria Customs Service' } },
      { text: 'The chief executive of Harlow Steel, Dana Reyes, said orders had slowed.', fact: 'Dana Reyes', expect: { title: 'chief executive', affiliation: 'Harlow Steel' } },
      { text: 'The Director-General of the Manufacturers Association of Nigeria (MAN), Mrs Chinwe Okafor-Eze, said the relief would help.', fact: 'Chinwe Okafor-Eze', expect: { title: 'Director-General', affiliation: 'Manufacturers Association of Nigeria' } },
      { text: 'The Commissioner for Customs and Excise, Ms Tendai Moyo, urged agents to update their tables.', fact: 'Tendai Moyo', expect: { title: 'Commissioner for Customs and Excise' } },
      // A minister's portfolio after "of" is part of the title, not a body.
      { text: 'LA PAZ — The Minister of Productive Development, Gonzalo Rivero Añez, said the levy was dropped.', fact: 'Gonzalo Rivero Añez', expect: { title: 'Minister of Productive Development', affiliation: 'Bolivia' } },
    ],
    // A title that is no head of the body before the comma: the name stands alone.
    counterExamples: [{ text: 'Orders at the plant of Harlow Steel, Dana Reyes said, had slowed.', fact: 'Dana Reyes', expect: { title: '' } }],
  },
  {
    id: 'person.title.credit-role',
    kind: 'person',
    decides: 'title',
    anchor: 'a wire credit line: "Reporting by" + name (reporter), "editing by" + name (editor)',
    reason: 'credited for the {title}\'s work at the foot of the story',
    examples: [
      { text: 'Lima raised the duty.\n\n(Reporting by Julieta Ferraro; editing by Daniel Okonkwo)', fact: 'Julieta Ferraro', expect: { title: 'reporter' } },
      { text: 'Lima raised the duty.\n\n(Reporting by Julieta Ferraro; editing by Daniel Okonkwo)', fact: 'Daniel Okonkwo', expect: { title: 'editor' } },
      // "Edited by" on a masthead's line.
      { text: 'THE APPLE LETTER\nNewsletter of the Valley Growers League\nEdited by Shauna Kettleson\n\nIndia cut its apple duty.', fact: 'Shauna Kettleson', expect: { title: 'editor' } },
    ],
    // Additional reporting is a contribution, not the story's reporter.
    counterExamples: [{ text: 'Lima raised the duty.\n\n(Additional reporting by Julieta Ferraro)', fact: 'Julieta Ferraro', expect: { title: '' } }],
  },
];

export const NAME_OPENERS: readonly Rule<OpenerContext, Opened>[] = [
  {
    id: 'person.name.portfolio-title',
    kind: 'person',
    decides: 'nameStart',
    anchor: '"Minister of|for <portfolios>" + name',
    reason: 'a name right after a title naming its portfolios',
    when: ({ text, toks, i }) => {
      const pf = portfolioName(toks, i);
      if (!pf) return null;
      const from = titleStart(toks, pf.titleFrom);
      const title = text.slice(toks[from].start, toks[pf.titleTo - 1].end);
      const tie = tieOf(text, toks, from, pf.titleFrom, title);
      return { i: pf.i, j: pf.j, ...blank, title, affiliation: tie.affiliation, org: tie.org, because: ['person.name.portfolio-title', 'person.title.portfolio', ...tie.because] };
    },
    examples: [
      { text: 'Minister of State for Finance Shri Raghav Menon said the rates were fair.', fact: 'Raghav Menon', expect: { title: 'Minister of State for Finance' } },{ text: 'The European Commissioner for Trade and Economic Security Ana Petrova arrived late.', fact: 'Ana Petrova', expect: { affiliation: 'European Union' } }],
    counterExamples: [{ text: 'Minister of Trade and Industry Officials met on Monday.', fact: 'Officials' }],
  },
  {
    id: 'person.name.honorific',
    kind: 'person',
    decides: 'nameStart',
    anchor: 'Mr./Ms./Dr./Sir + name',
    reason: 'named with an honorific',
    when: ({ toks, i }) => {
      const prev = toks[i - 1];
      if (!prev || !HONORIFICS.has(prev.text)) return null;
      const j = nameEnd(toks, i, true);
      if (j <= i) return null;
      // "Sri Lanka's ambassador": the honorific's word opens a country's name.
      if (placeOf(`${prev.text} ${toks[i].text.replace(/['’]s$/, '')}`)) return null;
      // "Mr. Speaker, our farmers …": an office addressed, not a name.
      if (j === i + 1 && ADDRESSED_OFFICES.has(toks[i].text)) return null;
      // "Sri Venkata Aqua Exports": an honorific that opens a firm's name (its last word a body's or trade's noun).
      if (j > i + 1 && (END_HEADS.has(toks[j - 1].text) || TRADE_GOODS_NOUNS.has(toks[j - 1].text))) return null;
      const honorific = prev.text.endsWith('.') || !SHORT_HONORIFICS.has(prev.text) ? prev.text : `${prev.text}.`;
      return { i, j, ...blank, honorific, because: ['person.name.honorific'] };
    },
    examples: [{ text: 'Mr. Okafor said the plant would stay open.', fact: 'Okafor' }],
    counterExamples: [
      { text: 'Okafor Steel said the plant would stay open.', fact: 'Okafor' },
      { text: 'Sri Lanka’s garment exporters want the tariff cut.', fact: 'Lanka' },
      { text: '“Honourable Speaker, our farmers cannot compete,” the minister told legislators.', fact: 'Speaker' },
      { text: '“Mr. President, the duty stays,” the envoy said.', fact: 'President' },
      { text: 'Chaitanya Varma runs Sri Venkata Aqua Exports, which has a plant in Bhimavaram.', fact: 'Venkata Aqua Exports' },
    ],
  },
  {
    id: 'person.name.title-before',
    kind: 'person',
    decides: 'nameStart',
    anchor: 'title head + name ("Treasury Secretary Scott Bessent")',
    reason: 'a name right after a title',
    when: ({ text, toks, i, headline, seesPerson }) => {
      if (!headsTitle(toks, i)) return null;
      const j = nameEnd(toks, i, true);
      if (j <= i || describedOrShout(toks, i, j, i - 1)) return null;
      // "Norland Steel Mill Owner Doubts Fresh Levy Plan": in a headline a lone capitalized word after a title is a verb.
      if (headline && j - i === 1 && !LEADERS.has(toks[i].text) && !seesPerson(toks[i].start, toks[i].end)) return null;
      const tf = titleBefore(text, toks, i);
      if (!tf) return null;
      return { i, j, ...blank, title: tf.title, affiliation: tf.affiliation, org: tf.org, because: ['person.name.title-before', 'person.title.before', ...tf.because], ...(tf.antecedent ? { antecedent: tf.antecedent } : {}) };
    },
    examples: [
      { text: 'Treasury Secretary Scott Bessent said talks would resume.', fact: 'Scott Bessent', expect: { title: 'Treasury Secretary' } },
      { text: 'On Monday, textile exporter Anil Mehta said orders had halved.', fact: 'Anil Mehta', expect: { title: 'exporter' } },
    ],
    counterExamples: [
      { text: 'Norland Steel Mill Owner Doubts Fresh Levy Plan', fact: 'Doubts' },
      { text: 'Sales at discount retailer Target Brands fell after the tariffs.', fact: 'Target Brands' },
      { text: 'She spoke during a CEO Roundtable at the fair.', fact: 'Roundtable' },
    ],
  },
  {
    id: 'person.name.of-body-title',
    kind: 'person',
    decides: 'nameStart',
    anchor: 'lower-case head + "of [the] <Body ending in a body word>" + name',
    reason: "a name right after the body's title",
    when: ({ text, toks, i }) => {
      // At the first word of the body: "president of the American Soybean Association Caleb Ragland".
      const at = low(toks[i - 1]) === 'the' ? i - 1 : i;
      if (low(toks[at - 1]) !== 'of' || !TITLE_HEADS.has(low(toks[at - 2])) || toks[at - 2].cap) return null;
      const end = runFrom(toks, i);
      let last = -1;
      for (let k = i; k < end; k++) if (TITLE_ORG_WORDS.has(toks[k].text) && toks[k].cap) last = k;
      if (last < 0 || end - last - 1 < 2 || end - last - 1 > 3) return null;
      for (let k = last + 1; k < end; k++) if (!isNameWord(toks[k])) return null;
      const head = at - 2;
      const from = titleStart(toks, head);
      return {
        i: last + 1,
        j: end,
        ...blank,
        title: text.slice(toks[from].start, toks[head].end),
        affiliation: text.slice(toks[i].start, toks[last].end),
        org: { i, j: last + 1 },
        because: ['person.name.of-body-title', 'person.title.of-body', 'person.affiliation.role-body'],
      };
    },
    examples: [{ text: 'The letter was signed by president of the American Soybean Association Caleb Ragland on Monday.', fact: 'Caleb Ragland' }],
    counterExamples: [{ text: 'The letter was signed by the president of the American Soybean Association on Monday.', fact: 'American Soybean Association' }],
  },
  {
    id: 'person.name.counterpart',
    kind: 'person',
    decides: 'nameStart',
    anchor: '"[his|her] [demonym] counterpart" + name',
    reason: "a name right after \"counterpart\"",
    when: ({ toks, i }) => {
      if (!COUNTERPARTS.has(low(toks[i - 1]))) return null;
      const j = nameEnd(toks, i);
      if (j - i < 2) return null;
      const place = toks[i - 2]?.cap ? placeOf(toks[i - 2].text) : '';
      return { i, j, ...blank, affiliation: place, because: ['person.name.counterpart', ...(place ? ['person.affiliation.demonym'] : [])] };
    },
    examples: [{ text: 'Indian Prime Minister Narendra Modi sat beside his Australian counterpart Scott Morrison at the signing.', fact: 'Scott Morrison' }],
    counterExamples: [{ text: 'Narendra Modi sat beside his counterpart at the signing.', fact: 'Narendra Modi' }],
  },
];

/** "said the guild's chief executive, <name>": a set-off title right after a speech verb. */
function saidTitleBefore(c: RunContext): boolean {
  const f = titleBeforeComma(c.text, c.toks, c.i);
  if (!f) return false;
  let k = f.from - 1;
  // Back over "the" and a body's possessive ("the association's").
  while (k >= 0 && f.from - k <= 3 && (low(c.toks[k]) === 'the' || (c.toks[k].poss && !c.toks[k].cap))) k--;
  return k >= 0 && SPEECH_VERBS.has(low(c.toks[k]));
}

/** What the evidence rules read: a plain run of name words i..j-1 and its surroundings. */
export interface RunContext {
  text: string;
  toks: Tok[];
  i: number;
  j: number;
  /** The paragraph is a byline ("By …") or a credit line ("Additional reporting by …"). */
  byline: boolean;
  credits: boolean;
  seesPerson: PersonCheck;
}

/**
 * ", the trade minister,", ", a senior analyst.", ", a Cape Town fruit exporter," after a name: a
 * role closed by a lower-case title word or trade (place words may sit before it).
 */
function roleSetOff(toks: Tok[], k: number): boolean {
  // Capitalized words ("Cape Town") only after an article: without one, "Ms. Lee, Commerce Minister" is a list.
  const article = ARTICLES.has(low(toks[k]));
  if (article) k++;
  for (let n = 0; n < 6 && toks[k]?.word && (article || !toks[k].cap || toks[k].poss); n++, k++) {
    const w = low(toks[k]);
    if (!toks[k].cap && !toks[k].poss && (TITLE_HEADS.has(w) || TRADE_ROLES.has(w)) && ROLE_FOLLOWERS.has(low(toks[k + 1]))) return true;
  }
  return false;
}

/**
 * "Mette Holm, a shop steward at the blade plant, said": a description of one ("a"/"an") in lower-case
 * words set off after the name, then a speech verb. A body's description ends in a body's or a maker's noun.
 */
function describedThenSaid(toks: Tok[], k: number): boolean {
  if (!/^an?$/.test(low(toks[k])) || !toks[k + 1]?.word || toks[k + 1].cap) return false;
  let head = '';
  for (let n = k + 1; n < toks.length && n - k < 14; n++) {
    if (toks[n].text === ',') return !!head && !APPOSITION_HEADS.has(head) && !BODY_NOUNS.has(head) && !MAKER_HEADS.has(head) && SPEECH_VERBS.has(low(toks[n + 1]));
    if (!toks[n].word) return false;
    // The head is the last lower-case word before "at", "of", "in" … ("steward" in "a shop steward at …").
    if (!head && ROLE_FOLLOWERS.has(low(toks[n]))) head = low(toks[n - 1]);
    else if (!head && !toks[n].cap && toks[n + 1]?.text === ',') head = low(toks[n]);
  }
  return false;
}

const size = (c: RunContext) => c.j - c.i;
/** "— Léa Morand, editor, The Tariff Ledger": a sign-off (read as the article frame reads it) whose role is a title's head or a newsroom role. */
function signsOff(c: RunContext): boolean {
  if (!/^[—–]$|^--?$/.test(c.toks[c.i - 1]?.text ?? '')) return false;
  const role = signOffRole(c.text, c.text.slice(c.toks[c.i].start, c.toks[c.j - 1].end));
  return role.split(/[ \t]+/).some((w) => TITLE_HEADS.has(w) || BYLINE_ROLES.has(w) || TRADE_ROLES.has(w));
}
// A quote closed and said by "he" or "she": "…," he says.
const PRONOUN_QUOTE = rx('u')`[,.!?]["”]\s+(?:he|she)\s+${SPEECH_VERBS}(?![\p{L}-])`;
const after = (c: RunContext, n = 0) => c.toks[c.j + n];

export type Evidence = Partial<PersonHit> | true;

export const PERSON_EVIDENCE: readonly Rule<RunContext, Evidence>[] = [
  {
    id: 'person.is.speech-verb',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'name + said|told|… or said|according to + name',
    reason: 'speaks in the article',
    verdict: true,
    when: (c) => {
      if (size(c) < 2) return false;
      const prev = c.toks[c.i - 1];
      return SPEECH_VERBS.has(low(after(c))) || SAID_BEFORE.has(low(prev)) || (prev?.text === 'to' && low(c.toks[c.i - 2]) === 'according');
    },
    examples: [
      // A Vietnamese family name that is also an English word ("Do", "Le"), before a Vietnamese middle name.
      { text: '"We hope for an exemption," said Do Minh Khoa of the footwear association.', fact: 'Do Minh Khoa' },
      { text: '“Margins are thin,” said Okwudili Nnamdi in Lagos.', fact: 'Okwudili Nnamdi' },
      // A given name written short keeps its place in the name ("Ma." for Maria).
      { text: '“The cut came too late,” said Ma. Lourdes Dimaano in Bacolod.', fact: 'Ma. Lourdes Dimaano' },
    ],
    counterExamples: [{ text: 'Mr. Okwudili Nnamdi said margins were thin.', fact: 'Okwudili Nnamdi' }],
  },
  {
    id: 'person.is.quoted-by-pronoun',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'a two-word name as a sentence\'s subject + a verb, in a paragraph whose quote is "he says" or "she said"',
    reason: 'the subject the paragraph then quotes as "he" or "she"',
    verdict: true,
    when: (c) => {
      if (size(c) !== 2) return false;
      const next = after(c);
      const prev = c.toks[c.i - 1];
      // "… Ontario, Willem Hoekstra walks the length of a barn": a subject, then a verb in the present or past.
      if (!next?.word || next.cap || !/(?:[^s]s|ed)$/.test(next.text) || (prev && !prev.sentStart && prev.text !== ',' && !c.toks[c.i].sentStart)) return false;
      const name = c.toks.slice(c.i, c.j);
      if (name.some((t) => t.poss || END_HEADS.has(low(t)) || placeOf(t.text)) || placeOf(c.text.slice(name[0].start, name[1].end))) return false;
      return PRONOUN_QUOTE.test(c.text.slice(c.toks[c.j - 1].end));
    },
    examples: [{ text: 'Outside Drayton, Ontario, Wim Hoekveld walks the length of a broiler barn. "Every tonne that comes in is a tonne I did not grow," he says.', fact: 'Wim Hoekveld' }],
    counterExamples: [{ text: 'Outside Drayton, Ontario, Prairie Hatchery runs three barns. "Every tonne counts," the manager says.', fact: 'Prairie Hatchery' }],
  },
  {
    id: 'person.is.of-body-speaks',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'name + "of [the] <Body>" + said|told|…',
    reason: 'speaks for a body named after the name',
    verdict: true,
    when: (c) => {
      if (size(c) < 2 || size(c) > 3 || low(after(c)) !== 'of') return false;
      const tie = ofBodyAfter(c.text, c.toks, c.j);
      return !!tie?.org && SPEECH_VERBS.has(low(c.toks[tie.org.j]));
    },
    examples: [{ text: '“It is a win,” Idris Maclennan of the Penrose Economic Forum told me this week.', fact: 'Idris Maclennan' }],
    counterExamples: [{ text: 'Penrose Economic Forum officials told me this week.', fact: 'Penrose Economic Forum' }],
  },
  {
    id: 'person.is.byline',
    kind: 'person',
    decides: 'isPerson',
    anchor: '"By …", a credit line, or "… can be reached at"',
    reason: 'wrote or reported the article',
    verdict: true,
    // "(Reporting by Ana Ruiz in Buenos Aires; …)": a name after "in" is where the reporter was.
    when: (c) => size(c) >= 2 && low(c.toks[c.i - 1]) !== 'in' && ((c.byline && c.i <= 8) || c.credits || (CREDIT_AFTER.has(low(after(c))) && /^(be|to)$/.test(low(after(c, 1))))),
    examples: [
      { text: 'By Maria Okonkwo', fact: 'Maria Okonkwo' },
      // A capital city as a family name after a known given name.
      { text: 'By Renata Colombo', fact: 'Renata Colombo' },
      { text: 'The port was busy.\n\n— With assistance from Kenji Ota and Laura Brennan', fact: 'Kenji Ota' },
    ],
    counterExamples: [
      { text: 'Maria Okonkwo said the port was busy.', fact: 'Maria Okonkwo' },
      { text: 'The port was busy.\n\n(Reporting by Maria Okonkwo in Port Harcourt; Editing by Tom Hale)', fact: 'Port Harcourt' },
    ],
  },
  {
    id: 'person.is.sign-off',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'a sign-off after a dash, opening a line or after its last sentence: "— " + name + ", <role>[, <Body>]"',
    reason: 'signs the piece off with a role',
    verdict: true,
    when: (c) => size(c) >= 2 && signsOff(c),
    examples: [
      { text: 'Tariffs rose again this week.\n\n— Léa Morand, editor, The Tariff Ledger', fact: 'Léa Morand' },
      { text: 'That is all for now.\n\n— Sanne Hoekstra, Senior Customs Adviser, Van Leeuwen Douane & Trade', fact: 'Sanne Hoekstra' },
      // After the last sentence on its line, as the article frame reads sign-offs.
      { text: 'Duties on film rose again. That is all this week. — Signe Aaltonen, editor', fact: 'Signe Aaltonen', expect: { title: 'editor' } },
    ],
    counterExamples: [{ text: 'Tariffs rose again this week.\n\n— Port of Rotterdam, statistics, 2025', fact: 'Port of Rotterdam' }],
  },
  {
    id: 'person.is.role-after',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'name + ", a <role> at <Body>"',
    reason: 'described by a role at a body',
    verdict: true,
    when: (c) => size(c) >= 2 && !!roleAfter(c.text, c.toks, c.j),
    examples: [{ text: 'Daniel Kessler, a senior fellow at the Peterson Institute for International Economics, disagreed.', fact: 'Daniel Kessler' }],
    counterExamples: [{ text: 'Daniel Kessler disagreed with the Peterson Institute for International Economics.', fact: 'Daniel Kessler' }],
  },
  {
    id: 'person.is.set-off',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'name set off by commas next to a role, "who" or a speech verb',
    reason: 'described as a person by the words set off around the name',
    verdict: true,
    when: (c) => {
      if (size(c) < 2) return false;
      // '… ," said the association’s chief executive, Callum McLeish.': a speaker's title set off before a name that ends the sentence.
      if (after(c)?.text === '.' || !after(c)) return saidTitleBefore(c);
      if (after(c)?.text !== ',') return false;
      const next = low(after(c, 1));
      return next === 'who' || SPEECH_VERBS.has(next) || !!titleBeforeComma(c.text, c.toks, c.i) || !!spokespersonBefore(c.text, c.toks, c.i) || roleSetOff(c.toks, c.j + 1) || describedThenSaid(c.toks, c.j + 1) || !!appositionAfter(c.text, c.toks, c.j);
    },
    examples: [
      { text: 'Patel Kumar, who has spun yarn in Surat for decades, expects fewer orders.', fact: 'Patel Kumar' },
      { text: 'Unions are split. Marit Holmvik, a shop clerk in Lem, said her members want protection.', fact: 'Marit Holmvik' },
      { text: '“The door was shut,” said the guild’s chief executive, Eilidh Braeburn. “We were not heard.”', fact: 'Eilidh Braeburn' },
    ],
    counterExamples: [
      { text: 'Patel Kumar said the mill in Surat expects fewer orders.', fact: 'Patel Kumar' },
      { text: 'Vestra Holmvik, a regional growers\' association, said prices rose.', fact: 'Vestra Holmvik' },
      { text: 'The guild’s chief executive met officials in Kirkcaldy Harbour.', fact: 'Kirkcaldy Harbour' },
    ],
  },
  {
    id: 'person.is.stance',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'a sentence opening "<Name> has argued…"',
    reason: 'states a view in the article',
    verdict: true,
    when: (c) => {
      if (size(c) < 2 || !c.toks[c.i].sentStart || !PERFECT_AUXILIARIES.has(low(after(c)))) return false;
      return SPEECH_VERBS.has(low(after(c, 1))) || (/ly$/.test(low(after(c, 1))) && SPEECH_VERBS.has(low(after(c, 2))));
    },
    examples: [{ text: 'Okwudili Nnamdi has repeatedly argued that the levy hurts farmers.', fact: 'Okwudili Nnamdi' }],
    counterExamples: [{ text: 'Okwudili Nnamdi said that the levy hurts farmers.', fact: 'Okwudili Nnamdi' }],
  },
  {
    id: 'person.is.post-nominal',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'name + a member\'s letters ("MP") or a "(<Party>, <Seat>)" tag',
    reason: "a member of a parliament: the letters or the party-and-seat tag after the name",
    verdict: true,
    when: (c) => size(c) >= 2 && seatAfter(c.text, c.toks, c.j) !== null,
    examples: [{ text: 'The hearing opened. Ruth Penhallow MP, the chair, read the figures.', fact: 'Ruth Penhallow' }],
    counterExamples: [{ text: 'The hearing opened in Exeter North (Devon), where figures were read.', fact: 'Exeter North' }],
  },
  {
    id: 'person.is.age',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'name + ", 54,"',
    reason: 'given an age, which only a person has',
    verdict: true,
    when: (c) => size(c) >= 2 && after(c)?.text === ',' && /^\d{1,2}$/.test(after(c, 1)?.text ?? '') && /^[,.]$/.test(after(c, 2)?.text ?? ''),
    examples: [{ text: 'Jorge Villalobos, 54, runs a tomato farm near Culiacán.', fact: 'Jorge Villalobos' }],
    counterExamples: [{ text: 'Jorge Villalobos said he runs a tomato farm near Culiacán.', fact: 'Jorge Villalobos' }],
  },
  {
    id: 'person.is.governs',
    kind: 'person',
    decides: 'isPerson',
    anchor: '"the <Name> administration|government"',
    reason: 'leads the administration or government named after them',
    when: (c) => {
      const a = after(c);
      if (size(c) !== 1 || !a || !GOVERNS.has(a.text) || placeOf(c.toks[c.i].text) || STATES_PROVINCES.has(low(c.toks[c.i]))) return null;
      // "Quebec cabinet makers", "Townships cabinet makers": the trade, not a leader's cabinet.
      if (low(a) === 'cabinet' && CABINET_TRADE.has(low(after(c, 1)))) return null;
      if (a.text === 'White' && after(c, 1)?.text !== 'House') return null;
      return { affiliation: LEADERS.get(c.toks[c.i].text) ?? '' };
    },
    examples: [{ text: 'Duties rose under the Clinton Administration.', fact: 'Clinton', expect: { affiliation: 'United States' } }],
    counterExamples: [
      { text: 'Duties rose under the Ottawa government.', fact: 'Ottawa' },
      { text: 'Eastern Townships cabinet makers caught between two sets of tariffs', fact: 'Townships' },
      { text: 'Many Manitoba cabinet makers did the same.', fact: 'Manitoba' },
    ],
  },
  {
    id: 'person.is.leader',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'a well-known leader named by surname',
    reason: 'a head of government trade stories name by surname',
    when: (c) => (size(c) === 1 && LEADERS.has(c.toks[c.i].text) ? { affiliation: LEADERS.get(c.toks[c.i].text) ?? '' } : null),
    examples: [{ text: 'Tariffs were the centrepiece of Trump’s plan.', fact: 'Trump', expect: { affiliation: 'United States' } }],
    counterExamples: [{ text: 'Tariffs were the centrepiece of Donald Trump’s plan, said aides.', fact: 'Donald Trump' }],
  },
  {
    id: 'person.is.known-name',
    kind: 'person',
    decides: 'isPerson',
    anchor: "a given or family name compromise's lexicon knows (lexicon/personNames.ts)",
    reason: 'a known given or family name makes this a person',
    verdict: true,
    when: (c) => {
      if (size(c) < 2) return false;
      // "president of Louis Brevard North America": a name that runs on into more capitalized words,
      // or that a title ties to by "of", is a body's name.
      const a = after(c);
      if (a?.word && a.cap && c.text.slice(c.toks[c.j - 1].end, a.start) === ' ') return false;
      if (low(c.toks[c.i - 1]) === 'of' && TITLE_HEADS.has(low(c.toks[c.i - 2]))) return false;
      // "Lac Hong Automotive Assembly": a body's head word inside the run ("Grace Chambers" ends with one and is a name).
      for (let k = c.i + 1; k < c.j - 1; k++) if (END_HEADS.has(low(c.toks[k]))) return false;
      return c.seesPerson(c.toks[c.i].start, c.toks[c.j - 1].end);
    },
    examples: [{ text: 'Elizabeth Warren visited the port in January.', fact: 'Elizabeth Warren' }],
    counterExamples: [
      { text: 'Elizabeth Warren, a senator, visited the port in January.', fact: 'Elizabeth Warren' },
      { text: 'Petra Lindqvist, president of Louis Brevard North America, expects shipments to climb.', fact: 'Louis Brevard' },
      { text: 'The plant belongs to Chen Hong Automotive Assembly, which builds vans.', fact: 'Chen Hong Automotive Assembly' },
      // Words before a place noun are a place: a person's name there does not make them one.
      { text: 'Tran Van Nam runs a plant in Quang Nam province.', fact: 'Quang Nam' },
    ],
  },
  {
    id: 'person.is.particle-name',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'a given name, a lower-case name particle and a family name ("Hennie van der Merwe", "Ana de la Cruz")',
    reason: 'a family name joined by "van der", "de la", "bin": the shape of a person\'s name',
    verdict: true,
    when: (c) => {
      if (size(c) < 3) return false;
      const inner = c.toks.slice(c.i + 1, c.j - 1);
      // Only particles and capitalized name words inside, at least one particle, a name word on each side.
      if (!inner.some((t) => !t.cap && PARTICLES.has(low(t)))) return false;
      const a = after(c);
      return !(a?.word && a.cap && c.text.slice(c.toks[c.j - 1].end, a.start) === ' ');
    },
    examples: [
      { text: 'In a cold room outside Brits, Hennie van der Merwe counts the birds he cannot sell.', fact: 'Hennie van der Merwe' },
      // The Filipino "dela" and "delos" are particles too: a quote is not given to "Rosa" alone.
      { text: 'In a shuttered plant in Batangas, Dindo dela Rosa counts the furnaces that went cold.', fact: 'Dindo dela Rosa' },
    ],
    counterExamples: [{ text: 'In a cold room outside Brits, Hennie Merwe counts the birds he cannot sell.', fact: 'Hennie Merwe' }],
  },
];
