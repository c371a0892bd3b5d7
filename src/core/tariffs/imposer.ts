/**
 * Who imposes a tariff, read the way trade reporting states it: the tariff's own possessor ("U.S.
 * tariffs", "China's retaliatory duties"), "imposed by X", the importing side ("exports to the
 * United States"), else the acting subject of the sentence ("Washington imposed…", "the Commerce
 * Department set…") — skipping countries that are the goods' origin ("Chinese imports", "on Japan",
 * "Vietnam will face…").
 */
import { CUSTOMS_UNIONS, type ActorMention } from '../countries';

// Words that cannot sit between an owner and its tariff ("Vietnam will face a 20% tariff").
const NOT_POSSESSIVE = /^(?:will|would|could|may|might|can|must|should|be|been|is|are|was|were|has|have|had|a|an|the|to|on|for|from|of|in|by|against|and|or|faces?|faced|said|says|also|now|with|its|their|his|her|that|which)$/i;

export type ActorRole = 'possessor' | 'importer' | 'agent' | 'origin';

const GOODS =
  /^(?:goods|imports?|exports?|products?|producers?|makers?|manufacturers?|firms?|companies|exporters?|shipments?|steel|alumin(?:i)?um|autos?|cars?|vehicles?|lumber|softwood|wine|solar|cheese|champagne|soybeans?|farm|agricultural|chips?|semiconductors?|textiles?|apparel|watch(?:es)?|panels?|parts|tires?|electronics|beef|pork|dairy|whisky|whiskey|bourbon|motorcycles?|luxury|content|brands?|rice|seafood|fish|timber|machinery|appliances|batteries|evs?|electric|wines?)$/i;
