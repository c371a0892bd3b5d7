/**
 * The words around a figure in trade reporting: what it measures ("exports", "the deficit",
 * "GDP"), how big a unit it is written in ("billion", "bn"), how it moved ("rose", "a 5% fall"),
 * how firm it is ("about", "forecast") and the words that make a number a label, not a quantity
 * ("Section 301", "Phase 2").
 */
import { wordList } from './wordList';

/**
 * What a figure measures. Phrases name a narrower measure than their last word ("trade deficit"
 * is the deficit); the check compares the last word, so "deficit" and "trade deficit" agree.
 */
export const MEASURES = wordList(
  'trade deficit|trade surplus|current account deficit|budget deficit|deficit|surplus|exports|export|imports|import|' +
    'shipments|trade|bilateral trade|two-way trade|sales|revenue|revenues|profit|profits|earnings|investment|investments|' +
    'output|production|jobs|employment|unemployment|workers|tariff revenue|customs receipts|customs revenue|receipts|' +
    'prices|price|inflation|growth|gdp|gross domestic product|economy|tonnes|tons|barrels|vehicles|cars|orders|' +
    'inventories|reserves|debt|spending|subsidies|aid|purchases|volume|value|market share|share|stake|rate|rates|' +
    'tariff|tariffs|duty|duties|levy|levies',
);

/** Measures that are one measure however written: "exports" and "export", "gross domestic product" and "GDP". */
export const MEASURE_SAME: ReadonlyMap<string, string> = new Map([
  ['export', 'exports'], ['import', 'imports'], ['revenues', 'revenue'], ['profits', 'profit'], ['investments', 'investment'],
  ['gross domestic product', 'gdp'], ['economy', 'gdp'], ['price', 'prices'], ['rates', 'rate'], ['tariffs', 'tariff'],
  ['duty', 'tariff'], ['duties', 'tariff'], ['levy', 'tariff'], ['levies', 'tariff'], ['tons', 'tonnes'], ['cars', 'vehicles'],
  ['employment', 'jobs'],
]);

/** Multipliers written after a number, and their factors. One-letter forms need a currency before them ("$5m"). */
export const MULTIPLIER_FACTORS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6], ['billion', 1e9], ['bn', 1e9],
  ['b', 1e9], ['bln', 1e9], ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12], ['t', 1e12], ['crore', 1e7], ['lakh', 1e5],
]);
/** Multipliers spelled as a word (may follow a space or hyphen). */
export const MULTIPLIER_WORDS = wordList('thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|crore|lakh');
/** One-letter multipliers, glued to the number ("$5m", "$3.6B"). */
export const MULTIPLIER_LETTERS = wordList('k|m|b|t');

/** Nouns naming a rise, after the percentage: "a 5% increase". */
export const RISE_NOUNS = wordList('increase|rise|jump|gain|growth|climb|surge|hike|advance|expansion');
/** Nouns naming a fall: "a 4% decline". */
export const FALL_NOUNS = wordList('decrease|decline|drop|fall|slide|slump|plunge|cut|contraction|dip|reduction');
/** Verbs of rising, before the percentage: "rose 5%", "up 5%". */
export const RISE_VERBS = wordList(
  'rose|risen|rising|rises|increased|increasing|grew|grown|growing|jumped|climbed|gained|surged|soared|advanced|expanded|up|higher|' +
    'rise|grow|increase|climb|jump|gain|surge|soar|advance|expand|widened|widening|widen|widens',
);
/** Verbs of falling: "fell 4%", "down 4%". */
export const FALL_VERBS = wordList(
  'fell|fallen|falling|falls|decreased|declined|declining|dropped|slid|slumped|plunged|shrank|shrunk|contracted|dipped|down|lower|' +
    'fall|decline|drop|slide|slump|plunge|shrink|contract|dip|decrease|narrowed|narrowing|narrow|narrows',
);
/** Words that qualify a change noun: "a year-on-year increase". */
export const CHANGE_QUALIFIERS = wordList('year-on-year|year-over-year|annual|monthly|quarterly|sharp|steep|modest|slight');

/** Words that make a figure approximate: "about $300 billion" allows for rounding. */
export const APPROXIMATORS = wordList(
  'about|around|nearly|almost|roughly|some|approximately|more than|over|less than|under|close to|just over|just under|an estimated',
);

/**
 * Words that make a figure a forecast, expectation, estimate, target or threat rather than a
 * result: "economists expected exports to rise 3%", "a forecast of $80bn", "could reach 50%".
 */
export const NOT_ACTUAL_WORDS = wordList(
  'forecast|forecasts|forecasting|forecasted|expect|expects|expected|expecting|expectation|expectations|estimate|' +
    'estimates|estimated|projected|projection|projections|predicted|prediction|predicts|anticipated|consensus|poll|' +
    'target|targets|goal|aim|aims|plan|plans|planned|proposed|proposal|would|could|might|may|threatened|threatens|' +
    'threat|pledged|pledge|pledges|promised|outlook|guidance|seen|likely|hope|hopes|hoped|economists|analysts|' +
    'previously|earlier estimate|initial estimate|revised|revision|originally',
);

