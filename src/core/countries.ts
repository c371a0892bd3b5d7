/**
 * Countries and blocs as trade reporting names them: full names, short forms ("U.S.", "EU"),
 * capitals standing for governments ("Beijing", "Ottawa"), demonyms ("Chinese") and the
 * agencies and leaders whose actions are a country's ("the Commerce Department", "Trump").
 */

/** Canonical name → the forms that mean it as a place or a government. */
const COUNTRY_FORMS: Record<string, string[]> = {
  'United States': ['United States', 'United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America', 'Washington', 'the States'],
  China: ['China', "People's Republic of China", 'PRC', 'Beijing', 'mainland China'],
  'European Union': ['European Union', 'EU', 'E.U.', 'Brussels', 'European Commission', 'the bloc'],
  Canada: ['Canada', 'Ottawa'],
  Mexico: ['Mexico', 'Mexico City'],
  Japan: ['Japan', 'Tokyo'],
  'United Kingdom': ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'London'],
  India: ['India', 'New Delhi'],
  Australia: ['Australia', 'Canberra'],
  Brazil: ['Brazil', 'Brasilia', 'Brasília'],
  'South Korea': ['South Korea', 'Korea', 'Seoul', 'Republic of Korea'],
  Taiwan: ['Taiwan', 'Taipei'],
  Vietnam: ['Vietnam', 'Viet Nam', 'Hanoi'],
  Switzerland: ['Switzerland', 'Bern', 'Berne'],
  Germany: ['Germany', 'Berlin'],
  France: ['France', 'Paris'],
  Italy: ['Italy', 'Rome'],
  Spain: ['Spain', 'Madrid'],
  Russia: ['Russia', 'Moscow', 'Kremlin'],
  Turkey: ['Turkey', 'Türkiye', 'Ankara'],
  Indonesia: ['Indonesia', 'Jakarta'],
  Thailand: ['Thailand', 'Bangkok'],
  Malaysia: ['Malaysia', 'Kuala Lumpur'],
  Philippines: ['Philippines', 'Manila'],
  Singapore: ['Singapore'],
  'South Africa': ['South Africa', 'Pretoria'],
  Kenya: ['Kenya', 'Nairobi'],
  Nigeria: ['Nigeria', 'Abuja'],
  Argentina: ['Argentina', 'Buenos Aires'],
  Chile: ['Chile', 'Santiago'],
  'New Zealand': ['New Zealand', 'Wellington'],
  Israel: ['Israel'],
  'Saudi Arabia': ['Saudi Arabia', 'Riyadh'],
  'United Arab Emirates': ['United Arab Emirates', 'UAE', 'U.A.E.'],
  Bangladesh: ['Bangladesh', 'Dhaka'],
  Pakistan: ['Pakistan', 'Islamabad'],
  Norway: ['Norway', 'Oslo'],
  Sweden: ['Sweden', 'Stockholm'],
  Netherlands: ['Netherlands', 'the Netherlands', 'Holland'],
  Ireland: ['Ireland', 'Dublin'],
  Austria: ['Austria', 'Vienna'],
  Colombia: ['Colombia', 'Bogota', 'Bogotá'],
  Peru: ['Peru', 'Lima'],
  Egypt: ['Egypt', 'Cairo'],
  Ukraine: ['Ukraine', 'Kyiv', 'Kiev'],
  'Hong Kong': ['Hong Kong'],
  Cambodia: ['Cambodia', 'Phnom Penh'],
  Lesotho: ['Lesotho'],
  Uruguay: ['Uruguay', 'Montevideo'],
  Paraguay: ['Paraguay', 'Asunción', 'Asuncion'],
  // Customs unions: they set a common external tariff for their members.
  Mercosur: ['Mercosur', 'Mercosul'],
  'Eurasian Economic Union': ['Eurasian Economic Union', 'EAEU'],
  'East African Community': ['East African Community', 'EAC'],
  ECOWAS: ['ECOWAS', 'Economic Community of West African States'],
};

/** Blocs that charge one tariff for all their members ("the common external tariff"). */
export const CUSTOMS_UNIONS = new Set(['European Union', 'Mercosur', 'Eurasian Economic Union', 'East African Community', 'ECOWAS']);

/** Demonym (as an adjective: "Chinese imports", "U.S. goods") → canonical country. */
const DEMONYMS: Record<string, string> = {
  American: 'United States', 'U.S.': 'United States', US: 'United States', Chinese: 'China', European: 'European Union',
  EU: 'European Union', Canadian: 'Canada', Mexican: 'Mexico', Japanese: 'Japan', Japan: 'Japan', British: 'United Kingdom',
  UK: 'United Kingdom', Indian: 'India', Australian: 'Australia', Aussie: 'Australia', Brazilian: 'Brazil',
  Korean: 'South Korea', 'South Korean': 'South Korea', Taiwanese: 'Taiwan', Vietnamese: 'Vietnam', Swiss: 'Switzerland',
  German: 'Germany', French: 'France', Italian: 'Italy', Spanish: 'Spain', Russian: 'Russia', Turkish: 'Turkey',
  Indonesian: 'Indonesia', Thai: 'Thailand', Malaysian: 'Malaysia', Filipino: 'Philippines', Singaporean: 'Singapore',
  'South African': 'South Africa', Kenyan: 'Kenya', Nigerian: 'Nigeria', Argentine: 'Argentina', Argentinian: 'Argentina',
  Chilean: 'Chile', 'New Zealand': 'New Zealand', Israeli: 'Israel', Saudi: 'Saudi Arabia', Emirati: 'United Arab Emirates',
  Bangladeshi: 'Bangladesh', Pakistani: 'Pakistan', Norwegian: 'Norway', Swedish: 'Sweden', Dutch: 'Netherlands',
  Irish: 'Ireland', Austrian: 'Austria', Colombian: 'Colombia', Peruvian: 'Peru', Egyptian: 'Egypt', Ukrainian: 'Ukraine',
  Cambodian: 'Cambodia', Uruguayan: 'Uruguay', Paraguayan: 'Paraguay',
};

