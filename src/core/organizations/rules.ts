/**
 * The organization decisions as rule records (see ../rules/rule.ts); registered in ../rules/index.ts.
 *
 * - NAME_RULES: is there an organization's name at this word? Tried in order at every word not yet
 *   taken; the first that finds one decides (../organizations/find.ts).
 * - HEAD_RULES: where a capitalized run's name has its head (so where the name ends). All are
 *   tried; the head furthest along the run wins, and of two at the same word the earlier rule.
 * - ORGANIZATION_VETOES: a run with a head that is still no body ("Chinese Steel", "Oval Office").
 *   A veto leaves no fact behind, so its rows are checked in test/unit/organizations.test.ts.
 * - SHAPE_RULES: company names with no organization word, read after the first pass.
 * - the list, affiliation and alias rules record what lists.ts, people/actors.ts and link.ts decide.
 */
import type { Rule } from '../rules/rule';
import type { OrgHit, OrgScan, RunSpan, RunVerdict } from './find';
import {
  ampersandHead,
  basedAt,
  bodyNounHead,
  capitalizedRunAt,
  creditLineAt,
  cueHit,
  datelineAt,
  foreignHead,
  governmentBodyAt,
  isDescription,
  isIndustryCategory,
  lexiconHit,
  makersHead,
  ofHead,
  representativeOfficeAt,
  topicMinistryAt,
} from './find';
import { canadaHead, industryHead, isGeographic, legalFormHead, legalPrefixHead } from './shapes';
import { acronymBodyAt, appositionAt, groupUnitAt, kindFirstAppositionAt, stockWordsAt, type ShapeScan } from './companies';
import { NOT_ORGS } from '../lexicon/orgHeads';
import { TITLE_HEADS } from '../lexicon/titles';

type NameRule = Rule<OrgScan, OrgHit>;
type HeadRule = Rule<RunSpan, number>;
type Veto = Rule<RunVerdict, boolean>;
type ShapeRule = Rule<ShapeScan, OrgHit[]>;

const orNull = (k: number): number | null => (k >= 0 ? k : null);
/** A capitalized title head + "for"/"of" + a capitalized portfolio at `k` ("Minister for Primary …"). */
const portfolioOpens = (toks: RunSpan['toks'], k: number): boolean =>
  !!toks[k].cap && TITLE_HEADS.has(toks[k].text.toLowerCase()) && /^(?:for|of)$/.test(toks[k + 1]?.text ?? '') && !!toks[k + 2]?.cap && toks[k + 2].text !== 'The';

