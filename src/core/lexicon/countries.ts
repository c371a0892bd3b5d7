/**
 * Countries and blocs as trade reporting names them. Every ISO 3166-1 entry comes from the
 * generated ./countryTable.ts (the world-countries package); this module is what the project
 * makes of it: the canonical names facts use, which codes are words, which capitals stand for
 * governments ("Beijing said"), the forms reporting adds, the blocs, and the ambiguity guards.
 * Forms are case-sensitive as articles write them; look-ups elsewhere are lower-case.
 */
import { COUNTRY_TABLE } from './countryTable';
import { wordList } from './wordList';

/** The project's names where they differ from the package's common names (published facts keep them). */
const CANONICAL: Readonly<Record<string, string>> = {
  TR: 'Turkey', // the package follows the 2022 UN name "Türkiye"; reporting and our facts say Turkey
  CZ: 'Czech Republic', // "Czechia" stays a form
  CD: 'Democratic Republic of the Congo', // "DR Congo" stays a form
};

/**
 * ISO codes and abbreviations that are words in reporting. No other code is: "IN", "AS", "TO",
 * "NO", "IT", "BE", "CAN", "PER", "ARE" are English words, and the rest never appear as names.
 */
const REPORTED_CODES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'U.S.A.', 'USA'],
  GB: ['UK', 'U.K.'],
  AE: ['UAE', 'U.A.E.'],
  CN: ['PRC'],
  CD: ['DRC'],
  KP: ['DPRK'],
};

/** Forms reporting uses that the package lacks (by ISO alpha-2). */
const EXTRA_FORMS: Readonly<Record<string, readonly string[]>> = {
  US: ['America', 'Washington', 'the States'],
  CN: ['mainland China'],
  GB: ['Britain'],
  KR: ['Korea'], // in trade copy "Korea" is Seoul; North Korea is named in full
  RU: ['Kremlin'],
  UA: ['Kiev'],
  CH: ['Berne'],
  NL: ['the Netherlands', 'The Hague'], // the seat of government, not the capital
  BO: ['La Paz'], // the seat of government
  CZ: ['Czechia'],
  GE: ['Republic of Georgia'], // "Georgia" alone is the U.S. state (see NOT_A_COUNTRY)
};

/** Adjectives reporting uses besides the package's demonyms ("Philippine exports", "Korean chips"). */
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US'],
  GB: ['UK'],
  JP: ['Japan'],
  KR: ['Korean'],
  AU: ['Aussie'],
  AR: ['Argentinian'],
  SA: ['Saudi'],
  NZ: ['New Zealand'],
  PH: ['Philippine'],
  DO: ['Dominican'], // also Dominica's demonym; in trade copy it is the Dominican Republic
  KZ: ['Kazakh'],
  KG: ['Kyrgyz'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  AZ: ['Azeri'],
  SI: ['Slovenian'],
  LA: ['Lao'],
  EC: ['Ecuadorian'],
  CV: ['Cape Verdean'],
  MV: ['Maldivian'],
  SR: ['Surinamese'],
  IS: ['Icelandic'],
  BA: ['Bosnian'],
};

/**
 * Names that are not the country in reporting, so never a form: a U.S. state ("Georgia": the
 * country is named "Tbilisi" or "the Republic of Georgia"), capitals that are common given names
 * or surnames or other places ("Santiago Peña", "Lima", "Victoria", "Kingston", "San Jose" in
 * California, "Male" the word once its accent is dropped).
 */
export const NOT_A_COUNTRY = wordList([
  'Georgia', 'Victoria', 'Kingston', 'Santiago', 'Lima', 'Male', 'San José', 'San Jose', 'Sucre', "Saint John's", "St. George's", 'Georgetown',
]);

/**
 * Names that are also people's names or part of other places' names: a country only when no
 * capitalized word sits right before or after ("Chad Bown", "Michael Jordan", "New Jersey",
 * "Niger Delta", "Latin America", "New Mexico", "Northern Ireland"; "Papua New Guinea" is a form).
 */
export const SHARED_NAMES = wordList([
  'Jordan', 'Chad', 'Sofia', 'Niger', 'Guinea', 'Jersey', 'Nassau', 'Colombo', 'Israel', 'America', 'Mexico', 'Ireland',
]);

/** Words that, right before such a name, make another place of it even at a sentence start ("New Jersey"). */
export const PLACE_PREFIXES = wordList(['New', 'Lake', 'Port', 'Saint', 'St.', 'North', 'Northern', 'South', 'Southern', 'East', 'West', 'Latin', 'Central']);

