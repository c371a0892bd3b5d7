/**
 * Words of world regions that a job covers ("chief economist for Latin America", "head of Asia
 * research"): places that belong to a title, never an employer.
 */
import { wordList } from './wordList';

export const REGION_WORDS = wordList(
  'latin|america|americas|asia|asia-pacific|europe|african|africa|middle|east|north|south|west|central|eastern|western|southeast|' +
    'pacific|nordic|gulf|caribbean|emerging|markets|apac|emea|greater|china|hemisphere',
);

/** Nouns that make the capitalized words before them a place: "in Quang Nam province", "Kiambu County". */
export const PLACE_NOUNS = wordList('province|provinces|state|district|county|region|prefecture|municipality|governorate|oblast|township|valley|delta|basin');

/** The fifty U.S. states by name: whom a state's officers and a state's members of Congress serve. */
export const US_STATES = wordList(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|' +
    'Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|' +
    'New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|' +
    'South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming',
);

/** A state as a legislator's label abbreviates it, in news style or as a postal code ("R-Kan.", "D-N.M.", "R-TX"), by the abbreviation without its points. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ala', 'Alabama'], ['al', 'Alabama'], ['ak', 'Alaska'], ['ariz', 'Arizona'], ['az', 'Arizona'], ['ark', 'Arkansas'], ['ar', 'Arkansas'],
  ['calif', 'California'], ['ca', 'California'], ['colo', 'Colorado'], ['co', 'Colorado'], ['conn', 'Connecticut'], ['ct', 'Connecticut'],
  ['del', 'Delaware'], ['de', 'Delaware'], ['fla', 'Florida'], ['fl', 'Florida'], ['ga', 'Georgia'], ['hi', 'Hawaii'], ['id', 'Idaho'],
  ['ill', 'Illinois'], ['il', 'Illinois'], ['ind', 'Indiana'], ['in', 'Indiana'], ['ia', 'Iowa'], ['kan', 'Kansas'], ['kans', 'Kansas'], ['ks', 'Kansas'],
  ['ky', 'Kentucky'], ['la', 'Louisiana'], ['me', 'Maine'], ['md', 'Maryland'], ['mass', 'Massachusetts'], ['ma', 'Massachusetts'],
  ['mich', 'Michigan'], ['mi', 'Michigan'], ['minn', 'Minnesota'], ['mn', 'Minnesota'], ['miss', 'Mississippi'], ['ms', 'Mississippi'],
  ['mo', 'Missouri'], ['mont', 'Montana'], ['mt', 'Montana'], ['neb', 'Nebraska'], ['ne', 'Nebraska'], ['nev', 'Nevada'], ['nv', 'Nevada'],
  ['nh', 'New Hampshire'], ['nj', 'New Jersey'], ['nm', 'New Mexico'], ['ny', 'New York'], ['nc', 'North Carolina'], ['nd', 'North Dakota'],
  ['oh', 'Ohio'], ['okla', 'Oklahoma'], ['ok', 'Oklahoma'], ['ore', 'Oregon'], ['or', 'Oregon'], ['pa', 'Pennsylvania'], ['ri', 'Rhode Island'],
  ['sc', 'South Carolina'], ['sd', 'South Dakota'], ['tenn', 'Tennessee'], ['tn', 'Tennessee'], ['tex', 'Texas'], ['tx', 'Texas'], ['ut', 'Utah'],
  ['vt', 'Vermont'], ['va', 'Virginia'], ['wash', 'Washington'], ['wa', 'Washington'], ['wva', 'West Virginia'], ['wv', 'West Virginia'],
  ['wis', 'Wisconsin'], ['wisc', 'Wisconsin'], ['wi', 'Wisconsin'], ['wyo', 'Wyoming'], ['wy', 'Wyoming'],
]);

/** A legislator's party by the letter of a label ("R-Iowa"). */
export const PARTY_LETTERS: ReadonlyMap<string, string> = new Map([['R', 'Republican'], ['D', 'Democrat'], ['I', 'Independent']]);
