import type { Tok } from '../lexicon/tokens';
import { NOT_NAMES, placeOf } from '../lexicon/words';

/**
 * The shapes of organization names beyond a plain head word: legal-form suffixes from around the
 * world ("Sdn Bhd", "Tbk", "A.Ş.", "S.A. de C.V."), industry nouns that close a company's name
 * ("Sarawak Polymers"), Canadian department names ("Global Affairs Canada"), port authorities
 * and the names of places that look like organizations ("Blair Waterway").
 */

const set = (s: string): Set<string> => new Set(s.split('|'));

/** Legal forms that close a company's name, case-sensitive ("AB" is a form, "ab" is not). */
export const LEGAL_FORMS = set(
  'Bhd|Bhd.|Berhad|Sdn|Tbk|Tbk.|Pte|Pty|Ltd|Ltd.|Ltda|Ltda.|Limited|LIMITED|A.S.|A.Ş.|AŞ|S.A.|SA|AG|GmbH|N.V.|NV|B.V.|BV|S.p.A.|SpA|AB|ASA|' +
    'Oyj|Oy|K.K.|C.V.|PJSC|JSC|OJSC|LLC|LLC.|L.L.C.|LLP|PLC|Plc|plc|Inc|Inc.|Corp|Corp.|Co.|S.A.S.|SAS|S.R.L.|S.r.l.|Srl|SRL|SE|KGaA|' +
    'S.A.B.|SAB|Sanayi|Ticaret|Holdings|Group',
);
/** Legal forms that open a name: Indonesian "PT Sinar Baja", Malaysian "PT" is not one. */
export const LEGAL_PREFIXES = set('PT|CV');

/** Industry nouns that close a company's name when a proper name precedes them ("Bluewater Steel"). */
export const INDUSTRY_HEADS = set(
  'polymer|polymers|petrochem|petrochemical|petrochemicals|chemical|chemicals|steel|steels|metal|metals|timber|lumber|' +
    'aluminium|aluminum|motors|electronics|textile|textiles|foods|mining|shipping|logistics|pharma|semiconductor|' +
    'semiconductors|solar|cycles|plastics|fertilizers|fertilisers|cement|bearings|apparel|garments|refining|refinery|' +
    'minerals|paperboard|packaging|auto|autos|machinery|mills|shipyard|shipbuilding|agro|agri|dairy|seafood|poultry|farms',
);

/** Words a Canadian department's name is made of before "Canada" ("Global Affairs Canada", "Statistics Canada"). */
const CANADA_TOPICS = set(
  'global|affairs|statistics|agriculture|agri-food|innovation|science|development|health|transport|environment|climate|' +
    'employment|fisheries|oceans|revenue|services|finance|justice|safety|resources|heritage|parks|immigration|trade|' +
    'export|industry|economic|public|natural|border|housing|infrastructure|veterans|procurement|competition|' +
    'change|social|indigenous|refugees|citizenship|canadian|women|gender|equality|defence|national|sport|standards',
);

/** Words that close the name of a place, not a body ("Blair Waterway", "Fraser River", "Strait of Hormuz"). */
export const GEO_HEADS = set(
  'waterway|river|strait|straits|bay|canal|channel|sea|gulf|lake|harbor|harbour|island|islands|peninsula|valley|' +
    'mountains|creek|basin|ocean|coast|estuary|sound|passage|reef|desert|plateau|delta',
);

/** Places the Port of a city is at, not an authority that acts ("ships waited at the Port of Tacoma"). */
const PLACE_PREPOSITIONS = set('at|in|into|through|via|near|outside|off|across|inside|entering|leaving|toward|towards|past|around');

const low = (t: Tok | undefined): string => (t ? t.text.toLowerCase() : '');

/** Is token k a legal form written as such (case-sensitive), e.g. "Bhd", "S.A.", "GmbH"? */
export const isLegalForm = (t: Tok | undefined): boolean => !!t && t.word && LEGAL_FORMS.has(t.text);

/** Does the run i..j-1 end with a name that is a place's ("Fraser River", "Strait of Hormuz")? */
export function isGeographic(toks: Tok[], i: number, j: number): boolean {
  if (GEO_HEADS.has(low(toks[j - 1]))) return true;
  return GEO_HEADS.has(low(toks[i])) && low(toks[i + 1]) === 'of';
}

/**
 * The head index of a run by shape, or -1: a legal form closing it, "PT" opening it, an industry
 * noun after a proper name, a Canadian department's "… Canada".
 */
export function shapeHead(toks: Tok[], s: number, j: number): number {
  if (j - s < 2) return -1;
  const last = toks[j - 1];
  if (isLegalForm(last) && !(last.text === 'Group' || last.text === 'Holdings') ) return j - 1;
  if (LEGAL_PREFIXES.has(toks[s].text) && toks[s + 1].cap) return j - 1;
  if (INDUSTRY_HEADS.has(low(last)) && properBefore(toks, s, j - 1)) return j - 1;
  if (last.text === 'Canada' && toks.slice(s, j - 1).some((t) => CANADA_TOPICS.has(low(t)))) return j - 1;
  return -1;
}

/** A proper name before an industry noun: not a place, demonym or common capitalized word ("Chinese Steel"). */
function properBefore(toks: Tok[], s: number, head: number): boolean {
  const before = toks.slice(s, head).filter((t) => t.word);
  if (!before.length) return false;
  if (placeOf(toks[head - 1].text) || placeOf(before.map((t) => t.text).join(' '))) return false;
  return !before.every((t) => NOT_NAMES.has(low(t)) || placeOf(t.text));
}

/** "Global Affairs Canada" opening a sentence: "Global" is part of the department's name. */
export const isCanadaTopic = (toks: Tok[], k: number, j: number): boolean => toks[j - 1]?.text === 'Canada' && CANADA_TOPICS.has(low(toks[k]));

/** "Innovation, Science and Economic Development Canada": the comma-listed topics before a department's run. */
export function canadaListStart(toks: Tok[], s: number, j: number): number {
  if (toks[j - 1]?.text !== 'Canada') return s;
  while (s >= 2 && toks[s - 1].text === ',' && toks[s - 2].cap && CANADA_TOPICS.has(low(toks[s - 2]))) s -= 2;
  return s;
}

/**
 * "The Port of Tacoma said volumes fell" is the port authority; "ships waited at the Port of
 * Tacoma" is a place. A Port of X run counts unless a place preposition sits right before it.
 */
export function isPortAuthority(toks: Tok[], s: number): boolean {
  let k = s - 1;
  if (low(toks[k]) === 'the') k--;
  return !PLACE_PREPOSITIONS.has(low(toks[k]));
}

/** "the House Ways and Means trade subcommittee": lower-case words between a chamber's committee name and "subcommittee". */
export function committeeTail(toks: Tok[], s: number, j: number): number {
  if (!/^(House|Senate)$/.test(toks[s]?.text ?? '')) return j;
  for (let k = j; k < toks.length && k < j + 3; k++) {
    const t = toks[k];
    if (!t.word || t.cap) return j;
    if (/^(subcommittee|committee|panel|caucus)$/.test(t.text)) return k + 1;
  }
  return j;
}