/**
 * Words that, right after a country or capital, make it part of another name: a newspaper, a
 * treaty, an exchange, a trade round ("Washington Post", "Paris Agreement", "Uruguay Round").
 */
export const NAME_HEADS = wordList([
  'Post', 'Times', 'Daily', 'Herald', 'Journal', 'Tribune', 'Agreement', 'Accord', 'Accords', 'Consensus', 'Round', 'Protocol',
  'Convention', 'Charter', 'Pact', 'Treaty', 'Declaration', 'Club', 'Exchange', 'Metal', 'Stock', 'Bourse', 'Airport', 'Airlines',
  'Airways', 'University', 'Olympics', 'Tech', 'State',
]);

/**
 * Words that, right after an agency's name, make it part of another body's name: "South Africa's
 * International Trade Administration Commission" is not the U.S. agency, India's "Congress Party" not
 * the U.S. Congress.
 */
export const AGENCY_NAME_TAILS = wordList(['Commission', 'Tribunal', 'Authority', 'Board', 'Bureau', 'Party']);

/**
 * Blocs, by canonical name: they act on trade for their members. ASEAN, APEC or the G7 are not
 * here: they set no tariff of their own, so they never own a rate.
 */
const BLOC_FORMS: Readonly<Record<string, readonly string[]>> = {
  // With its earlier names in older reporting ("EC" alone is left out: too many other things).
  'European Union': ['European Union', 'EU', 'E.U.', 'Brussels', 'European Commission', 'the bloc', 'European Community', 'European Economic Community', 'EEC'],
  // Customs unions: they set a common external tariff for their members.
  Mercosur: ['Mercosur', 'Mercosul'],
  'Eurasian Economic Union': ['Eurasian Economic Union', 'EAEU'],
  'East African Community': ['East African Community', 'EAC'],
  ECOWAS: ['ECOWAS', 'Economic Community of West African States'],
  // The Gulf states' customs union: one 5% common external tariff ("the Gulf bloc's 5pc duty").
  'Gulf Cooperation Council': ['Gulf Cooperation Council', 'GCC', 'the Gulf bloc'],
  // Southern Africa's customs union: South Africa's trade commission sets its duties for all five members.
  SACU: ['SACU', 'Southern African Customs Union'],
};

/** The blocs' canonical names ("European Union", "Mercosur"). */
export const BLOC_NAMES: ReadonlySet<string> = new Set(Object.keys(BLOC_FORMS));

/** Blocs that charge one tariff for all their members ("the common external tariff"). */
export const CUSTOMS_UNION_NAMES: readonly string[] = ['European Union', 'Mercosur', 'Eurasian Economic Union', 'East African Community', 'ECOWAS', 'SACU'];

const BLOC_DEMONYMS: Readonly<Record<string, string>> = { European: 'European Union', EU: 'European Union' };

/** One ISO entry as the project uses it. */
export interface Country {
  iso2: string;
  iso3: string;
  /** The name facts use. */
  name: string;
  official: string;
  independent: boolean;
  /** Names, codes and capitals that mean it as a place or a government, case as written. */
  forms: string[];
  demonyms: string[];
}

// Plain ASCII (almost every form) has no accent to strip: skip the Unicode normalizer at start-up.
const stripAccents = (s: string): string => (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, ''));
const withPlainForm = (list: readonly string[]): string[] => list.flatMap((f) => (stripAccents(f) === f ? [f] : [f, stripAccents(f)]));
// Forms with parentheses or commas are index entries, not how a sentence names a country.
// A bloc's forms stay the bloc's: "Brussels" is the EU acting, not Belgium.
const BLOC_FORM = new Set(Object.values(BLOC_FORMS).flat().map((f) => f.toLowerCase()));
const usable = (f: string): boolean => !/[(),]/.test(f) && !NOT_A_COUNTRY.has(f) && !BLOC_FORM.has(f.toLowerCase());

/**
 * Forms shared by several entries ("Congolese", "Oranjestad") mean one of them only when it is
 * hand-kept here, or the only independent state among them; otherwise none (precision first).
 */
