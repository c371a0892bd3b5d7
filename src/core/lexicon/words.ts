/**
 * Word lists for people and organizations in trade reporting: honorifics, titles, places and
 * the capitalized words that are never names. All lookups are lower-case.
 */

import { wordList, type WordList } from './wordList';
import { COUNTRIES, SHARED_NAMES } from './countries';
import { GIVEN_NAMES } from './personNames';


// Titles and name particles live in their own modules; re-exported here for older imports.
export { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, GOVERNMENT_HEADS, US_TITLES, SPEECH_VERBS } from './titles';
export { SUFFIXES, NAME_PARTICLES, CHINESE_SURNAMES, KOREAN_SURNAMES, VIETNAMESE_SURNAMES } from './nameParticles';

const set = (s: string): WordList => wordList(s);

export const MONTHS_DAYS = set(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|' +
    'sep.|sept.|oct.|nov.|dec.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter',
);

/** Capitalized words that start sentences or headlines and are never names. */
export const NOT_NAMES = set(
  'the|a|an|and|or|but|if|in|on|at|to|of|for|by|with|from|as|after|before|since|until|unless|under|over|even|indeed|meanwhile|while|rival|rivals|' +
    'when|where|what|who|why|how|this|that|these|those|there|here|he|she|it|its|they|we|i|you|his|her|their|our|my|your|' +
    'him|them|us|me|not|no|yes|so|then|than|also|still|yet|just|only|some|any|all|both|each|every|many|much|more|most|' +
    'other|another|such|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|new|old|today|' +
    'tomorrow|yesterday|tonight|now|later|again|however|although|though|because|unlike|like|among|amid|about|against|' +
    'between|during|despite|without|within|into|onto|upon|out|off|up|down|near|around|through|across|beyond|toward|towards|' +
    'says|said|say|told|added|asked|wrote|according|reporting|editing|writing|additional|photo|file|read|more|related|' +
    'update|updated|breaking|exclusive|analysis|opinion|comment|commentary|news|video|watch|listen|subscribe|advertisement|' +
    'staff|writer|correspondent|reporter|editor|times|trade|tariffs|tariff|duties|duty|deal|talks|economy|market|markets|' +
    'billion|million|trillion|percent|per|cent|section|article|chapter|act|bill|law|plan|china|american|americans|' +
    'chinese|europeans|european|government|administration|officials|official|company|companies|firm|firms|group|' +
    'industry|minister|president|secretary|premier|chairman|ceo|spokesman|ambassador|congress|senate|house|department|' +
    'ministry|embassy|agency|bureau|office|commission|council|union|bank|fund|state|states|federal|national|' +
    'international|global|world|north|south|east|west|northern|southern|eastern|western|central|city|county|province|' +
    'republic|kingdom|island|islands|sea|ocean|river|mountain|street|avenue|road|airport|port|day|week|month|year|' +
    'years|days|weeks|months|liberation|phase|truth|social|post|dear|please|thanks|thank|sincerely|oh|well|ok|okay|' +
    'everyone|everybody|nobody|someone|something|nothing|everything|let|lets|do|does|did|will|would|can|could|should|' +
    'may|might|must|shall|is|are|was|were|be|been|being|have|has|had|get|got|make|made|take|took|see|saw|know|think|' +
    'want|need|look|come|go|went|gone|use|used|find|give|tell|call|try|keep|begin|show|hear|play|run|move|live|believe|' +
    'hold|bring|happen|write|provide|sit|stand|lose|pay|meet|include|continue|set|learn|change|lead|understand|follow|' +
    'stop|create|speak|allow|add|spend|grow|open|walk|win|offer|remember|love|consider|appear|buy|wait|serve|die|send|' +
    'expect|build|stay|fall|cut|reach|kill|remain|suggest|raise|pass|sell|require|report|decide|pull|commenting|addressing|' +
    'citing|asked|speaking|responding|reached|contacted|during|ahead|tit|tat|prelim|final|total|difference|others|company|' +
    'roundtable|summit|conference|forum|meeting|expo|fair|dialogue|index|survey|poll|report|preliminary|vs.|vs|ad|cvd|re|fw|fwd|sources|source|industry|leaders|investors|exporters|importers|producers|consumers|suppliers|shares|buyers|customers|traders|rivals|shipments|stocks|lawyers|attorneys|analysts|economists|executives|lawmakers|experts',
);