export const NAME_RULES: readonly NameRule[] = [
  {
    id: 'organization.name.representative-office',
    kind: 'organization',
    decides: 'name',
    anchor: '"U.S. Trade Representative\'s office"',
    reason: "{name} is the trade representative's office, not the person",
    when: (c) => representativeOfficeAt(c),
    examples: [{ text: "The US Trade Representative's office said the review was complete.", fact: "US Trade Representative's office" }],
    counterExamples: [{ text: 'U.S. Trade Representative Jamieson Greer said the review was complete.', fact: 'U.S. Trade Representative' }],
  },
  {
    id: 'organization.name.lexicon',
    kind: 'organization',
    decides: 'name',
    anchor: 'the lexicon of well-known bodies, companies and outlets (lexicon/orgNames.ts, lexicon/outlets.ts)',
    reason: '{name} is a well-known trade body, company or news outlet',
    when: (c) => lexiconHit(c),
    examples: [
      { text: 'Japan will take the dispute to the World Trade Organization next week.', fact: 'World Trade Organization' },
      // After a sentence's opening "The", read whole from the lexicon.
      { text: 'The Office of the U.S. Trade Representative said it was reviewing the list.', fact: 'Office of the U.S. Trade Representative' },
      { text: 'The adviser told CNBC on Monday that markets should relax.', fact: 'CNBC' },
      { text: 'The commission said the notice would appear in the Federal Register on Friday.', fact: 'Federal Register' },
      { text: 'This column was produced by Dow Jones & Co. for its newswires.', fact: 'Dow Jones & Co.' },
      { text: 'The ICE U.S. Dollar Index rose 0.2% on Monday.', fact: 'ICE' },
      // More portfolios after a known ministry's name: another ministry, named in full.
      { text: "An official at India's Ministry of Commerce and Industry said the staging protected growers.", fact: 'Ministry of Commerce and Industry' },
      { text: "Oman's Ministry of Commerce, Industry and Investment Promotion said the duty was hard to accept.", fact: 'Ministry of Commerce, Industry and Investment Promotion' },
      { text: "Ireland's Department of Agriculture, Food and the Marine said cheese exports fell.", fact: 'Department of Agriculture, Food and the Marine' },
    ],
    counterExamples: [
      { text: 'Steel makers in Ohio said the Harwell Foundry Association would respond.', fact: 'Harwell Foundry Association' },
      // A known name that opens a longer body's name is that body's.
      { text: "Gareth Pryce of UK Steel Producers' Council said imports surged.", fact: "UK Steel Producers' Council" },
    ],
  },
  {
    id: 'organization.name.dateline',
    kind: 'organization',
    decides: 'name',
    anchor: 'dateline + (Name) + dash',
    reason: '{name} is the wire service credited in the dateline',
    when: (c) => datelineAt(c),
    examples: [
      { text: 'NEW DELHI (AA) - India and Chile on Monday signed a trade pact that cuts tariffs on fruit.', fact: 'AA' },
      { text: 'SANTIAGO, March 3 (Andes Wire) — Chile cut its copper export duty.', fact: 'Andes Wire' },
      // A country after the city, and a month without its period.
      { text: 'ANTOFAGASTA, Chile, Sept 3 (Andes Wire) — Chile cut its copper export duty.', fact: 'Andes Wire' },
    ],
    counterExamples: [{ text: 'Exports rose (Chile) - a rare gain for the region.', fact: 'Chile' }],
  },
  {
    id: 'organization.name.credit-line',
    kind: 'organization',
    decides: 'name',
    anchor: '"Reporting by … for/of Name" in a credit line',
    reason: '{name} is the outlet named in the credit line',
    when: (c) => creditLineAt(c),
    examples: [{ text: 'Reporting by Ana Ruiz for Harbor Freight Digest; Editing by Tom Lee', fact: 'Harbor Freight Digest' }],
    counterExamples: [{ text: 'Reporting by Ana Ruiz in Lima; Editing by Tom Lee', fact: 'Lima' }],
  },
  {
    id: 'organization.name.based',
    kind: 'organization',
    decides: 'name',
    anchor: '"X-based" + capitalized name',
    reason: '{name} is the company a "-based" says where it sits',
    when: (c) => basedAt(c),
    examples: [
      { text: 'Tariffs will hurt Michigan-based Lakeshore Castings, its owner said.', fact: 'Lakeshore Castings' },
      { text: 'Shares of Taiwan-listed Jinhua Galvanizing fell 4% after the ruling.', fact: 'Jinhua Galvanizing' },
    ],
    counterExamples: [{ text: 'Ohio-based manufacturers complained about the duties.', fact: 'Ohio-based manufacturers' }],
  },
  {
    id: 'organization.name.cue',
    kind: 'organization',
    decides: 'name',
    anchor: 'cue noun (maker, company, broadcaster, companies such as …) + capitalized name',
    reason: '{name} follows a word that says it is a company or body',
    when: (c) => cueHit(c),
    examples: [
      { text: 'The duties hit cosmetics maker Clarins hardest.', fact: 'Clarins' },
      { text: 'Growers in the south, where fruit exporters such as Valdoro and Mensa Foods ship most cargo, protested.', fact: 'Valdoro' },
    ],
    counterExamples: [{ text: 'The cosmetics maker said on Monday that prices would rise.', fact: 'Monday' }],
  },
  {
    id: 'organization.name.government-body',
    kind: 'organization',
    decides: 'name',
    anchor: 'demonym or country\'s + lower-case body noun (lexicon/orgHeads.ts GOVERNMENT_BODIES)',
    reason: '{name} is a government body: a country named before a body noun',
    when: (c) => governmentBodyAt(c),
    examples: [
      { text: '"We regret the decision," a spokesman for the Japanese embassy said in Washington.', fact: 'Japanese embassy' },
      { text: "India's commerce ministry said the quota would be lifted in June.", fact: "India's commerce ministry" },
      { text: 'The Chinese foreign ministry urged Washington to drop the tariffs.', fact: 'Chinese foreign ministry' },
      { text: "South Korea's industry ministry said exports fell 3%.", fact: "South Korea's industry ministry" },
    ],
    counterExamples: [
      { text: 'The Japanese government said it would respond.', fact: 'Japanese government' },
      { text: 'An Asian central bank cut rates on Tuesday.', fact: 'Asian central bank' },
    ],
  },
  {
    id: 'organization.name.topic-ministry',
    kind: 'organization',
    decides: 'name',
    anchor: 'lower-case topic + "ministry" (commerce ministry, finance ministry)',
    reason: '{name} is a ministry named by its topic',
    when: (c) => topicMinistryAt(c),
    examples: [{ text: '"Exports will rise," a commerce ministry spokeswoman said on Tuesday.', fact: 'commerce ministry' }],
    counterExamples: [{ text: 'The Commerce Ministry said exports would rise.', fact: 'Commerce Ministry' }],
  },
  {
    id: 'organization.name.capitalized-run',
    kind: 'organization',
    decides: 'name',
    anchor: 'capitalized words joined by of/and/& with a head (see the head rules)',
    reason: '{name} is a capitalized name',
    when: (c) => capitalizedRunAt(c),
    examples: [{ text: 'said Wayne Harlow of the Pacific Research Institute.', fact: 'Pacific Research Institute' }],
    counterExamples: [
      { text: 'Steel prices rose in the Pacific Northwest.', fact: 'Pacific Northwest' },
      // A month before "the" dates the sentence: the name starts after it.
      { text: 'In June the Harbour Trade Council opened a probe.', fact: 'June the Harbour Trade Council' },
      // A party to the case opening the sentence is no word of the name.
      { text: 'Petitioner Heartland Bag Alliance filed the case in May.', fact: 'Petitioner Heartland Bag Alliance' },
      // A street the firm sits on is no word of its name.
      { text: 'Shipments go through Pruitt & Sons Customs Brokers on Bay Street, the broker said.', fact: 'Pruitt & Sons Customs Brokers on Bay Street' },
      // A person's name (a hyphenated given name too) does not run on through "of" into the firm.
      { text: 'Trade attorney Mei-Lin Sorensen of Carver Dunn LLP disagreed.', fact: 'Mei-Lin Sorensen of Carver Dunn LLP' },
    ],
  },
];

