import { wordList } from './wordList';

/**
 * Agencies, offices, leaders and trade laws whose tariff actions are a country's or a bloc's:
 * "the Commerce Department raised…" is Washington acting. Case-sensitive forms as articles write
 * them. Leaders are matched by surname as reporting uses them ("Trump", "Mr. Xi"); kept to heads
 * of government and trade chiefs, and to surnames that are not common words or names.
 * A ministry that many countries have ("Ministry of Commerce", "Finance Ministry") is not here:
 * it is a country's only when the article names the country ("China's Ministry of Commerce"),
 * and that country is then found by its own name.
 */
/** Bodies other countries have under the same bare name (the Philippine, Peruvian, Colombian Congress): a tariff's government only where the article names that country otherwise. */
export const SHARED_BODY_NAMES: ReadonlySet<string> = new Set(['Congress']);
/** Countries whose legislature is also called Congress: named in the same text, they make "Congress" no longer Washington's. */
export const CONGRESS_COUNTRIES: ReadonlySet<string> = new Set(['Mexico', 'Philippines', 'Peru', 'Colombia', 'Brazil', 'Argentina', 'Chile', 'Guatemala', 'Paraguay', 'Honduras', 'Dominican Republic', 'Micronesia']);

export const GOVERNMENT_ACTORS: Readonly<Record<string, readonly string[]>> = {
  'United States': [
    'White House', 'Commerce Department', 'Department of Commerce', 'DOC', 'USTR', 'Trade Representative', 'Treasury Department',
    'Customs and Border Protection', 'CBP', 'International Trade Commission', 'Congress', 'Commerce Secretary', 'Treasury Secretary', 'Senate Finance Committee', 'Ways and Means Committee',
    // The U.S. trade laws tariffs are named after: "a Section 232 tariff" is Washington's.
    'Section 232', 'Section 301', 'Section 201', 'Section 122', 'IEEPA',
    // The named U.S. programme of 2025: "reciprocal tariffs of 19% for Thailand" are Washington's.
    'reciprocal tariff', 'reciprocal tariffs',
    // Its universal floor under them: "we pay the 10% baseline tariff".
    'baseline tariff', 'baseline tariffs',
    'Trump administration', 'Biden administration', 'Obama administration', 'Clinton administration', 'Bush administration',
    // Added: the trade offices by their full names, and the rest of the tariff machinery.
    'U.S. Trade Representative', 'United States Trade Representative', 'Office of the U.S. Trade Representative',
    'Office of the United States Trade Representative', 'Department of the Treasury', 'U.S. Customs and Border Protection',
    'Bureau of Industry and Security', 'International Trade Administration', 'State Department', 'U.S. State Department',
    'Department of State',
  ],
  China: [
    'MOFCOM', 'Customs Tariff Commission', 'State Council', 'Customs Tariff Commission of the State Council', 'General Administration of Customs', 'Zhongnanhai',
  ],
  'European Union': [
    'European Commission', 'DG Trade', 'Directorate-General for Trade', 'Council of the European Union'],
  Canada: [
    'Canada Border Services Agency', 'CBSA',
    'Department of Finance Canada', 'Finance Canada', 'Global Affairs Canada', 'Canadian International Trade Tribunal', 'CITT',
  ],
  Japan: ['METI', 'Ministry of Economy, Trade and Industry', 'Kantei'],
  India: ['DGTR', 'Directorate General of Trade Remedies', 'Central Board of Indirect Taxes and Customs', 'CBIC'],
  'United Kingdom': ['HMRC', 'Department for Business and Trade', 'Trade Remedies Authority', 'Downing Street', 'Whitehall'],
  Australia: ['Anti-Dumping Commission'],
  'South Korea': ['MOTIE', 'Ministry of Trade, Industry and Energy', 'Blue House', 'Cheong Wa Dae'],
  Switzerland: ['SECO', 'State Secretariat for Economic Affairs'],
  // Seats of government that reporting names for the government itself, as it does the Kremlin or Downing Street.
  Philippines: ['Malacañang', 'Malacanang'],
  France: ['Élysée', 'Elysee', 'Élysée Palace', 'Elysee Palace', 'Bercy', "Quai d'Orsay"],
  Brazil: ['Planalto', 'Itamaraty', 'Gecex', 'Camex'],
  Argentina: ['Casa Rosada'],
  Chile: ['La Moneda'],
  Mexico: ['Palacio Nacional', 'Los Pinos'],
};

/**
 * Heads of government and trade chiefs a trade story names by surname or full name: a person,
 * whose tariff actions are still their country's ("Trump raised…"). The people rules read the
 * one-word forms as leaders ("Ebrard said" is a person), the tariff rules as actors.
 */
export const GOVERNMENT_PEOPLE: Readonly<Record<string, readonly string[]>> = {
  'United States': ['Trump', 'Biden', 'Obama', 'Clinton', 'Bush', 'Reagan', 'Lighthizer', 'Greer', 'Lutnick', 'Bessent', 'Katherine Tai', 'Wilbur Ross', 'Kantor', 'Zoellick'],
  'China': ['Xi Jinping', 'Xi', 'Li Qiang', 'He Lifeng', 'Wang Wentao'],
  'European Union': ['von der Leyen', 'Sefcovic', 'Šefčovič', 'Dombrovskis', 'Malmström', 'Malmstrom'],
  'Canada': ['Trudeau', 'Carney', 'Freeland'],
  'Mexico': ['Sheinbaum', 'Lopez Obrador', 'López Obrador', 'Ebrard'],
  'Japan': ['Ishiba', 'Kishida', 'Abe', 'Takaichi'],
  'India': ['Modi', 'Goyal', 'Sitharaman'],
  'United Kingdom': ['Starmer'],
  'Brazil': ['Lula'],
  'Australia': ['Albanese'],
  'Russia': ['Putin'],
  'Turkey': ['Erdogan', 'Erdoğan'],
  'Indonesia': ['Prabowo'],
  'France': ['Macron'],
  'Italy': ['Meloni'],
  'Germany': ['Scholz', 'Merz'],
  'Ukraine': ['Zelenskyy', 'Zelensky'],
  'Israel': ['Netanyahu'],
};

/**
 * Heads of the names of government bodies: a body named with a country is that country's government
 * ("International Trade Administration Commission of South Africa", "South African Revenue Service",
 * "Brazil's Ministry of Development"). Not embassies (a country abroad) nor boards or councils (often industry's).
 */
export const GOVERNMENT_BODY_HEADS = wordList('ministry|department|commission|agency|authority|administration|revenue service|customs service|tribunal|directorate|secretariat|treasury|assembly');