/** Capitalized words that open sentences, never part of a name. */
export const FUNCTION_CAPS = set('the|a|an|but|and|or|if|in|on|at|as|by|to|for|from|with|after|before|since|meanwhile|while|when|he|she|it|they|we|i|this|that|these|those|said|says|among|under|even|also|then|so|now|last|next|former|new|other|others|some|many|both|all|each|any|our|their|his|her|its');


/**
 * U.S. states and Canadian provinces: places that open many names ("Iowa Soybean Association",
 * "Wisconsin Farmers Union") but alone are never the short form of one.
 */
export const STATES_PROVINCES: ReadonlySet<string> = new Set(
  (
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|' +
    'indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|' +
    'montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee|texas|utah|vermont|virginia|washington|' +
    'wisconsin|wyoming|carolina|dakota|alberta|ontario|quebec|manitoba|saskatchewan|columbia|scotia|brunswick|' +
    'newfoundland|labrador|yukon|nunavut|bavaria|catalonia|lombardy|guangdong|zhejiang|jiangsu|fujian'
  ).split('|'),
);

/** Countries, their short forms and demonyms → the normalized country name. */
export const PLACES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (country: string, forms: string) => {
    m.set(country.toLowerCase(), country);
    for (const f of forms.split('|')) if (f) m.set(f, country);
  };
  add('United States', 'u.s.|us|u.s|usa|u.s.a.|america|american|americans|united states|washington');
  add('China', 'chinese|prc|beijing|china');
  add('European Union', 'eu|e.u.|european union|brussels');
  add('United Kingdom', 'uk|u.k.|britain|british|great britain|london|england|english');
  add('Japan', 'japanese|tokyo');
  add('Canada', 'canadian|canadians|ottawa');
  add('Mexico', 'mexican|mexicans|mexico city');
  add('India', 'indian|new delhi|delhi');
  add('Australia', 'australian|australians|canberra|aussie');
  add('Brazil', 'brazilian|brasilia');
  add('Germany', 'german|germans|berlin');
  add('France', 'french|paris');
  add('Italy', 'italian|rome');
  add('Spain', 'spanish|madrid');
  add('South Korea', 'south korean|korean|seoul|korea');
  add('North Korea', 'north korean|pyongyang');
  add('Taiwan', 'taiwanese|taipei');
  add('Vietnam', 'vietnamese|hanoi|viet nam');
  add('Russia', 'russian|russians|moscow|kremlin');
  add('Ukraine', 'ukrainian|kyiv|kiev');
  add('Switzerland', 'swiss|bern|geneva');
  add('Kenya', 'kenyan|nairobi');
  add('South Africa', 'south african|pretoria');
  add('Indonesia', 'indonesian|jakarta');
  add('Thailand', 'thai|bangkok');
  add('Malaysia', 'malaysian|kuala lumpur');
  add('Singapore', 'singaporean');
  add('Philippines', 'philippine|filipino|manila');
  add('Bangladesh', 'bangladeshi|dhaka');
  add('Pakistan', 'pakistani|islamabad');
  add('Turkey', 'turkish|ankara|turkiye');
  add('Saudi Arabia', 'saudi|riyadh');
  add('Israel', 'israeli|jerusalem');
  add('Iran', 'iranian|tehran');
  add('Egypt', 'egyptian|cairo');
  add('Nigeria', 'nigerian|abuja|lagos');
  add('Argentina', 'argentine|argentinian|buenos aires');
  add('Chile', 'chilean|santiago');
  add('Colombia', 'colombian|bogota');
  add('Peru', 'peruvian|lima');
  add('New Zealand', 'new zealander|wellington|kiwi');
  add('Netherlands', 'dutch|the netherlands|amsterdam|holland');
  add('Belgium', 'belgian');
  add('Sweden', 'swedish|stockholm');
  add('Norway', 'norwegian|oslo');
  add('Denmark', 'danish|copenhagen');
  add('Finland', 'finnish|helsinki');
  add('Poland', 'polish|warsaw');
  add('Austria', 'austrian|vienna');
  add('Ireland', 'irish|dublin');
  add('Portugal', 'portuguese|lisbon');
  add('Greece', 'greek|athens');
  add('Hong Kong', 'hong kong');
  add('Qatar', 'qatari|doha');
  add('Cambodia', 'cambodian|phnom penh');
  add('Lesotho', 'basotho');
  add('Bosnia and Herzegovina', 'bosnia and herzegovina|bosnia & herzegovina|bosnian');
  add('Trinidad and Tobago', 'trinidad and tobago|trinidad & tobago');
  add('Uruguay', 'uruguayan|montevideo');
  add('Paraguay', 'paraguayan|asuncion|asunción');
  add('United Arab Emirates', 'uae|u.a.e.|emirati|abu dhabi|dubai');
  add('Morocco', 'moroccan|rabat');
  add('Ethiopia', 'ethiopian|addis ababa');
  add('Ghana', 'ghanaian|accra');
  add('Ecuador', 'ecuadorian|quito');
  add('Bolivia', 'bolivian|la paz');
  add('Venezuela', 'venezuelan|caracas');
  add('Sri Lanka', 'sri lankan|colombo');
  add('Myanmar', 'burmese|naypyitaw');
  add('Kazakhstan', 'kazakh|astana');
  add('Czech Republic', 'czech|czechia|prague');
  add('Hungary', 'hungarian|budapest');
  add('Romania', 'romanian|bucharest');
  // Ports and business cities a trade story names as places ("shares fell in Osaka and …"); not those
  // that are also given names or surnames (Sydney, Houston, Santos).
  add('China', 'shanghai|shenzhen|guangzhou|tianjin|ningbo');
  add('Japan', 'osaka|yokohama|nagoya');
  add('India', 'mumbai');
  add('Germany', 'hamburg|frankfurt|munich');
  add('Netherlands', 'rotterdam');
  add('Brazil', 'sao paulo|são paulo|rio de janeiro');
  add('Mexico', 'monterrey|guadalajara');
  add('United States', 'new york|chicago|los angeles|detroit');
  add('Vietnam', 'ho chi minh city|haiphong');
  add('India', 'chennai|bengaluru|kolkata');
  add('Pakistan', 'karachi|lahore');
  add('Nigeria', 'lagos');
  add('Turkey', 'istanbul');
  add('South Africa', 'johannesburg|durban|cape town');
  add('Australia', 'melbourne');
  add('Canada', 'toronto|montreal|vancouver');
  add('Europe', 'europe|european');
  add('Asia', 'asia|asian');
  add('Africa', 'africa|african');
  // Every other ISO 3166 country by its name and demonyms ("Mauritius", "Mauritian", "Fijian"), not those that are
  // also given names or other places ("Chad", "Jordan", "Georgia"); capitals stay out (many are people's names).
  for (const c of COUNTRIES) {
    for (const f of [c.name, ...c.demonyms]) {
      const k = f.toLowerCase();
      if (!m.has(k) && !SHARED_NAMES.has(f) && !GIVEN_NAMES.has(k) && !STATES_PROVINCES.has(k)) m.set(k, c.name);
    }
  }
  return m;
})();

/** The normalized country for a place word or demonym ("Chinese" → "China"), or "". */
export function placeOf(word: string): string {
  return PLACES.get(word.toLowerCase().replace(/['’]s$/, '')) ?? '';
}


/** A body's head word that alone may be the short form of a body named in full elsewhere ("the Department"). */
export const BODY_HEADS = set('department|ministry|commission|embassy|agency|bureau|institute|association|council|committee');

/** Prepositions before a name used as a modifier: "60% of EU output", "sales to Chinese buyers". */
export const MODIFIER_PREPOSITIONS = wordList('of|in|to|from|for|by|into|with|across');

/** Prepositions whose object is not the sentence's subject: "shipments to Turkey", "duties on steel from Indonesia". */
export const OBJECT_PREPOSITIONS = wordList(MODIFIER_PREPOSITIONS, 'on|at|against|over|under|via|through|toward|towards|than|like|about|between|among|after|before|since');
