/**
 * What a paragraph's other words say about the people in it: a counterpart's office, the one
 * country a sentence is about, and two surnames joined by a hyphen ("the Lula-Alckmin ticket").
 */
import type { Rule } from '../rules/rule';
import type { Tok } from '../lexicon/tokens';
import { CABINET_HEADS, MINISTER_TITLE, PEERS, PERSON_POSSESSIVES, STATE_OFFICES, TITLE_HEADS } from '../lexicon/titles';
import { countriesOf, sentenceAround } from './sentenceCountries';
import { placeOf } from '../lexicon/words';
import { LEADERS } from './names';
import { CLAUSE_VERBS, SPEECH_VERBS } from '../lexicon/speechVerbs';
import type { PersonHit } from './nameRules';
import { runFrom } from '../organizations/find';
import { END_HEADS, OPEN_HEADS } from '../lexicon/orgHeads';


/** "Modi and his Australian counterpart Scott Morrison": the counterpart holds the office of the titled person before. */
export function counterpartTitles(hits: PersonHit[]): void {
  for (let n = 0; n < hits.length; n++) {
    const h = hits[n];
    if (h.title || !h.because.includes('person.name.counterpart')) continue;
    for (let m = n - 1; m >= 0 && h.i - hits[m].j < 30; m--) {
      if (!hits[m].title || hits[m].weak) continue;
      h.title = hits[m].title;
      h.because.push('person.title.counterpart');
      break;
    }
  }
}

/**
 * "Commissioners Miguel A. Serrano and Rebecca Thorsell": a plural title before names joined by
 * "and" (or a comma) is each one's title, in the singular.
 */
export function sharedPluralTitles(toks: Tok[], hits: PersonHit[]): void {
  for (let n = 0; n < hits.length; n++) {
    const h = hits[n];
    const plural = /^(.*?)(\p{L}+)s$/u.exec(h.title);
    if (!plural || !toks[h.i - 1] || low(toks[h.i - 1]) !== h.title.split(/\s+/).pop()?.toLowerCase() || !TITLE_HEADS.has(plural[2].toLowerCase())) continue;
    const single = `${plural[1]}${plural[2]}`;
    h.title = single;
    for (let m = n + 1, at = h.j; m < hits.length; m++) {
      const next = hits[m];
      const link = low(toks[at]);
      if (next.weak || next.i !== at + 1 || (link !== 'and' && link !== ',')) break;
      if (!next.title) {
        Object.assign(next, { title: single, affiliation: next.affiliation || h.affiliation, org: next.org || h.org });
        next.because.push('person.title.shared-plural');
      }
      if (link === 'and') break;
      at = next.j;
    }
  }
}

/** A portfolio after a title's head: " of Economic Development". */
const PORTFOLIO_TAIL = /\s+(?:of|for)\s.*$/s;

/** The country that opens the clause a name's speech verb reports: "… said [that] Honduras would ask …". */
function saidCountry(toks: Tok[], j: number): string {
  if (!SPEECH_VERBS.has(toks[j]?.text ?? '')) return '';
  let k = j + 1;
  if (toks[k]?.text === 'that') k++;
  // "the United States", "South Korea": a country of one or two words, not a possessive ("said Canada's mills").
  if (toks[k]?.text === 'the') k++;
  const t = toks[k];
  if (!t?.cap || !t.word || t.poss) return '';
  const two = toks[k + 1]?.cap && toks[k + 1].word && !toks[k + 1].poss ? placeOf(`${t.text} ${toks[k + 1].text}`) : '';
  const country = two || placeOf(t.text);
  const after = toks[k + (two ? 2 : 1)];
  return country && after && CLAUSE_VERBS.has(after.text) ? country : '';
}

/**
 * "Vice Premier Zhao Mingde heads the Chinese delegation": a cabinet title with no country,
 * in a sentence that names exactly one country, serves that country; in a sentence naming several,
 * the country whose plans they report ("said Honduras would ask …"). A minister never serves the U.S.
 */