function resolve(claims: Array<{ form: string; iso2: string; rank: number }>): Map<string, string> {
  const best = new Map<string, { iso2: Set<string>; rank: number }>();
  for (const c of claims) {
    const key = c.form.toLowerCase();
    const b = best.get(key);
    if (!b || c.rank > b.rank) best.set(key, { iso2: new Set([c.iso2]), rank: c.rank });
    else if (c.rank === b.rank) b.iso2.add(c.iso2);
  }
  const out = new Map<string, string>();
  for (const [key, b] of best) if (b.iso2.size === 1) out.set(key, [...b.iso2][0]);
  return out;
}

const HAND = 3;
const INDEPENDENT = 2;
const TERRITORY = 1;

function buildCountries(): Country[] {
  const formClaims: Array<{ form: string; iso2: string; rank: number }> = [];
  const demonymClaims: Array<{ form: string; iso2: string; rank: number }> = [];
  for (const [iso2, , common, official, independent, demonyms, capitals, alternates] of COUNTRY_TABLE) {
    const rank = independent ? INDEPENDENT : TERRITORY;
    const name = CANONICAL[iso2] ?? common;
    // Capitals stand for governments; a territory's capital is only a town.
    const seats = independent || iso2 === 'TW' ? capitals : [];
    for (const form of withPlainForm([name, common, official, ...alternates, ...seats])) formClaims.push({ form, iso2, rank });
    for (const form of [...(REPORTED_CODES[iso2] ?? []), ...(EXTRA_FORMS[iso2] ?? [])]) formClaims.push({ form, iso2, rank: HAND });
    for (const form of withPlainForm(demonyms)) demonymClaims.push({ form, iso2, rank });
    for (const form of EXTRA_DEMONYMS[iso2] ?? []) demonymClaims.push({ form, iso2, rank: HAND });
  }
  const formOwner = resolve(formClaims.filter((c) => usable(c.form)));
  const demonymOwner = resolve(demonymClaims.filter((c) => usable(c.form)));
  const countries = new Map<string, Country>();
  for (const [iso2, iso3, common, official, independent] of COUNTRY_TABLE) {
    countries.set(iso2, { iso2, iso3, name: CANONICAL[iso2] ?? common, official, independent, forms: [], demonyms: [] });
  }
  const seen = new Set<string>();
  for (const c of formClaims) {
    const owner = formOwner.get(c.form.toLowerCase());
    if (owner === c.iso2 && usable(c.form) && !seen.has(`f${c.form}`)) {
      seen.add(`f${c.form}`);
      countries.get(owner)!.forms.push(c.form);
    }
  }
  for (const c of demonymClaims) {
    const owner = demonymOwner.get(c.form.toLowerCase());
    if (owner === c.iso2 && usable(c.form) && !seen.has(`d${c.form}`)) {
      seen.add(`d${c.form}`);
      countries.get(owner)!.demonyms.push(c.form);
    }
  }
  return [...countries.values()];
}

/** Every ISO 3166-1 entry, with the forms and demonyms that are safely its own. */
export const COUNTRIES: readonly Country[] = buildCountries();

/** Canonical name → forms naming it as a place or government: every country, then the blocs. */
export const COUNTRY_FORMS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...COUNTRIES.map((c) => [c.name, c.forms] as [string, readonly string[]]),
  ...Object.entries(BLOC_FORMS),
]);

/** Demonym or adjective ("Chinese", "U.S.") → canonical name. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map<string, string>([
  ...COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d, c.name] as [string, string])),
  ...Object.entries(BLOC_DEMONYMS),
]);

/**
 * Canonical name → the other ways a country's own name is spelled, where it has them ("Vietnam": "Viet Nam";
 * "Turkey": "Türkiye", "Turkiye"; "Ivory Coast": "Côte d'Ivoire"). Codes, capitals, official long forms and
 * demonyms are not spellings of the name; nor is another name for a part or a team ("Holland", "Great Britain",
 * "Chinese Taipei").
 */
const OTHER_NAMES = new Set(['Great Britain', 'Holland', 'Chinese Taipei']);
export const NAME_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map(
  COUNTRY_TABLE.flatMap(([iso2, , common, , , , , alternates]) => {
    const country = COUNTRIES.find((c) => c.iso2 === iso2)!;
    const name = country.name;
    const others = [...new Set([common, ...alternates])].filter((f) => f !== name && country.forms.includes(f) && !/^[A-Z.]+$/.test(f) && !f.startsWith('Republic') && !OTHER_NAMES.has(f));
    // An index-style name ("Cocos (Keeling) Islands") is the one every fact about it uses.
    return others.length && !/[(),]/.test(name) ? [[name, others] as [string, readonly string[]]] : [];
  }),
);