const ORIGIN_BEFORE = /\b(?:on|from|against|into|of|in|at|near|toward|towards|with|made\s+in|produced\s+in|built\s+in|grown\s+in|exported\s+by|made\s+by|produced\s+by|shipped\s+by|sold\s+by|force|forced|pressure|pressed|punish|punishing|target(?:ing|ed|s)?|hit|hits|hitting)\s+(?:the\s+)?$/i;
const IMPORTER_BEFORE = /\b(?:exports?|shipments?|sales|sell\w*|ship\w*|exported|enter\w*|access)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:to|into|in)\s+(?:the\s+)?$/iu;
const BY_BEFORE = /\b(?:imposed|levied|set|charged|announced|introduced|applied|slapped|placed|published|issued)\s+by\s+(?:the\s+)?$/i;
// "a 26% duty in the US": the country where a tariff is charged imposes it.
const CHARGED_IN_BEFORE = /(?<![\p{L}-])(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|rates?)\s+(?:in|at)\s+(?:the\s+)?$/iu;
// "South Korea's won dropped", "China's economy": a country's market or economy does not act.
const MARKET = /^(?:won|yuan|renminbi|yen|dollar|euro|peso|rupee|rupiah|ringgit|baht|real|lira|rand|currency|currencies|stocks?|shares|equities|bonds?|markets?|economy|index|benchmark|growth|gdp|inflation|central|consumers?|shoppers?|households?|farmers?|economists?)$/i;
// A possessive pronoun just before the rate or its tariff word: "its 38.5% tariff", "their new duties".
const ITS_BEFORE = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const FACES_AFTER = /^(?:['’]s)?\s+(?:(?:will|would|could|may|might|to|must|now|also|already)\s+)?(?:be\s+)?(?:face|faces|faced|facing|hit|pay|pays|paid|get\s+hit|subject)\b/i;
// A domestic industry that wins or seeks duties is on the imposing side: "U.S. steelmakers won duties".
const PETITIONS_AFTER = /^(?:\s+[\p{L}'’-]+){0,6}?\s+(?:won|wins|sought|seeks|requested|petitioned|asked|lobbied|secured|filed)\b/iu;

const ACTS_AFTER =
  /^(?:['’]s)?\s+(?:(?:will|would|could|may|plans?\s+to|moved?\s+to|agreed\s+to)\s+)?(?:raise[sd]?|raising|impose[sd]?|imposing|sets|slap(?:s|ped)?|levie[sd]|levies|lower(?:s|ed)?|hike[sd]?|announce[sd]?|introduce[sd]?|adopt(?:s|ed)?|approve[sd]?|double[sd]?|triple[sd]?|extend(?:s|ed)?|retaliate[sd]?|propose[sd]?|threaten(?:s|ed)?|slashe[sd]|cuts)\s+(?:[\p{L}-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surcharges?|surtax(?:es)?)\b/iu;
const COMPANY_NAME_AFTER = /^\s+(?:\p{Lu}[\p{L}&-]*\s+){0,2}(?:Steel(?:works)?|Metals?|Corp(?:oration)?|Inc|Ltd|Co|Group|Industries|Holdings|Towers?|Works|Mining|Motors|Airlines|Telecom|Petroleum|Chemicals?|Electric|Textiles?|Paper|Cement|Glass)\b\.?/u;

/** The role a named country plays in its sentence, from the words around it. */
export function roleOf(actor: ActorMention, paragraph: string, sentenceStart: number): ActorRole {
  const before = paragraph.slice(Math.max(sentenceStart, actor.start - 60), actor.start);
  const after = paragraph.slice(actor.end, actor.end + 80);
  if (BY_BEFORE.test(before) || CHARGED_IN_BEFORE.test(before)) return 'possessor';
  if (IMPORTER_BEFORE.test(before)) return 'importer';
  if (MARKET.test(/^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '')) return 'origin';
  if (PETITIONS_AFTER.test(after)) return 'agent';
  if (ORIGIN_BEFORE.test(before)) return 'origin';
  // "talks in Geneva, Switzerland": a country after a city is a place.
  if (/\b(?:in|at)\s+\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?,\s$/u.test(before)) return 'origin';
  if (FACES_AFTER.test(after)) return 'origin';
  // "Hanoi Steelworks", "China Tower Corp": a place that opens a company's name is not acting.
  if (COMPANY_NAME_AFTER.test(after)) return 'origin';
  // "Brazil raises import tariff on steel": a country that raises, sets or cuts a tariff acts, whatever goods follow.
  if (ACTS_AFTER.test(after)) return 'agent';
  const next = after.match(/^\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u)?.[1].split(/\s+/) ?? [];
  if (next.some((w) => GOODS.test(w))) return 'origin';
  return 'agent';
}

export interface ImposerInput {
  paragraph: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Start of the rate or of its tariff word, whichever comes first. */
  anchor: number;
  /** Start of the tariff word, when one governs the rate. */
  tariffWordStart: number | null;
  /** Actors named in this sentence. */
  actors: ActorMention[];
  /** Country the target names ("Swiss goods" → Switzerland): never the imposer. */
  targetCountry: string;
}

/** The country imposing the tariff, or "" when the sentence does not say. */
export function imposerOf(input: ImposerInput): string {
  const { paragraph, sentenceStart, anchor, tariffWordStart, actors, targetCountry } = input;
  const usable = actors.filter((a) => a.country !== targetCountry);
  // "the common external tariff" is the customs union's, whoever pushes to change it.
  if (tariffWordStart !== null && /\bcommon\s+external\s+$/i.test(paragraph.slice(Math.max(0, tariffWordStart - 20), tariffWordStart))) {
    const union = actors.find((a) => CUSTOMS_UNIONS.has(a.country));
    if (union) return union.country;
  }
  // "U.S. tariffs", "China's retaliatory duties", "Beijing's 10% levy": a country just before the tariff word or rate.
  for (const at of [tariffWordStart, anchor]) {
    if (at === null) continue;
    const owner = usable.filter((a) => a.end <= at).pop();
    if (!owner) continue;
    const between = paragraph.slice(owner.end, at).replace(/^['’]s/, '');
    const words = between.split(/\s+/).filter(Boolean);
    if (!/^\s*$|^\s/.test(between) || words.length > 3 || words.some((w) => NOT_POSSESSIVE.test(w))) continue;
    // A possessive owns the tariff even past goods words ("Mexico's steel tariffs"); a bare
    // name before goods is their origin ("Chinese steel tariffs").
    if (words.length === 0 || /['’]s$/.test(owner.text) || roleOf(owner, paragraph, sentenceStart) !== 'origin') return owner.country;
  }
  const roles = usable.map((a) => ({ a, role: roleOf(a, paragraph, sentenceStart) }));
  // "…, while Japan would keep its 38.5% tariff": "its" points back to the nearest acting country.
  const lead = paragraph.slice(sentenceStart, anchor);
  const pronoun = ITS_BEFORE.exec(lead);
  if (pronoun) {
    const at = sentenceStart + pronoun.index;
    const antecedent = roles.filter((r) => r.a.end <= at && r.role !== 'origin').pop();
    if (antecedent && paragraph.slice(antecedent.a.end, at).split(/\s+/).length <= 6) return antecedent.a.country;
  }
  const byPhrase = roles.find((r) => r.role === 'possessor');
  if (byPhrase) return byPhrase.a.country;
  const importer = roles.find((r) => r.role === 'importer');
  if (importer) return importer.a.country;
  const subject = roles.find((r) => r.role === 'agent' && r.a.start < anchor);
  if (subject) return subject.a.country;
  return roles.find((r) => r.role === 'agent')?.a.country ?? '';
}