export function sentenceCountry(text: string, toks: Tok[], hits: PersonHit[]): void {
  // A well-known leader's country is known (names.ts LEADERS): the sentence's other country is not theirs.
  const known = (h: PersonHit) => toks.slice(h.i, h.j).some((t) => LEADERS.has(t.text));
  const open = hits.filter((h) => !h.weak && h.title && !h.affiliation && !known(h) && (CABINET_HEADS.has(lastWord(h.title.replace(PORTFOLIO_TAIL, ''))) || (/^\p{Lu}/u.test(h.title) && STATE_OFFICES.has(h.title))));
  if (!open.length) return;
  const skip = new Uint8Array(toks.length);
  for (const h of hits) for (let k = h.i; k < h.j; k++) skip[k] = 1;
  for (const h of open) {
    const [s, e] = sentenceAround(toks, h.i);
    const found = countriesOf(toks, s, e, skip);
    // The United States has no ministers: "Finance Minister Lavergne said steel shut out of the United States …" is not its.
    if (MINISTER_TITLE.test(h.title)) found.delete('United States');
    // "Vice Minister Óscar Mejía said Honduras would ask Mexico and the United States …": the clause's subject is theirs.
    const said = found.size > 1 ? saidCountry(toks, h.j) : '';
    if (said && found.has(said)) {
      h.affiliation = said;
      h.because.push('person.affiliation.said-country');
      continue;
    }
    // A portfolio title ("Deputy Minister of Industry and Trade") is read only for the clause's subject.
    if (found.size !== 1 || !(CABINET_HEADS.has(lastWord(h.title)) || STATE_OFFICES.has(h.title))) continue;
    h.affiliation = [...found][0];
    h.because.push('person.affiliation.sentence-country');
  }
  void text;
}

/**
 * "In the European Parliament, the chair of the trade committee, Aoife Lennon, said": a titled
 * person with no body of their own serves the body their sentence opens in.
 */
export function frontedBody(text: string, toks: Tok[], hits: PersonHit[]): void {
  for (const h of hits) {
    if (h.weak || !h.title || h.affiliation) continue;
    let [s] = sentenceAround(toks, h.i);
    // "Her counterpart at Sahel Butters Ltd, chief executive Ibrahim Lawan,": a peer's own body, fronted.
    if (PERSON_POSSESSIVES.has(low(toks[s])) && PEERS.has(low(toks[s + 1])) && low(toks[s + 2]) === 'at') s += 2;
    if (!/^(?:In|At|Inside|at)$/.test(toks[s]?.text ?? '')) continue;
    const from = toks[s + 1]?.text === 'the' ? s + 2 : s + 1;
    if (!toks[from]?.cap || from >= h.i) continue;
    const end = runFrom(toks, from);
    // "At the Centre for Trade Studies in Pretoria, economist …": a place may follow the body, a town
    // the lexicon need not know ("At Kainji Agro-Allied Industries in Mokwa, managing director …").
    let comma = end;
    if (low(toks[comma]) === 'in' && toks[comma + 1]?.cap) {
      let e = comma + 1;
      while (e - comma <= 3 && toks[e]?.word && toks[e].cap) e++;
      if (toks[e]?.text === ',' || placeOf(toks[comma + 1].text)) comma = toks[e]?.text === ',' ? e : comma + 2;
    }
    if (toks[comma]?.text !== ',' || comma >= h.i || !(END_HEADS.has(lastWord(toks[end - 1].text)) || OPEN_HEADS.has(low(toks[from])))) continue;
    h.affiliation = text.slice(toks[from].start, toks[end - 1].end);
    h.org = h.org ?? { i: from, j: end };
    h.because.push('person.affiliation.fronted-body');
  }
}

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');
const lastWord = (title: string): string => title.split(/\s+/).pop()?.toLowerCase() ?? '';

const PAIR = /^(\p{Lu}\p{Ll}{2,})-(\p{Lu}\p{Ll}{2,})$/u;

/** "the Lula-Alckmin ticket", "an Abe-Trump summit": two surnames, each its own weak mention. */
export function pairedNames(toks: Tok[], i: number): Array<{ start: number; end: number }> | null {
  const t = toks[i];
  const m = t?.word ? PAIR.exec(t.text) : null;
  if (!m || placeOf(m[1]) || placeOf(m[2])) return null;
  const next = toks[i + 1];
  if (!next || !next.word || next.cap) return null;
  return [
    { start: t.start, end: t.start + m[1].length },
    { start: t.start + m[1].length + 1, end: t.end },
  ];
}