export const HEAD_RULES: readonly HeadRule[] = [
  {
    id: 'organization.head.legal-form',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'legal form closing the name (lexicon/legalForms.ts): Inc., Corp, Co, Ltd, Bhd, GmbH, S.A. …',
    reason: 'a legal form ends the name',
    when: ({ toks, s, j }) => orNull(legalFormHead(toks, s, j)),
    examples: [
      { text: 'Shares of HBIS Co and Hunan Valin Steel Co fell 3%.', fact: 'Hunan Valin Steel Co' },
      { text: 'Bids came from the Eastern Grain Corp and the Ores and Metals Trading Corp (OMTC).', fact: 'Ores and Metals Trading Corp' },
      { text: 'Orders at Tanjung Wire Sdn Bhd slipped.', fact: 'Tanjung Wire Sdn Bhd' },
      // A company "of" its town: the town and its state are no part of the name.
      { text: 'The petition came from Bayside Phosphate Co. of Lakeland, Florida, which employs 900.', fact: 'Bayside Phosphate Co.' },
    ],
    counterExamples: [{ text: 'The Copper Development Association said costs rose.', fact: 'Copper Development Association' }],
  },
  {
    id: 'organization.head.legal-prefix',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: '"PT" / "CV" opening a name',
    reason: 'an Indonesian legal form opens the name',
    when: ({ toks, s, j }) => orNull(legalPrefixHead(toks, s, j)),
    examples: [{ text: 'PT Merapi Tekstil held prices.', fact: 'PT Merapi Tekstil' }],
    counterExamples: [{ text: 'PT Cahaya Karet Tbk shipped less rubber.', fact: 'PT Cahaya Karet Tbk' }],
  },
  {
    id: 'organization.head.industry-noun',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'proper name + industry noun (steel, polymers, timber …)',
    reason: 'an industry noun after a proper name ends a company\'s name',
    when: ({ toks, s, j }) => orNull(industryHead(toks, s, j)),
    examples: [
      { text: 'Prices at Banyan Polymers rose in May.', fact: 'Banyan Polymers' },
      // A sentence-opening adjective ("Rival") is no part of the name.
      { text: 'Rival Sungjin Metals reports on Thursday.', fact: 'Sungjin Metals' },
    ],
    counterExamples: [{ text: 'Banyan Polymers Ltd raised prices in May.', fact: 'Banyan Polymers Ltd' }],
  },
  {
    id: 'organization.head.canada-department',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'topic words + "Canada"',
    reason: 'a Canadian department is named by its topics and "Canada"',
    when: ({ toks, s, j }) => orNull(canadaHead(toks, s, j)),
    examples: [{ text: 'Global Affairs Canada replied on Friday.', fact: 'Global Affairs Canada' }],
    counterExamples: [{ text: 'The Bank of Canada held rates.', fact: 'Bank of Canada' }],
  },
  {
    id: 'organization.head.ampersand',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'Name & Name',
    reason: 'an ampersand between names makes a firm\'s name',
    when: (c) => orNull(ampersandHead(c)),
    examples: [
      { text: 'Its supplier, Birch & Lantern Outfitters, raised prices.', fact: 'Birch & Lantern Outfitters' },
      // After a cue ("law firm"), the partners' names are read whole, not cut at the ampersand.
      { text: 'Ana Ruiz, a partner at law firm Valdez & Castellanos, said an appeal was unlikely.', fact: 'Valdez & Castellanos' },
    ],
    counterExamples: [{ text: 'Exports from Bosnia & Herzegovina rose.', fact: 'Bosnia & Herzegovina' }],
  },
  {
    id: 'organization.head.foreign-head',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'a Romance or German body noun opening the run (Unión, Confederação, Verband …)',
    reason: 'a body noun in another language opens the name',
    when: (c) => orNull(foreignHead(c)),
    examples: [
      { text: 'The Unión Agraria Chilena objected to the quota.', fact: 'Unión Agraria Chilena' },
      { text: 'Growers such as Hortalizas Costa Brava del Norte will pay the lower margin.', fact: 'Hortalizas Costa Brava del Norte' },
      { text: 'Ana Paredes, an economist at Universidad de los Llanos, said the cut was small.', fact: 'Universidad de los Llanos' },
      // A farm's name, not a person's with a particle ("Hennie van der Merwe").
      { text: 'Flores del Páramo grows roses near Bogotá for the Miami market.', fact: 'Flores del Páramo' },
      // A French workshop named for its trade, and the family firm's "of" its town (not a person "Ébénisterie Gagnon").
      { text: 'The answer, for Ébénisterie Gagnon et Fils of Magog, was about half.', fact: 'Ébénisterie Gagnon et Fils' },
    ],
    counterExamples: [
      { text: 'The Chilean Fruit Exporters Association objected.', fact: 'Chilean Fruit Exporters Association' },
      // A given name before it, and no "de" after: a person whose family name is a body noun.
      { text: 'Renata Câmara Lins said on Friday that Brazil would respond.', fact: 'Câmara Lins' },
    ],
  },
  {
    id: 'organization.head.of-head',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'a body noun + of/for + name (Ministry of …, House of …)',
    reason: 'a body noun opens the name with "of"',
    when: (c) => orNull(ofHead(c)),
    examples: [
      { text: 'Clark told the House of Commons that Canada would fight.', fact: 'House of Commons' },
      { text: 'The Senate Committee on Banking, Housing and Urban Affairs will hold a hearing.', fact: 'Senate Committee on Banking, Housing and Urban Affairs' },
      { text: 'The Joint Committee on Trade and Economic Cooperation met in Delhi.', fact: 'Joint Committee on Trade and Economic Cooperation' },
      { text: 'The Ministry of Trade and Industry said exports rose.', fact: 'Ministry of Trade and Industry' },
      { text: 'The Coalition for Fair Lumber Imports welcomed the duties.', fact: 'Coalition for Fair Lumber Imports' },
      { text: 'Stocks are ample, said the Food Corporation of India.', fact: 'Food Corporation of India' },
      { text: 'The Ministry of Production, Foreign Trade and Investment said exports rose.', fact: 'Ministry of Production, Foreign Trade and Investment' },
      { text: 'The Alliance for American Manufacturing said the ruling was overdue.', fact: 'Alliance for American Manufacturing' },
    ],
    counterExamples: [{ text: 'Ships waited at the Port of Brindlemouth for days.', fact: 'Port of Brindlemouth' }],
  },
  {
    id: 'organization.head.body-noun',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: 'a body noun closing the name (lexicon/orgHeads.ts END_HEADS): Institute, Association, Associates, Embassy …',
    reason: 'a body noun ends the name',
    when: (c) => orNull(bodyNounHead(c)),
    examples: [
      // After a dateline's dash the sentence's article is not part of the name.
      { text: 'WASHINGTON — A Senate Trade Committee hearing on Tuesday turned tense.', fact: 'Senate Trade Committee' },
      { text: 'The report by Hackett Associates was released on Monday.', fact: 'Hackett Associates' },
      { text: 'The Chinese Embassy insisted the demand was real.', fact: 'Chinese Embassy' },
      // A maker's trade as the last word; a preposition after a dateline's dash opens the sentence, not the name.
      { text: 'TOOWOOMBA — At the Darling Downs Extrusions plant, the presses run two shifts.', fact: 'Darling Downs Extrusions' },
      { text: 'The sofas now come from Hollin Upholstery, which hired 40 people.', fact: 'Hollin Upholstery' },
      { text: 'Daewol Semiconductor fell 6.8% and Gyeol Memory dropped 5.1%.', fact: 'Gyeol Memory' },
      { text: 'The casks now go from Tullach Distillery to Singapore.', fact: 'Tullach Distillery' },
    ],
    counterExamples: [
      { text: 'The Ministry of Trade and Industry said exports rose.', fact: 'Ministry of Trade and Industry' },
      { text: 'Chinese Textiles flooded the market after the cut.', fact: 'Chinese Textiles' },
    ],
  },
  {
    id: 'organization.head.makers-after-the',
    kind: 'organization',
    decides: 'nameEnd',
    anchor: '"the" + capitalized … Producers/Growers/Exporters',
    reason: 'capitalized makers after "the" name their association',
    when: (c) => orNull(makersHead(c)),
    examples: [{ text: 'The ruling was welcomed by the American Copper Tube Producers.', fact: 'American Copper Tube Producers' }],
    counterExamples: [{ text: 'Copper Tube Producers fear the duties.', fact: 'Copper Tube Producers' }],
  },
];

