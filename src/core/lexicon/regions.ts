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