/**
 * Agencies, offices and leaders whose tariff actions are a country's. Leaders are matched by
 * surname as reporting uses them ("Trump", "Mr. Xi"); kept to heads of government and trade chiefs.
 */
const ACTORS: Record<string, string[]> = {
  'United States': [
    'White House', 'Commerce Department', 'Department of Commerce', 'DOC', 'USTR', 'Trade Representative', 'Treasury Department',
    'Customs and Border Protection', 'CBP', 'International Trade Commission', 'Congress', 'Trump', 'Biden', 'Obama',
    'Clinton', 'Bush', 'Lighthizer', 'Greer', 'Lutnick', 'Bessent', 'Katherine Tai', 'Wilbur Ross', 'Kantor', 'Zoellick',
    'Commerce Secretary', 'Treasury Secretary', 'Senate Finance Committee', 'Ways and Means Committee',
    // The U.S. trade laws tariffs are named after: "a Section 232 tariff" is Washington's.
    'Section 232', 'Section 301', 'Section 201', 'Section 122',
    'Trump administration', 'Biden administration', 'Obama administration', 'Clinton administration', 'Bush administration',
  ],
  China: ['MOFCOM', 'Customs Tariff Commission', 'State Council', 'Xi Jinping', 'Xi', 'Li Qiang', 'He Lifeng'],
  'European Union': ['European Commission', 'von der Leyen', 'Sefcovic', 'Šefčovič'],
  Canada: ['Trudeau', 'Carney', 'Freeland', 'Canada Border Services Agency', 'CBSA'],
  Mexico: ['Sheinbaum', 'Lopez Obrador', 'López Obrador'],
  Japan: ['Ishiba', 'Kishida', 'Abe', 'METI'],
  India: ['Modi'],
  'United Kingdom': ['Starmer'],
  Brazil: ['Lula'],
  Australia: ['Albanese'],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-cased form → canonical country, over every table. */
const BY_FORM = new Map<string, string>();
for (const [canon, forms] of Object.entries(COUNTRY_FORMS)) for (const f of forms) BY_FORM.set(f.toLowerCase(), canon);
const BY_DEMONYM = new Map<string, string>();
for (const [d, canon] of Object.entries(DEMONYMS)) BY_DEMONYM.set(d.toLowerCase(), canon);
const BY_ACTOR = new Map<string, string>();
for (const [canon, forms] of Object.entries(ACTORS)) for (const f of forms) BY_ACTOR.set(f.toLowerCase(), canon);

const clean = (s: string): string =>
  s
    .trim()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ');

/** "U.S." / "the United States" / "Washington" → "United States"; "" when the text names no country or bloc. */
export function normalizeCountry(text: string): string {
  const t = clean(text).toLowerCase();
  return BY_FORM.get(t) ?? BY_FORM.get(t.replace(/\.$/, '')) ?? '';
}

/** "Chinese" → "China", "U.S." → "United States"; "" when not a demonym. */
export function countryOfDemonym(text: string): string {
  return BY_DEMONYM.get(clean(text).toLowerCase()) ?? '';
}

/** A country name, capital, demonym, agency or leader → the country or bloc it stands for; "" if none. */
export function countryOfActor(text: string): string {
  const t = clean(text).toLowerCase();
  return BY_FORM.get(t) ?? BY_DEMONYM.get(t) ?? BY_ACTOR.get(t) ?? BY_ACTOR.get(t.replace(/^(?:the\s+)?(?:u\.s\.|us)\s+/, '')) ?? '';
}

/** A country, capital or demonym (not an agency or leader): what a tariff's target can name as origin. */
export function countryOfPlace(text: string): string {
  const t = clean(text).toLowerCase();
  return BY_FORM.get(t) ?? BY_DEMONYM.get(t) ?? '';
}

/** An agency, official, leader or trade law ("Commerce Department", "Section 232"), not a place or people. */
export function isGovernmentActor(text: string): boolean {
  const t = clean(text).toLowerCase();
  return !BY_FORM.has(t) && !BY_DEMONYM.has(t) && countryOfActor(text) !== '';
}

/** A place in a text where a country or bloc (or its agency, capital, leader or demonym) is named. */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  country: string;
}

// Longest forms first so "United States of America" wins over "United States", "Trump administration" over "Trump".
const ALL_FORMS = [...new Set([...Object.values(COUNTRY_FORMS).flat(), ...Object.keys(DEMONYMS), ...Object.values(ACTORS).flat()])]
  .filter((f) => !/^the /.test(f))
  .sort((a, b) => b.length - a.length);
// Case-sensitive: "US" the country, not "us" the pronoun; "Abe" the leader needs its capital.
const ACTOR_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${ALL_FORMS.map(escape).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`, 'gu');

const BASED_AFTER = /^-(?:based|headquartered|listed)\b/;

/** Every country, bloc, capital, demonym, agency or leader named in `text`, in order. */
export function findActors(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(ACTOR_RE)) {
    // "Seoul-based Hyosung", "Hong Kong-listed": where a company sits is not a government acting.
    if (BASED_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20))) continue;
    const country = countryOfActor(m[0]);
    if (country) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0], country });
  }
  return out;
}