export const ORGANIZATION_VETOES: readonly Veto[] = [
  {
    id: 'organization.not.place-name',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'a geographic head (River, Strait, Bay …)',
    reason: '{name} is a place',
    when: ({ toks, s, j }) => isGeographic(toks, s, j),
    examples: [{ text: 'Barges idled on the Kerrow River.', fact: 'Kerrow River' }],
    counterExamples: [{ text: 'The Kerrow River Authority raised fees.', fact: 'Kerrow River Authority' }],
  },
  {
    id: 'organization.not.industry-category',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'place or common word + industry noun',
    reason: '{name} is a kind of goods, not a company',
    when: (c) => isIndustryCategory(c),
    examples: [{ text: 'Chinese Steel flooded the region.', fact: 'Chinese Steel' }],
    counterExamples: [{ text: 'Prices at Lorne Timber rose.', fact: 'Lorne Timber' }],
  },
  {
    id: 'organization.not.description',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'description word (local, small, family-owned …) + industry noun + company',
    reason: '{name} describes a business in a headline; it is not its name',
    when: (c) => isDescription(c),
    examples: [{ text: 'Local Steel Company Boss Objects To Levy Plan', fact: 'Local Steel Company' }],
    counterExamples: [{ text: 'Marston Steel Company said it would add a shift.', fact: 'Marston Steel Company' }],
  },
  {
    id: 'organization.not.listed-phrase',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'phrases that look like bodies (Oval Office, Customs Union …)',
    reason: '{name} is not a body',
    when: ({ name }) => [...NOT_ORGS.words].some((bad) => name.toLowerCase().includes(bad)),
    examples: [{ text: 'The executives met him in the Oval Office.', fact: 'Oval Office' }],
    counterExamples: [{ text: 'The Office of Fair Trading opened a review.', fact: 'Office of Fair Trading' }],
  },
  {
    id: 'organization.not.portfolio-title',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'a person\'s title head + "for|of" opening the run ("Minister for Primary Industries")',
    reason: '{name} is a minister\'s title, not a body',
    // A company head in the portfolio ("Industries") made the title read as a firm's name.
    // ("Governor of the Bank of England" names a body after "the": left to the other rules.)
    when: ({ toks, s, j }) => (s + 2 < j && portfolioOpens(toks, s)) || (s >= 2 && portfolioOpens(toks, s - 2)),
    examples: [
      { text: 'Tasmania’s Minister for Primary Industries, Jenna Rossiter, said the state would pay.', fact: 'Minister for Primary Industries' },
      { text: 'Tasmania’s Minister for Primary Industries, Jenna Rossiter, said the state would pay.', fact: 'Primary Industries' },
    ],
    counterExamples: [{ text: 'The Board of Trade and Industries met on Monday.', fact: 'Board of Trade and Industries' }],
  },
  {
    id: 'organization.not.government',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: '"Government of …"',
    reason: 'a government is its country, not an organization',
    when: ({ name }) => /^government/i.test(name),
    examples: [{ text: 'The Government of Canada objected.', fact: 'Government of Canada' }],
    counterExamples: [{ text: 'The Japan Government Pension Investment Fund bought more bonds.', fact: 'Japan Government Pension Investment Fund' }],
  },
  {
    id: 'organization.not.administration',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'Name + "Administration", two words',
    reason: 'an administration is a government, not an agency',
    when: ({ toks, s, j }) => toks[j - 1].text.toLowerCase() === 'administration' && j - s <= 2,
    examples: [{ text: 'The Clinton Administration opposed the duties.', fact: 'Clinton Administration' }],
    counterExamples: [{ text: 'The Small Business Administration offered loans.', fact: 'Small Business Administration' }],
  },
  {
    id: 'organization.not.all-caps',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'several words in capitals',
    reason: 'a headline or byline in capitals is not a name',
    when: ({ toks, s, j }) => j - s > 1 && toks.slice(s, j).every((t) => t.text === t.text.toUpperCase()),
    examples: [{ text: 'By Ana Ruiz, TIMES STAFF WRITER', fact: 'TIMES STAFF WRITER' }],
    counterExamples: [{ text: 'The Harwell Times reported the deal.', fact: 'Harwell Times' }],
  },
  {
    id: 'organization.not.single-word',
    kind: 'organization',
    decides: 'isOrganization',
    anchor: 'a head word alone',
    reason: 'a head word alone names no body',
    when: ({ s, j }) => j - s === 1,
    examples: [{ text: 'Steel rose. The AG said so.', fact: 'AG' }],
    counterExamples: [{ text: 'Drava Holz AG raised prices.', fact: 'Drava Holz AG' }],
  },
];

