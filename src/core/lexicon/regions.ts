/**
 * Words of world regions that a job covers ("chief economist for Latin America", "head of Asia
 * research"): places that belong to a title, never an employer.
 */
import { wordList } from './wordList';

export const REGION_WORDS = wordList(
  'latin|america|americas|asia|asia-pacific|europe|african|africa|middle|east|north|south|west|central|eastern|western|southeast|' +
    'pacific|nordic|gulf|caribbean|emerging|markets|apac|emea|greater|china',
);

/** Nouns that make the capitalized words before them a place: "in Quang Nam province", "Kiambu County". */
export const PLACE_NOUNS = wordList('province|provinces|state|district|county|region|prefecture|municipality|governorate|oblast|township|valley|delta|basin');