/** Words before a number that make it the name or number of a thing, not a quantity. */
export const LABEL_WORDS = wordList(
  'section|sec.|sections|article|articles|chapter|title|part|rule|clause|annex|schedule|no.|nos.|number|phase|tier|' +
    'level|class|model|flight|route|room|highway|interstate|resolution|directive|regulation|proposition|prop.|amendment|' +
    'form|item|paragraph|vol.|volume|page|version|boeing|airbus|embraer|bombardier|iphone|galaxy|windows|pixel|series|' +
    'type|code|lot|gate|platform|zone|category|division|unit|pier|terminal|block|heading|hs|hts|cn|subheading',
);
/** Label words that count only when capitalized, as a name's part ("Title 19"), not in prose ("title"). */
export const LOWER_CASE_LABEL_WORDS = wordList('chapter|section|article|heading|tier|subheading');

/** The trade laws tariffs are named after, written without "Section": "the 232 rate". */
export const TRADE_LAW_NUMBERS = wordList('122|201|232|301|337');
/** Words after such a number that make it the law: "301 duties", "232 investigation". */
export const TRADE_LAW_NOUNS = wordList(
  'tariff|tariffs|duty|duties|rate|rates|levies|investigation|investigations|probe|probes|case|cases|action|actions|' +
    'exclusion|exclusions|measures|relief',
);

/** Capitalized words that may stand before a quantity ("About 5,000", "Some 700,000", "Cuts 400 jobs"). */
export const QUANTITY_LEADS = wordList(
  'about|some|nearly|almost|roughly|around|approximately|over|under|more|fewer|less|only|just|all|another|the|these|' +
    'those|its|their|our|his|her|and|but|of|in|at|by|for|with|from|to|on|up|down|total|totalling|totaling|top|least|' +
    'than|both|each|every|exactly|still|even|plus|minus|excluding|including|employs|cut|sets|set|hits|hit|price|prices|' +
    'adds|add|lose|loses|lost|slash|slashes|shed|sheds|imposes|impose|levies|vows|threatens|raises|lifts|cuts|tops|' +
    'tariffs|tariff|duties|duty',
);

/** Nouns of time and membership after a hyphen: "17-year", "27-member" count years and members. */
export const HYPHEN_COUNT_NOUNS = wordList('year|day|month|week|hour|minute|second|decade|century|member|nation|country|page|mile|point');

/** Words that end the counted noun's search: "5,000 of them", "46 million more". */
export const COUNT_STOP_WORDS = wordList(
  'of|or|and|to|in|on|at|for|from|by|than|more|less|over|under|a|an|the|per|each|as|into|with|since|after|before|' +
    'this|that|were|was|are|is|have|had|has|will|would|could|may|last|next|new|ago|earlier|later|worth',
);
/** Collective nouns that are plural without an s: "300 staff". */
export const COLLECTIVE_NOUNS = wordList('people|staff|cattle|personnel|livestock');

/** Words that end a clause inside a sentence: a change in one clause is not about a level in the next. */
export const CLAUSE_BREAKS = wordList('while|whereas|but|although|though|and|as|with|compared with|against|meanwhile|which|when');

/** Words that report a figure's source: a clause ending ", the ministry said" or "data showed" says who, not what. */
export const ATTRIBUTION_WORDS = wordList(
  'said|says|told|added|noted|stated|reported|reports|showed|shows|according to|announced|estimated|wrote|data show|figures show',
);

/** Words joining two figures of one statement: "rose 5% to $3bn", "$3bn, up 5%", "from $2bn to $3bn". */
export const FIGURE_LINKS = wordList('to|from|at|or|and|of|a|an|up|down|by|about|nearly|almost|roughly|some|around|just|over|under');

/** Words before a measure that say nothing of its goods or kind: "its exports", "such imports". */
export const QUALIFIER_STOP_WORDS = wordList(
  'its|their|his|her|our|your|my|these|those|such|which|whose|all|both|some|any|no|other|own|latest|recent|same|overall|s|' +
    // verbs that take a measure as object: "put exports at", "cut imports", "boost sales"
    'put|puts|see|sees|saw|boost|boosts|cut|cuts|hit|hits|lift|lifts|raise|raises|curb|curbs|ban|bans|halt|halts|limit|' +
    'limits|hurt|hurts|make|makes|made|take|takes|took|keep|keeps|kept|set|sets|drive|drives|drove|push|pushes|pull|' +
    'pulls|lower|lowers|double|doubles|triple|triples|match|matches|reach|reaches|top|tops|pay|pays|paid|owe|owes|' +
    'when|where|while|as|if|than|then|also|still|only|just|even|yet|how|why|what|whether|because|since|after|before',
);

/** Words between a level and its change after a comma: "$295.4 billion, a 5.8% increase", "$12.8bn, down 19%". */
export const CHANGE_LINKS = wordList('a|an|up|down|or');

/** How a change is compared with a year before: "rose 9.8 percent on-year". */
export const YEAR_ON_YEAR = wordList('on-year|on year|year-on-year|year on year|year-over-year|y/y|yoy|annually');