export const SHAPE_RULES: readonly ShapeRule[] = [
  {
    id: 'organization.name.group-unit',
    kind: 'organization',
    decides: 'name',
    anchor: 'group name (Samsung, LG, SK …) + unit name',
    reason: '{name} is a unit of a business group',
    when: (c) => groupUnitAt(c),
    examples: [{ text: 'Samsung SDI and SK On supply cells to Ford.', fact: 'Samsung SDI' }],
    counterExamples: [
      { text: 'Samsung said it would invest more.', fact: 'Samsung' },
      // A group's name that is also a given name, after a title, opens a person's name.
      { text: 'Volumes fell by a third, finance chief Lotte Engberg said.', fact: 'Lotte Engberg' },
    ],
  },
  {
    id: 'organization.name.acronym-body',
    kind: 'organization',
    decides: 'name',
    anchor: 'ACRONYM + lower-case words + body noun',
    reason: '{name} is the acronym of the body named after it',
    when: (c) => acronymBodyAt(c),
    examples: [{ text: "Germany's KMVA engineering federation said it was bearable.", fact: 'KMVA' }],
    counterExamples: [{ text: 'The EV industry group met.', fact: 'EV' }],
  },
  {
    id: 'organization.name.stock-words',
    kind: 'organization',
    decides: 'name',
    anchor: 'Name(s) + shares/stock, "shares of" + Name',
    reason: '{name} is a listed company: its shares trade',
    when: (c) => stockWordsAt(c),
    examples: [
      { text: 'Gerdau and Usiminas shares rose 3% in São Paulo.', fact: 'Usiminas' },
      { text: 'Shares of Nidec fell 2% after the announcement.', fact: 'Nidec' },
    ],
    counterExamples: [{ text: 'Asian shares fell while European stocks rose.', fact: 'Asian' }],
  },
  {
    id: 'organization.name.apposition',
    kind: 'organization',
    decides: 'name',
    anchor: 'Name, the/a … association/company/maker,',
    reason: '{name} is described as a body by the words after it',
    when: (c) => appositionAt(c),
    examples: [
      { text: 'Acerlux, the Luxembourg steel association, welcomed the plan.', fact: 'Acerlux' },
      { text: 'Harrow Spirits, the London-listed maker of Glenbrae whisky and Fennel gin, cut its forecast.', fact: 'Harrow Spirits' },
      // No person is a label, a chain or a firm, whatever given name the body's name opens with.
      { text: 'Luna Loom, a direct-to-consumer knitwear label, said it would raise prices.', fact: 'Luna Loom' },
    ],
    counterExamples: [
      { text: 'Pedro Souza, a coffee exporter, said prices fell.', fact: 'Pedro Souza' },
      { text: 'Christine Moreau, the head of the French steel federation, welcomed the move.', fact: 'Christine Moreau' },
    ],
  },
  {
    id: 'organization.name.kind-apposition',
    kind: 'organization',
    decides: 'name',
    anchor: "the/X's … federation/company/exporter, Name,",
    reason: '{name} is named right after the words that describe it as a body',
    when: (c) => kindFirstAppositionAt(c),
    examples: [
      { text: "Ecuador's banana and shrimp exporters' federation, Fedexcor, welcomed the ruling.", fact: 'Fedexcor' },
      { text: 'The Andean bloc has a new ally: the regional growers\' federation, Agrovalle, which backed the ruling.', fact: 'Agrovalle' },
    ],
    counterExamples: [
      { text: "The federation's president, Ana Ruiz, said prices fell.", fact: 'Ana Ruiz' },
      { text: 'Shipments rose, the association said, and Brazil benefited.', fact: 'Brazil' },
    ],
  },
];