export const CONTEXT_RULES: readonly Rule<unknown, unknown>[] = [
  {
    id: 'person.affiliation.fronted-body',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a titled person with no body + "In the <Body>," opening the sentence',
    reason: 'serves {affiliation}: the body the sentence opens in',
    examples: [
      { text: 'In the European Parliament, the chair of the trade committee, Aoife Lennon, backed the plan.', fact: 'Aoife Lennon', expect: { affiliation: 'European Parliament' } },
      // A town the lexicon does not know may follow the body; a peer's own body may open the sentence.
      { text: 'At Ndoro Oilseed Industries in Kasungu, managing director Chikondi Banda said the crushers would hire.', fact: 'Chikondi Banda', expect: { title: 'managing director', affiliation: 'Ndoro Oilseed Industries' } },
      { text: 'Her counterpart at Lilongwe Shea Processors Ltd, chief executive Yamikani Phiri, was more cautious.', fact: 'Yamikani Phiri', expect: { title: 'chief executive', affiliation: 'Lilongwe Shea Processors Ltd' } },
    ],
    counterExamples: [{ text: 'In Brussels, the chair of the trade committee, Aoife Lennon, backed the plan.', fact: 'Aoife Lennon', expect: { affiliation: '' } }],
  },
  {
    id: 'person.affiliation.antecedent',
    kind: 'person',
    decides: 'affiliation',
    anchor: '"its <title>, " or "the <noun>\'s <title>, " + name, after the body or country',
    reason: '{affiliation} is the body or country "its" (or "the council\'s") points back to',
    examples: [
      { text: 'The Lakeside Growers Alliance welcomed the list. “It is a blunt tool,” said Ines Moro, the alliance’s vice-president of policy.', fact: 'Ines Moro', expect: { title: 'vice-president of policy', affiliation: 'Lakeside Growers Alliance' } },
      { text: 'The Nordic Pump Association (NPA) said it lost orders because of the US levy. Its president, Kai Lund, called for talks.', fact: 'Kai Lund', expect: { title: 'president', affiliation: 'NPA' } },
      { text: 'The Volta Rice Growers Association opposed the cut.\n\n“Every bag counts,” said Ama Kusi, who heads the association.', fact: 'Ama Kusi', expect: { title: 'head', affiliation: 'Volta Rice Growers Association' } },
      { text: 'Vietnam attended as an observer. Its Deputy Minister of Industry and Trade, Nguyen Thi Lan, said Hanoi hoped to join.', fact: 'Nguyen Thi Lan', expect: { title: 'Deputy Minister of Industry and Trade', affiliation: 'Vietnam' } },
      // "Its" opening a sentence points to the previous sentence's subject, not to a country named as an object.
      { text: 'The Tidewater Nut Growers Council said almond shipments to Turkey were worth $310 million. Its president, Dale Whitacre, called the duties unfair.', fact: 'Dale Whitacre', expect: { title: 'president', affiliation: 'Tidewater Nut Growers Council' } },
      { text: 'Thailand bought 41,000 tonnes of bananas last year, according to the Mindanao Fruit Exporters Federation. Its president, Renato Bacalso, called the measure a punishment.', fact: 'Renato Bacalso', expect: { title: 'president', affiliation: 'Mindanao Fruit Exporters Federation' } },
      { text: 'The Northfield Cycling Council filed the petition in May.\n\nDarnell Whitfield, the council’s president, said the tariff would hurt.', fact: 'Darnell Whitfield', expect: { title: 'president', affiliation: 'Northfield Cycling Council' } },
      // The words of the quote an attribution follows are not what "its" points to.
      { text: 'Rival miner Cerro Pardo Metals said it was shipping to Shanghai instead. “Buyers in Japan pay on time,” said its sales director, Paula Ibarra.', fact: 'Paula Ibarra', expect: { title: 'sales director', affiliation: 'Cerro Pardo Metals' } },
      // A passive's agent is the sentence's subject too.
      { text: 'The petition was filed by the Baltic Glass Makers Union, which has plants in Latvia and Poland. Its chair, Ilze Berzina, welcomed the duty.', fact: 'Ilze Berzina', expect: { title: 'chair', affiliation: 'Baltic Glass Makers Union' } },
      // A region the title covers is part of it.
      { text: 'The Wool Growers Council of Otago said prices would fall. Its regional manager for North Asia, Mere Paewai, said buyers had waited.', fact: 'Mere Paewai', expect: { title: 'regional manager for North Asia', affiliation: 'Wool Growers Council of Otago' } },
      // "Its Asia director": the region is the post's beat; "whose" names the body just before it.
      { text: 'The Meat Export Federation said the increase would hurt. Its Asia director, Brent Holloway, said exporters would shift.', fact: 'Brent Holloway', expect: { title: 'Asia director', affiliation: 'Meat Export Federation' } },
      { text: 'The petition was brought by the Gulf Shrimpers Coalition, whose executive director, Jolene Thibodeaux, welcomed the decision.', fact: 'Jolene Thibodeaux', expect: { title: 'executive director', affiliation: 'Gulf Shrimpers Coalition' } },
      // A bare spokesperson speaks for the body the sentence before is about.
      { text: 'The Harbour Millers Guild said the review had ignored its members. “Nobody asked us,” spokeswoman Tamsin Orrell said.', fact: 'Tamsin Orrell', expect: { title: 'spokeswoman', affiliation: 'Harbour Millers Guild' } },
      // A body's head word alone before the title, opening the sentence: "Federation chair …".
      { text: 'The Cattle Breeders Federation of Botswana welcomed the quota.\n\nFederation chair Kagiso Molefe said ranchers were ready.', fact: 'Kagiso Molefe', expect: { title: 'chair', affiliation: 'Cattle Breeders Federation of Botswana' } },
      // Lower case after a quote: '…," association president Somchai Rattanakorn said'.
      { text: 'The Thai Feed Mill Association welcomed the decision. "Twenty percent is better," association president Somchai Rattanakorn said.', fact: 'Somchai Rattanakorn', expect: { title: 'president', affiliation: 'Thai Feed Mill Association' } },
      {
        text: 'The complaint came from the Nordic Tile Guild, whose members make 40% of EU output.\n\nIts chief executive, Mette Holm, welcomed the duties.',
        fact: 'Mette Holm',
        expect: { title: 'chief executive', affiliation: 'Nordic Tile Guild' },
      },
    ],
    counterExamples: [{ text: 'Darnell Whitfield, the president, said the tariff would hurt.', fact: 'Darnell Whitfield' }],
  },
  {
    id: 'person.affiliation.nearest-firm',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a firm's title (chief executive, plant manager, CFO) with no body + the company named last before it, close by",
    reason: '{affiliation}: the company named just before, in a firm\'s title',
    examples: [
      {
        text: 'The presses at Waimea Extrusions have run two shifts since March.\n\n“We went from 14 containers a month to none,” said chief executive Ruth Tamihana.',
        fact: 'Ruth Tamihana',
        expect: { title: 'chief executive', affiliation: 'Waimea Extrusions' },
      },
    ],
    counterExamples: [
      {
        text: 'The European Union set quotas on steel in March.\n\n“We went from 14 containers a month to none,” said chief executive Ruth Tamihana.',
        fact: 'Ruth Tamihana',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.affiliation.colleague',
    kind: 'person',
    decides: 'affiliation',
    anchor: '"his|her|their colleague" + name, after a person with a body',
    reason: '{affiliation}: a colleague of the person named just before',
    examples: [
      {
        text: 'Marta Lindqvist, an analyst at Fjordhavn Securities, expects the duties to hold.\n\nHer colleague Pieter Aalders, who covers retailers, was more cautious.',
        fact: 'Pieter Aalders',
        expect: { affiliation: 'Fjordhavn Securities' },
      },
    ],
    counterExamples: [
      {
        text: 'Marta Lindqvist, an analyst at Fjordhavn Securities, expects the duties to hold.\n\nPieter Aalders, who covers retailers, was more cautious.',
        fact: 'Pieter Aalders',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.affiliation.court',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a judge with no body of their own + the one court the article names',
    reason: '{affiliation}: the court the article names, where the judge sits',
    examples: [
      {
        text: 'The Federal Court of Australia set aside the dumping duties on Friday.\n\nIn a 40-page judgment, Justice Harriet Molloy said the commission had erred.',
        fact: 'Harriet Molloy',
        expect: { title: 'Justice', affiliation: 'Federal Court of Australia' },
      },
    ],
    counterExamples: [
      {
        text: 'The Federal Court of Australia and the Administrative Appeals Tribunal both heard the case.\n\nJustice Harriet Molloy said the commission had erred.',
        fact: 'Harriet Molloy',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.affiliation.family-firm',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a person with no body + the one company whose name opens with their family name',
    reason: '{affiliation}: the company that bears their family name',
    examples: [
      {
        text: 'At Nuriootpa, fourth-generation winemaker Carla Henschke-Bauer ships to Shanghai again.\n\nHenschke-Bauer Estate Wines sold half its shiraz to China before 2020.',
        fact: 'Carla Henschke-Bauer',
        expect: { title: 'winemaker', affiliation: 'Henschke-Bauer Estate Wines' },
      },
    ],
    counterExamples: [
      {
        text: 'At Nuriootpa, fourth-generation winemaker Carla Henschke-Bauer ships to Shanghai again.\n\nHenschke-Bauer Estate Wines and Henschke-Bauer Freight both grew.',
        fact: 'Carla Henschke-Bauer',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.title.call-analyst',
    kind: 'person',
    decides: 'title',
    anchor: 'a person "of" a broker, bank or research house, with no title, who asks a question in a story that speaks of analysts',
    reason: 'an analyst: asks on the call for {affiliation}',
    examples: [
      {
        text: 'Prairie Forge told analysts it would absorb the tariff.\n\n"Are your competitors eating the 15% or passing it on?" asked Brent Oyelaran of Cardinal Ridge Capital.',
        fact: 'Brent Oyelaran',
        expect: { title: 'analyst', affiliation: 'Cardinal Ridge Capital' },
      },
    ],
    counterExamples: [
      // No analysts in the story, and no question asked: the firm alone.
      {
        text: 'Prairie Forge will absorb the tariff.\n\n"It is a fair price," said Brent Oyelaran of Cardinal Ridge Capital.',
        fact: 'Brent Oyelaran',
        expect: { title: '', affiliation: 'Cardinal Ridge Capital' },
      },
    ],
  },
  {
    id: 'person.affiliation.commission',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a commissioner (or the chairman beside one) with no body of their own + the one commission the article names',
    reason: '{affiliation}: the commission the article names, where the commissioner sits',
    examples: [
      {
        text: 'The U.S. International Trade Commission voted 3-1 on Thursday that imports of quartz slabs hurt American makers.\n\nChairman Alma Reyes and Commissioner Victor Lund voted in the affirmative.',
        fact: 'Alma Reyes',
        expect: { title: 'Chairman', affiliation: 'U.S. International Trade Commission' },
      },
    ],
    counterExamples: [
      {
        text: 'The U.S. International Trade Commission voted 3-1 on Thursday that imports of quartz slabs hurt American makers.\n\nChairman Alma Reyes said the company would appeal.',
        fact: 'Alma Reyes',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.affiliation.own-body',
    kind: 'person',
    decides: 'affiliation',
    anchor: '"our <title>, " + name, in an article by a body about itself (a newsletter, a release)',
    reason: '{affiliation} is the body the article speaks for (the one it names most)',
    examples: [
      {
        text: 'The Prairie Seed Growers Association welcomed the ruling.\n\nThe Canada Border Services Agency will collect the duty. The Canada Border Services Agency said so on Monday, and the Canada Border Services Agency will publish a list.\n\nOur executive director, Priya Sandhu, met officials in Ottawa. The Prairie Seed Growers Association will appeal.',
        fact: 'Priya Sandhu',
        expect: { title: 'executive director', affiliation: 'Prairie Seed Growers Association' },
      },
    ],
    counterExamples: [{ text: 'Our executive director, Priya Sandhu, met officials in Ottawa.', fact: 'Priya Sandhu', expect: { affiliation: '' } }],
  },
  {
    id: 'person.affiliation.sentence-country',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a cabinet title with no country + the one country its sentence names',
    reason: "serves {affiliation}: the only country named in the title's sentence",
    examples: [
      { text: 'Vice Premier Zhao Mingde heads the Chinese delegation this week.', fact: 'Zhao Mingde', expect: { affiliation: 'China' } },
      { text: 'President Ana Ruiz Salas told reporters that Peru would answer.', fact: 'Ana Ruiz Salas', expect: { affiliation: 'Peru' } },
    ],
    counterExamples: [
      // The United States has no ministers.
      { text: 'Finance Minister Mathieu Lavergne said steel shut out of the United States must not land here.', fact: 'Mathieu Lavergne', expect: { affiliation: '' } },
      { text: 'Vice Premier Zhao Mingde told U.S. negotiators the Chinese side wants a deal.', fact: 'Zhao Mingde' },
      { text: 'Finance Minister Rosa Vidal met Chinese and Brazilian envoys on Monday.', fact: 'Rosa Vidal' },
      { text: 'The company president, Ana Ruiz Salas, said Peru would answer.', fact: 'Ana Ruiz Salas' },
    ],
  },
  {
    id: 'person.affiliation.said-country',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a cabinet title with no country + speech verb + the country that opens the reported clause, in a sentence naming several',
    reason: 'serves {affiliation}: the country whose plans they report ("said {affiliation} would …")',
    examples: [
      { text: 'Vice Minister of Economic Development Óscar Mejía Zelaya said Honduras would ask Mexico and the United States to count its fabric.', fact: 'Óscar Mejía Zelaya', expect: { affiliation: 'Honduras' } },
      { text: 'Trade Minister Ana Ruiz said that Peru will answer Chile and Bolivia in kind.', fact: 'Ana Ruiz', expect: { affiliation: 'Peru' } },
    ],
    counterExamples: [
      // A possessive is not the clause's subject.
      { text: "Trade Minister Ana Ruiz said Chile's duties would hurt Peru and Bolivia.", fact: 'Ana Ruiz', expect: { affiliation: '' } },
    ],
  },
  {
    id: 'person.name.paired',
    kind: 'person',
    decides: 'nameStart',
    anchor: 'two surnames joined by a hyphen before a lower-case noun',
    reason: 'one of two people named together ("the Lula-Alckmin ticket")',
    examples: [{ text: 'Prime Minister Shinzo Abe welcomed the Abe-Trump summit in April.', fact: 'Shinzo Abe' }],
    counterExamples: [{ text: 'The Lula-Alckmin ticket won the vote.', fact: 'Lula-Alckmin' }],
  },
  {
    id: 'person.name.party-label',
    kind: 'person',
    decides: 'nameStart',
    anchor: 'a party label before a name ("Republican Tom Hale")',
    reason: 'the party label before the name is not part of it',
    examples: [{ text: 'Republican Tom Hale said the tariffs would hurt farmers.', fact: 'Tom Hale' }],
    counterExamples: [
      { text: 'The Conservative government said the tariffs would hurt farmers.', fact: 'Conservative' },
      { text: 'Tom Hale said the tariffs would hurt farmers.', fact: 'Tom Hale' },
    ],
  },
  {
    id: 'person.name.short-form',
    kind: 'person',
    decides: 'isPerson',
    anchor: 'a lone capitalized word naming someone found elsewhere',
    reason: 'a short form of a name given in full elsewhere',
    examples: [
      { text: 'Trade Minister Dan Tehan signed the pact. Tehan said it was a milestone.', fact: 'Dan Tehan' },
      // A double surname's first part, as Spanish and Portuguese second references use it.
      { text: 'Claudia Rosario Bisonó leads the free-zones group. Rosario said the duty hurt.', fact: 'Claudia Rosario Bisonó' },
    ],
    counterExamples: [{ text: 'Tehan said it was a milestone.', fact: 'Tehan' }],
  },
];
