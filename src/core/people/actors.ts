import type { OrganizationMention, ParagraphContext, PersonMention } from '../mentions';
import { tokenize, type Tok } from '../lexicon/tokens';
import { BODY_HEADS, NOT_NAMES, OBJECT_PREPOSITIONS, placeOf } from '../lexicon/words';
import { findOrgHits, type OrgHit } from '../organizations/find';
import { spreadOverLists } from '../organizations/lists';
import { orgKey } from '../organizations/orgKey';
import { findPersonHits, lexiconPeople, type PersonHit } from './find';
import { lowerBound } from '../quotes/search';
import { sentenceAround } from './sentenceCountries';
import { SPEECH_VERBS } from '../lexicon/speechVerbs';
import { rx } from '../lexicon/wordList';

/** People and organizations of one paragraph, found in one pass so each can rule the other out. */
export interface Actors {
  people: PersonMention[];
  organizations: OrganizationMention[];
}

const memo = new WeakMap<ParagraphContext, Actors>();
/** Capitalized words a weak organization mention can be ("Resolute", "Department", "KAM"). */
const WEAK_ORG = /^(\p{Lu}[\p{L}&'’.-]+)$/u;

/** Finds the people and organizations of a paragraph (memoized per paragraph context). */
export function actorsOf(ctx: ParagraphContext): Actors {
  let a = memo.get(ctx);
  if (!a) {
    try {
      a = findActors(ctx);
    } catch {
      a = { people: [], organizations: [] };
    }
    memo.set(ctx, a);
  }
  return a;
}

function findActors(ctx: ParagraphContext): Actors {
  const { text } = ctx;
  const toks = tokenize(text);
  const orgs = findOrgHits(text, toks);
  spreadOverLists(text, toks, orgs);
  const orgAt = new Uint8Array(toks.length);
  for (const h of orgs) if (!h.weak) for (let k = h.i; k < h.j; k++) orgAt[k] = 1;
  const people = findPersonHits(text, toks, lexiconPeople(text), (k) => orgAt[k] === 1);
  // Organizations a person is tied to ("Rolex CEO …", "… at the Pacific Research Institute").
  for (const p of people) {
    if (!p.org || p.weak) continue;
    if (overlaps(orgs, p.org.i, p.org.j)) continue;
    const name = span(text, toks, p.org.i, p.org.j);
    if (placeOf(name)) continue;
    addOrg(orgs, orgAt, { i: p.org.i, j: p.org.j, key: orgKey(name), weak: false });
  }
  // "Kenya Association of Manufacturers (KAM)": the acronym in brackets is the same body.
  for (const h of [...orgs]) {
    const t = toks[h.j + 1];
    if (h.weak || toks[h.j]?.text !== '(' || toks[h.j + 2]?.text !== ')' || !t || !/^\p{Lu}[\p{Lu}&.]{1,7}$/u.test(t.text)) continue;
    if (orgAt[h.j + 1]) continue;
    addOrg(orgs, orgAt, { i: h.j + 1, j: h.j + 2, key: h.key, weak: false });
  }
  joinSlashed(toks, orgs);
  const personAt = new Uint8Array(toks.length);
  for (const p of people) if (!p.weak) for (let k = p.i; k < p.j; k++) personAt[k] = 1;
  // "Kelana Aluminium" for "Kelana Aluminium Bhd": a capitalized run may be a company's name
  // without its legal form; kept only if the full name is in the article (same key).
  for (let k = 0; k < toks.length; k++) {
    let e = k;
    while (e < toks.length && e - k < 4 && !orgAt[e] && !personAt[e] && toks[e].word && toks[e].cap && !toks[e].poss && !(e > k && toks[e].sentStart)) e++;
    if (toks[e]?.poss && e - k < 4 && !orgAt[e] && !personAt[e]) e++;
    if (e - k >= 2 && !NOT_NAMES.has(toks[k].text.toLowerCase()) && !placeOf(span(text, toks, k, e))) orgs.push({ i: k, j: e, key: orgKey(span(text, toks, k, e)), weak: true });
    if (e > k) k = e - 1;
  }
  // Lone capitalized words may be a short form of an organization named elsewhere.
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (orgAt[k] || personAt[k] || !t.word || !t.cap || !WEAK_ORG.test(t.text) || placeOf(t.text)) continue;
    if (NOT_NAMES.has(t.text) && !(t.cap && BODY_HEADS.has(t.text))) continue;
    orgs.push({ i: k, j: k + 1, key: orgKey(t.text), weak: true });
  }
  resolveOwners(text, toks, people, orgs);
  return {
    people: people.map((p) => ({
      start: p.span?.start ?? toks[p.i].start,
      end: p.span?.end ?? toks[p.j - 1].end,
      text: p.span ? text.slice(p.span.start, p.span.end) : span(text, toks, p.i, p.j),
      title: p.title,
      affiliation: p.affiliation,
      honorific: p.honorific,
      because: p.because,
      ...(p.weak ? { weak: true } : {}),
      ...(p.antecedent ? { antecedent: p.antecedent } : {}),
    })),
    organizations: orgs
      .sort((x, y) => x.i - y.i)
      .map((h) => {
        const t = span(text, toks, h.i, h.j);
        return { start: toks[h.i].start, end: toks[h.j - 1].end, text: t, name: t, key: h.key, ...(h.weak ? { weak: true } : {}), ...(h.because ? { because: h.because } : {}) };
      }),
  };
}

const span = (text: string, toks: Tok[], i: number, j: number): string => text.slice(toks[i].start, toks[j - 1].end);
const overlaps = (hits: OrgHit[], i: number, j: number): boolean => hits.some((h) => !h.weak && h.i < j && h.j > i);

/** "Caixin/S&P Global": two bodies joined by a slash publish one thing; one mention. */
function joinSlashed(toks: Tok[], orgs: OrgHit[]): void {
  for (const a of [...orgs]) {
    if (a.weak || toks[a.j]?.text !== '/' || toks[a.j].start !== toks[a.j - 1].end) continue;
    const b = orgs.find((o) => o.i === a.j + 1 && toks[o.i].start === toks[a.j].end);
    if (!b) continue;
    orgs.splice(orgs.indexOf(b), 1);
    a.j = b.j;
    a.key = `${a.key}/${b.key}`;
    a.weak = false;
  }
}

function addOrg(orgs: OrgHit[], orgAt: Uint8Array, h: OrgHit): void {
  // A strong find replaces the weak ones it covers.
  for (let n = orgs.length - 1; n >= 0; n--) if (orgs[n].weak && orgs[n].i < h.j && orgs[n].j > h.i) orgs.splice(n, 1);
  orgs.push(h);
  for (let k = h.i; k < h.j; k++) orgAt[k] = 1;
}

/** A participle before "by": "brought", "filed", "taken". */
const PASSIVE_PARTICIPLE = /^[a-z]+(?:ed|en|ght)$/;

/** How far back (in words) a role's "its" may point. */
const LOOK_BACK = 60;

/** A country's own name or short form ("Vietnam", "U.K."), not its demonym ("Vietnamese"). */
const countryNamed = (t: Tok): string => {
  const c = placeOf(t.text);
  return c && (c.toLowerCase() === t.text.toLowerCase() || /^\p{Lu}[\p{Lu}.]+$/u.test(t.text)) ? c : '';
};

/** "because of the US levy": a country used as a modifier is not the body a role belongs to. */
const countryAsModifier = (toks: Tok[], k: number): boolean => /^(?:the|a|an)$/i.test(toks[k - 1]?.text ?? '') && !!toks[k + 1]?.word && !toks[k + 1].cap;


/**
 * "The California Nut Growers Council said shipments to Turkey were worth $310 million. Its president,
 * …": "its" opening a sentence points to the previous sentence's subject, the first body or country
 * there that is not the object of a preposition, rather than to the last one named.
 */
function sentenceSubject(text: string, toks: Tok[], at: number, byEnd: OrgHit[]): { end: number; name: string; subject: boolean } | null {
  // sentenceAround's bounded reach keeps a run-on paste without sentence starts cheap.
  const [own] = sentenceAround(toks, at);
  if (own === 0) return null;
  const [from] = sentenceAround(toks, own - 1);
  // "…, according to the Mindanao Banana Exporters Federation. Its president": the source a sentence cites is free too.
  // "The complaint was brought by the Fertiliser Producers' Alliance. Its director general": a passive's agent acts too.
  const free = (i: number) => {
    const before = toks[i - 1]?.text.toLowerCase() === 'the' ? i - 2 : i - 1;
    const word = toks[before]?.text.toLowerCase();
    return before < from || !OBJECT_PREPOSITIONS.has(word) || toks[before - 1]?.text.toLowerCase() === 'according' || (word === 'by' && PASSIVE_PARTICIPLE.test(toks[before - 1]?.text ?? ''));
  };
  let first: { i: number; end: number; name: string; key?: string; cited?: boolean } | null = null;
  // Bodies by where they end: only those ending inside the previous sentence are read.
  const inside = byEnd.slice(lowerBound(byEnd, from + 1, (h) => h.j), lowerBound(byEnd, own + 1, (h) => h.j));
  for (const h of inside) {
    if (h.i < from || (h.weak && h.j - h.i < 2) || !free(h.i)) continue;
    const cited = toks[h.i - 1]?.text.toLowerCase() === 'the' ? toks[h.i - 3] : toks[h.i - 2];
    const source = cited?.text.toLowerCase() === 'according';
    if (!first || h.i < first.i || source) first = { i: h.i, end: h.j, name: span(text, toks, h.i, h.j), key: h.key, cited: source };
    if (source) break;
  }
  for (let k = from; k < (first?.i ?? own) && !first?.cited; k++) {
    const c = countryNamed(toks[k]);
    // "Germany's machine-builders association, the Verband …": a country's possessive names no subject.
    if (c && toks[k].word && toks[k].cap && free(k) && !countryAsModifier(toks, k) && !(toks[k].poss && toks[k + 1]?.word && !toks[k + 1].cap)) {
      first = { i: k, end: k + 1, name: c };
      break;
    }
  }
  if (!first) return null;
  // "The Nordic Pump Association (NPA) said …": the body's latest form in that sentence.
  for (const h of inside) if (first.key && h.key === first.key && h.i > first.i && !h.weak) first = { ...first, end: h.j, name: span(text, toks, h.i, h.j) };
  return { end: first.end, name: first.name, subject: true };
}

// A closing quote, then the attribution's verb and the role: ‘,” said its commercial vice-president, ’.
const ATTRIBUTION_AFTER_QUOTE = rx('u')`[”"]\s*(?:${SPEECH_VERBS})\s+[^“”".!?]*$`;

/** The span [open, close) of the quote an attribution at `at` follows, if it does. */
function quoteBefore(text: string, at: number): [number, number] | null {
  const from = Math.max(0, at - 80);
  const m = ATTRIBUTION_AFTER_QUOTE.exec(text.slice(from, at));
  if (!m) return null;
  const close = from + m.index;
  const open = text[close] === '”' ? text.lastIndexOf('“', close - 1) : text.lastIndexOf('"', close - 1);
  return open >= 0 ? [open, close] : null;
}

/**
 * "Vietnam attended as an observer. Its Deputy Minister …, Nguyen Thi Lan,": "its" is the body or
 * country named last before the role; "the council's president" the last body whose name holds
 * "council". Unresolved owners are left on the mention for the whole article (actorsLink).
 */
function resolveOwners(text: string, toks: Tok[], people: PersonHit[], orgs: OrgHit[]): void {
  if (!people.some((p) => p.antecedent && !p.affiliation)) return;
  // Bodies by where they end, so each look-up reads only the few before the role.
  const byEnd = [...orgs].sort((a, b) => a.j - b.j);
  for (const p of people) {
    // "Our …": the article's own body, read once the whole article's bodies are known (actorsLink).
    if (!p.antecedent || p.affiliation || p.antecedent === '@') continue;
    const noun = p.antecedent === '*' ? '' : p.antecedent;
    // "“… The customer in China pays on time,” said its vice-president, …": the quote's own words are not what "its" points to.
    const quoted = quoteBefore(text, toks[p.i].start);
    const inQuote = (k: number) => !!quoted && toks[k].start >= quoted[0] && toks[k].start < quoted[1];
    let best: { end: number; name: string; subject?: boolean } | null = noun ? null : sentenceSubject(text, toks, p.i, byEnd);
    if (best && inQuote(best.end - 1)) best = null;
    for (let n = lowerBound(byEnd, p.i, (h) => h.j) - 1; !best && n >= 0 && p.i - byEnd[n].j < LOOK_BACK; n--) {
      const h = byEnd[n];
      if ((h.weak && h.j - h.i < 2) || inQuote(h.i)) continue;
      const name = span(text, toks, h.i, h.j);
      if (noun && !name.toLowerCase().split(/\s+/).includes(noun)) continue;
      best = { end: h.j, name };
      break;
    }
    if (!noun && !best?.subject) {
      for (let k = p.i - 2; k >= 0 && p.i - k < LOOK_BACK && (!best || k >= best.end); k--) {
        const c = countryNamed(toks[k]);
        if (c && toks[k].word && toks[k].cap && !countryAsModifier(toks, k) && !inQuote(k)) {
          best = { end: k + 1, name: c };
          break;
        }
      }
    }
    if (!best) continue;
    p.affiliation = best.name;
    p.because.push('person.affiliation.antecedent');
    p.antecedent = undefined;
  }
}