/** Rules whose code sits with the list, person and linking passes; recorded here with their rows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const OTHER_RULES: readonly Rule<any, any>[] = [
  {
    id: 'organization.name.list-mate',
    kind: 'organization',
    decides: 'name',
    anchor: 'a name listed with an organization (", X", "and X")',
    reason: '{name} is listed alongside other organizations',
    examples: [{ text: 'The levies fell on Norland Timber (19.2 per cent), Kessel Pulp Mills (11.4 per cent) and Brannock (14.05 per cent).', fact: 'Brannock' }],
    counterExamples: [
      { text: 'Ministers from Canada, Mexico and the World Bank met.', fact: 'World Bank' },
      // An honorific opens a person's name, not another body of the list.
      { text: 'The head of the Manufacturers Association of Nigeria (MAN), Mrs Chinwe Okafor-Eze, welcomed it.', fact: 'Mrs Chinwe Okafor-Eze' },
      // A role ends the list.
      { text: 'That is all for now.\n\n— Sanne Hoekstra, Senior Customs Adviser, Van Leeuwen Douane & Trade', fact: 'Senior Customs Adviser' },
    ],
  },
  {
    id: 'organization.name.affiliation',
    kind: 'organization',
    decides: 'name',
    anchor: 'the organization a person is tied to ("Rolex CEO …", "… at X")',
    reason: '{name} is the organization a named person works for',
    examples: [{ text: 'Audemars Piguet CEO Ilaria Resta spoke at the panel.', fact: 'Audemars Piguet' }],
    counterExamples: [{ text: 'Rolex said prices would rise.', fact: 'Rolex' }],
  },
  {
    id: 'organization.name.series',
    kind: 'organization',
    decides: 'name',
    anchor: 'a body whose name opens with a series ("the Zakat, Tax and Customs Authority"): the items before the comma',
    reason: '{name} is one name whose words run as a series',
    examples: [
      { text: "Ecuador's Ministry of Production, Foreign Trade, Investment and Fisheries said it would study the ruling.", fact: 'Ministry of Production, Foreign Trade, Investment and Fisheries' },
      { text: 'The Zakat, Tax and Customs Authority said the rate would rise.', fact: 'Zakat, Tax and Customs Authority' },
      { text: "Brazil's Development, Industry, Trade and Services Ministry said the rate would rise.", fact: 'Development, Industry, Trade and Services Ministry' },
    ],
    counterExamples: [
      // Places listed before a body are a list, and a sentence's opener is no part of a name.
      { text: 'Chambers in Lagos, Kano and Abuja Chamber of Commerce towns met.', fact: 'Kano and Abuja Chamber of Commerce' },
      { text: 'However, Tax and Customs Authority staff said no.', fact: 'Tax and Customs Authority' },
    ],
  },
  {
    id: 'organization.alias.bracketed',
    kind: 'organization',
    decides: 'alias',
    anchor: 'Name (SHORT)',
    reason: 'the short form in brackets after its name is the same body',
    examples: [{ text: 'Members of the Kenya Association of Manufacturers (KAM) met on Monday.', fact: 'KAM' }],
    counterExamples: [{ text: 'The World Trade Organization ruled against the duties.', fact: 'World Trade Organization' }],
  },
  {
    id: 'organization.alias.initials',
    kind: 'organization',
    decides: 'alias',
    anchor: 'an acronym spelling a body\'s initials',
    reason: 'an acronym in the story spells its initials',
    examples: [{ text: 'The Canadian Steel Producers Association objected.\n\nThe CSPA said it would appeal.', fact: 'CSPA' }],
    counterExamples: [{ text: 'The Canadian Steel Producers Association objected.', fact: 'Canadian Steel Producers Association' }],
  },
  {
    id: 'organization.alias.short-form',
    kind: 'organization',
    decides: 'alias',
    anchor: 'a lone word or shortened name of a body named in full elsewhere',
    reason: 'a short form in the story stands for it',
    examples: [
      { text: 'Kinabalu Foundry Bhd cut a shift on Monday.\n\nOrders at Kinabalu Foundry had recovered by June.', fact: 'Kinabalu Foundry' },
      { text: 'Tolko Industries paid the duty.\n\nTolko said it would appeal.', fact: 'Tolko' },
      { text: 'Kestrel Semiconductor profit rises\n\nTAIPEI - Kestrel Semiconductor Packaging reported higher profit on Thursday.', fact: 'Kestrel Semiconductor', expect: { name: 'Kestrel Semiconductor Packaging' } },
      // A clipped last word ("Pharma" for "Pharmaceuticals") is the same body's short form.
      { text: 'Vaidehi Pharma profit rises 14%\n\nVaidehi Pharmaceuticals Ltd on Tuesday reported higher profit.', fact: 'Vaidehi Pharma', expect: { name: 'Vaidehi Pharmaceuticals Ltd' } },
      { text: 'Officials said the commerce ministry would decide.\n\nThe Ministry of Commerce and Industry expects a deal by June.', fact: 'commerce ministry', expect: { name: 'Ministry of Commerce and Industry' } },
      // A first word read as a body of its own ("Hanwul shares fell") is the short form of the one name it opens.
      { text: 'Hanwul Steel reported a 31% fall in profit.\n\nHanwul shares fell 3.2% in Seoul.', fact: 'Hanwul', expect: { name: 'Hanwul Steel' } },
    ],
    counterExamples: [{ text: 'Tolko Industries paid the duty.', fact: 'Tolko Industries' }],
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const organizationRules: readonly Rule<any, any>[] = [...NAME_RULES, ...HEAD_RULES, ...SHAPE_RULES, ...OTHER_RULES];
