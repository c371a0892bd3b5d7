import { ratesNamedAgain } from './tariffs/namedAgain';
import { TextMemo } from './memo';
import { countriesNamedAcross, most } from './mainCountryMemo';
import type { FigureMention, ParagraphContext, Sentence, TariffMention } from './mentions';
import type { TariffRate } from './types';
import { countryOfPlace, findActors, normalizeCountry, type ActorMention } from './countries';
import { tariffGovernor } from './tariffs/governs';
import { countriesHitBy as hitBy, imposerDecision, imposerOf, roleOf } from './tariffs/imposer';
import { countryOfTarget, lastTariffPhrase, opensWithOwner, ownedTarget, targetDecision } from './tariffs/target';
import { changeOf, previousRateOf } from './tariffs/change';
import { tableRates } from './tariffs/table';
import { companyGoods, companyRatesOf, dutyParagraphs, governmentOf, listRates, nearestGovernments } from './tariffs/document';
import { isHeading, type Paragraph } from './paragraphs';
import { decide, withReasons, type Decided } from './rules/rule';
import { CARRIED_TARGET_RULES, EARLIER_RULES } from './tariffs/earlier';
import { fillStoryGoods } from './tariffs/story';
import { exportGoods } from './tariffs/exportGoods';
import { quotaExcessGoods } from './tariffs/quotaGoods';
import { makerGoods } from './tariffs/makerGoods';
import { headlineOwner } from './tariffs/headlineOwner';
import { PRODUCT_TARGET_RULES, SCOPE_TARGET_RULES, TOPIC_TARGET_RULES } from './tariffs/topic';
import { EFFECTIVE_RULES, SCHEDULE_RULES } from './tariffs/timing';
import { siblingRates } from './tariffs/siblingRates';
import { bareRates } from './tariffs/bareRates';
import { pipeTableRates } from './tariffs/pipeTable';
import { rx } from './lexicon/wordList';
import { articleFrame } from './people/article';
import { DEAL_WORDS, TARIFF_NOUNS, WORLD_GROUPS, WORLD_OWNERS } from './lexicon/tariffWords';
import type { RateMemo } from './rateMemo';

const shiftActors = (actors: readonly ActorMention[], by: number): ActorMention[] => actors.map((a) => ({ ...a, start: a.start + by, end: a.end + by }));

// "U.S. duties", "China's retaliatory tariffs": the country owns the tariffs right after it.
const OWNS_TARIFF = rx('iu')`^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?${TARIFF_NOUNS}(?![\p{L}-])`;

/** The first acting (not origin) country of the nearest of the three sentences before sentence `index`, or "". */
function agentBefore(text: string, sentences: Sentence[], index: number): string {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const s = sentences[i];
    // An actor that acts, or one that owns the tariffs it names ("the first round of U.S. duties on Brazilian goods").
    const agent = shiftActors(findActors(s.text), s.start).find((a) => roleOf(a, text, s.start) === 'agent' || OWNS_TARIFF.test(text.slice(a.end, a.end + 40)));
    if (agent) return agent.country;
  }
  return '';
}

/**
 * Finds the percentages that are tariff, duty or levy rates, with who imposes them, on what, and
 * how the rate moved. A sentence that names no imposer carries the one of the paragraph's previous
 * rate, or else the acting country of an earlier sentence ("The White House said Tuesday… It will
 * impose a 100% tax…"): within a paragraph the subject rarely changes without being named.
 */
export function findTariffRates(ctx: ParagraphContext, figures: FigureMention[]): TariffMention[] {
  const { text, sentences } = ctx;
  const percents = figures.filter((f) => f.kind === 'percent').sort((a, b) => a.start - b.start);
  if (!percents.length) return [];
  const out: TariffMention[] = [];
  let carried = '';

  const table = tableRates(text, percents);
  if (table.length) {
    const actors = findActors(text);
    const imposer = imposerOf({ paragraph: text, sentenceStart: 0, sentenceEnd: text.length, anchor: text.length, tariffWordStart: null, actors, targetCountry: '' });
    const because = ['tariff.is.rate-table', imposer && 'tariff.imposer.table-heading', 'tariff.target.table-row'].filter(Boolean) as string[];
    return table.map(({ figure: f, row }) => ({ start: f.start, end: f.end, text: f.text, rate: f.value, imposer, target: row, previousRate: null, change: null, sentence: f.sentence, sentenceStart: f.sentenceStart, because }));
  }

  // Percents are in text order, so the sentence only moves forward.
  let si = -1;
  let current: Sentence = { start: 0, end: 0, text: '' };
  let actors: readonly ActorMention[] = [];
  let rejected: Array<{ start: number; end: number }> = [];
  let accepted: TariffMention[] = [];
  for (const f of percents) {
    if (f.start >= current.end || si < 0) {
      while (si + 1 < sentences.length && sentences[si + 1].end <= f.start) si++;
      const next = sentences[si + 1];
      current = next && next.start <= f.start ? (si++, next) : { start: 0, end: text.length, text };
      // Before the paragraph's first rate, the acting country of the nearest earlier sentence is carried.
      if (!carried) carried = agentBefore(text, sentences, si);
      actors = shiftActors(findActors(current.text), current.start);
      rejected = [];
      accepted = [];
    }
    const s = current;
    const governed = tariffGovernor({ paragraph: text, sentenceStart: s.start, sentenceEnd: s.end, start: f.start, end: f.end, rejectedBefore: rejected, acceptedBefore: accepted });
    if (!governed) {
      rejected.push(f);
      continue;
    }
    const { governor } = governed;
    const word = governor === 'verb' ? null : governor;
    const anchor = Math.min(f.start, word?.start ?? f.start);
    const stated = targetDecision({ paragraph: text, sentenceStart: s.start, sentenceEnd: s.end, rateStart: f.start, rateEnd: f.end, tariffWord: word });
    // The imposer is read from the target as written: "Canada agreed to impose a duty on its lumber exports" is Canada's own duty.
    // ("cuts the U.S. tariff on their goods to 15%": the country that owns the tariff is not whose goods it hits.)
    const owned = stated && opensWithOwner(stated.target) ? ownedTarget({ target: stated.target, countriesBefore: actors.filter((a) => a.end <= f.start && countryOfPlace(a.text) !== '' && !OWNS_TARIFF.test(text.slice(a.end, a.end + 40))), paragraph: text }) : null;
    const aimed = owned ?? stated;
    const target = aimed?.target ?? '';
    const prior = accepted[accepted.length - 1];
    const listedAfter = prior && prior.start >= s.start ? { end: prior.end, country: prior.imposer } : null;
    const named = imposerDecision({ paragraph: text, sentenceStart: s.start, sentenceEnd: s.end, anchor, rateStart: f.start, tariffWordStart: word?.start ?? null, actors, targetCountry: countryOfTarget(stated?.target ?? ''), target: stated?.target ?? '', listedAfter });
    // A sentence that names no imposer carries the paragraph's last one (or an earlier sentence's actor).
    // A union's common external tariff is the union's alone: the rates after it are not carried to the union.
    if (named && named.rule !== CUSTOMS_UNION_RULE) carried = named.country;
    // A country the rate hits does not impose it, however often the paragraph named it acting.
    const carries = !named && carried !== '' && !hitBy(stated?.target ?? '').has(carried);
    const imposer = named ? named.country : carries ? carried : '';
    const imposerRule = named ? named.rule : carries ? 'tariff.imposer.carried' : null;
    const before = text.slice(Math.max(s.start, f.start - 80), f.start);
    const previousRate = previousRateOf(before, text.slice(f.end, Math.min(s.end, f.end + 60)));
    const clause = text.slice(Math.max(s.start, anchor - 60), f.start);
    accepted.push({
      start: f.start,
      end: f.end,
      text: f.text,
      rate: f.value,
      imposer,
      target,
      previousRate,
      change: changeOf(clause, f.value, previousRate),
      sentence: f.sentence,
      sentenceStart: f.sentenceStart,
      because: [governed.rule, imposerRule, stated?.rule, owned?.rule].filter(Boolean) as string[],
    });
    out.push(accepted[accepted.length - 1]);
  }
  return out;
}

const CUSTOMS_UNION_RULE = 'tariff.imposer.customs-union';

/**
 * Document-level fill-in for rates whose paragraph names no imposer (a rate table, "the proposed
 * 100 percent duties"): they take the imposer of the article's previous rate. Meant for `analyze`
 * after the paragraphs are joined; rates before any named imposer stay "".
 */
export function inheritImposers<T extends Pick<TariffRate, 'imposer'> & { because?: string[]; target?: string; rate?: number; previousRate?: number | null }>(tariffs: T[]): T[] {
  // The imposers seen so far, latest last (each once), and the latest imposer of each rate.
  const seen: string[] = [];
  const byRate = new Map<number, string>();
  return tariffs.map((t, n) => {
    if (t.imposer) {
      if (t.because?.includes(CUSTOMS_UNION_RULE)) return t;
      const at = seen.indexOf(t.imposer);
      if (at >= 0) seen.splice(at, 1);
      seen.push(t.imposer);
      if (t.rate !== undefined) byRate.set(t.rate, t.imposer);
      return t;
    }
    // "Chinese goods" are not China's to tax: the latest imposer the rate does not hit.
    const hit = hitBy(t.target ?? '');
    // "the 50% U.S. Section 232 tariff … (an Indonesian levy) … makers face the 50% rate": the same rate said again is the same tariff's.
    // (An earlier level of the rate before it, "raised to 20 per cent, from 10 per cent", is that rate's, not an older 10 per cent's.)
    const earlier = n > 0 && tariffs[n - 1].previousRate === t.rate;
    const same = t.rate !== undefined && t.rate > 0 && !earlier ? byRate.get(t.rate) : undefined;
    if (same && !hit.has(same)) return withReasons({ ...t, imposer: same }, 'tariff.imposer.same-rate');
    const last = [...seen].reverse().find((c) => !hit.has(c));
    return last ? withReasons({ ...t, imposer: last }, 'tariff.imposer.inherited') : t;
  });
}

const WORLD_AVERAGE = rx('iu')`(?<![\p{L}-])${WORLD_OWNERS}\s+(?:[\p{L}-]+\s+){0,3}?average(?![\p{L}-])|(?<![\p{L}-])average\s+(?:[\p{L}-]+\s+){0,3}?(?:among|across)\s+(?:the\s+)?${WORLD_GROUPS}(?![\p{L}-])`;
// "The federal government will impose…", "the government said it would raise…": a government named by its kind.
const GOVERNMENT_SUBJECT = /(?<![\p{L}-])the\s+(?:(?:federal|national|central|new)\s+)?(?:government|cabinet)(?![\p{L}-])/iu;
// Asked of every rate's sentence on every keystroke: remembered per sentence and place (looked up
// before a closure to make the answer is made: one per rate per keystroke was 25 KB of 3 MB).
const worldAverages = new TextMemo<boolean>();
function namesWorldAverage(sentence: string, at: number): boolean {
  const known = worldAverages.find(sentence, at);
  if (known !== undefined) return known;
  const named = WORLD_AVERAGE.test(sentence.slice(0, at));
  worldAverages.set(sentence, at, named);
  return named;
}
// A placeholder imposer that stops inheritance for a worldwide average; cleared before returning.
const WORLDWIDE = '\u0000world';

/**
 * The article's tariff rates once its paragraphs are joined (document offsets): adds the rates of
 * lists under a tariff lead-in, lets a rate without imposer take the previous rate's, and, when
 * nothing before names one, the country of the article's government actors ("the Commerce
 * Department" in a story that names no other government). Meant for `analyze` in place of
 * `inheritImposers`.
 */
export function documentTariffs(_text: string, paragraphs: Paragraph[], figures: FigureMention[], tariffs: TariffMention[], memo?: RateMemo<ReadRate>): ReadRate[] {
  const fromLists = [...listRates(paragraphs, figures, tariffs), ...pipeTableRates(paragraphs, figures, tariffs)];
  const revised = new Set(fromLists.map((t) => t.start));
  const listed = [...tariffs.filter((t) => !revised.has(t.start)), ...fromLists].sort((a, b) => a.start - b.start);
  const duty = dutyParagraphs(paragraphs);
  const companies = companyRatesOf(paragraphs, figures, listed, duty);
  const fallback = new Map(companies.map((c) => [c.rate.start, c.fallback]));
  const known = [...listed, ...companies.map((c) => c.rate)];
  // Then rates that only "rate", "face" or "pay" govern, beside duty paragraphs ("raising the rate to 50%").
  const bare = [...known, ...bareRates(paragraphs, figures, known, duty)].sort((a, b) => a.start - b.start);
  // And a second rate joined to one of its sentence ("pays 7.5 percent, while … 9.1 percent").
  const all = dealPartners([...bare, ...siblingRates(paragraphs, figures, bare)].sort((a, b) => a.start - b.start));
  // "OTTAWA — The federal government will impose a 25 per cent surtax": the dateline's government.
  const dateline = all.some((t) => !t.imposer) ? articleFrame(_text).datelineCountry : '';
  // How often the article names each country: summed once, when a pass below first asks.
  let counts: Map<string, number> | undefined;
  const namedCounts = () => (counts ??= countriesNamedAcross(paragraphs));
  // With no dateline, the government of the country the article names most often ("the government cut the tariff on rice" in a Manila editorial).
  let main: string | undefined;
  all.forEach((t, i) => {
    if (t.imposer || !GOVERNMENT_SUBJECT.test(t.sentence.slice(0, t.start - t.sentenceStart))) return;
    const country = dateline || (main ??= most(namedCounts()));
    if (country && !hitBy(t.target).has(country)) all[i] = withReasons({ ...t, imposer: country }, dateline ? 'tariff.imposer.dateline-government' : 'tariff.imposer.main-government');
  });
  // A factbox's sections headed by a country ("EUROPEAN UNION", "## Canada"): the rates under one are its own.
  if (all.some((t) => !t.imposer)) {
    const headed = countryHeadings(paragraphs);
    if (headed.length) all.forEach((t, i) => {
      const country = t.imposer ? '' : sectionCountry(headed, t.start);
      if (country && !hitBy(t.target).has(country)) all[i] = withReasons({ ...t, imposer: country }, 'tariff.imposer.section-heading');
    });
  }
  // "the world's average tariff", "the WTO average": a rate of many countries has no imposer to inherit.
  const worldwide = all.filter((t) => namesWorldAverage(t.sentence, t.start - t.sentenceStart) && !findActors(t.sentence).some((a) => a.country === t.imposer));
  const cleared = new Set(worldwide.map((t) => t.start));
  const inherited = inheritImposers(all.map((t) => (cleared.has(t.start) ? { ...t, imposer: WORLDWIDE } : t))).map((t) =>
    t.imposer === WORLDWIDE ? withReasons({ ...t, imposer: '' }, 'tariff.imposer.world-average') : t,
  );
  if (inherited.every((t) => t.imposer || cleared.has(t.start))) return ratesNamedAgain(paragraphs, figures, quotaExcessGoods(exportGoods(fillStoryGoods(makerGoods(tableGoods(paragraphs, readTiming(_text, inherited, memo)))))));
  const government = governmentOf(paragraphs);
  // A rate before any named imposer takes the actor of the nearest duty paragraph before it ("Canada's
  // border agency imposed duties…" then "Sino Tower faces a duty of 64.1%"), else its context's, else the government's.
  const named = [...duty].filter(([, imposer]) => imposer).sort((a, b) => a[0] - b[0]);
  let ni = -1;
  let given = '';
  const nearestGovernment = nearestGovernments(paragraphs);
  let mainCountry: string | undefined;
  let owner: string | undefined;
  return ratesNamedAgain(paragraphs, figures, quotaExcessGoods(exportGoods(fillStoryGoods(makerGoods(tableGoods(paragraphs, readTiming(
    _text,
    inherited.map((t) => {
      while (ni + 1 < named.length && named[ni + 1][0] <= t.start) ni++;
      if (t.imposer) given = t.imposer;
      if (t.imposer || cleared.has(t.start)) return t;
      // None of them imposes a rate that hits it ("45% duties on Korean cars" is not Korea's).
      const hit = hitBy(t.target);
      const free = (c: string) => (c && !hit.has(c) ? c : '');
      const paragraph = free(ni >= 0 ? named[ni][1] : '');
      const context = free(fallback.get(t.start) ?? '');
      const byGovernment = free(government);
      // Governments of more than one country: the imposer just given to the rate before, else the
      // country whose body or agency was named last before the rate.
      const carried = paragraph || context || byGovernment ? '' : free(given);
      const nearest = paragraph || context || byGovernment || carried ? '' : free(nearestGovernment(t.start));
      // Nothing in the story names who sets it: the country the article is about ("the Ministry of Economy
      // published a decree lowering export duties" in a story that names Argentina most).
      const main = paragraph || context || byGovernment || carried || nearest ? '' : free((mainCountry ??= mainCountryOf(namedCounts())));
      // "Client Alert: EU tariff changes effective 1 March" over a table of rates: the headline's owner.
      const headline = paragraph || context || byGovernment || carried || nearest || main ? '' : free((owner ??= headlineOwner(paragraphs)));
      const rule = paragraph || context ? 'tariff.imposer.duty-paragraph' : byGovernment ? 'tariff.imposer.government' : carried ? 'tariff.imposer.inherited' : nearest ? 'tariff.imposer.nearest-government' : main ? 'tariff.imposer.main-country' : headline ? 'tariff.imposer.headline-owner' : null;
      const imposer = paragraph || context || byGovernment || carried || nearest || main || headline;
      if (imposer) given = imposer;
      return withReasons({ ...t, imposer }, rule);
    }),
    memo,
  )))))));
}

// A heading that is a country's name alone: "EUROPEAN UNION", "## Canada", "**Mexico:**".
const HEADING_MARKS = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?|:?(?:\*\*|__)?:?\s*$/g;

/** Where each heading starts, with the country it names alone ("" for a heading about something else, which ends a section). */
function countryHeadings(paragraphs: Paragraph[]): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const p of paragraphs) {
    const country = p.text.length <= 60 && !/[.!?]["”’]?\s*$/.test(p.text) ? normalizeCountry(p.text.replace(HEADING_MARKS, '')) || ledCountry(p.text) : ledCountry(p.text);
    if (country) out.push([p.start, country]);
    else if (out.length && isHeading(p.text)) out.push([p.start, '']);
  }
  return out.some(([, c]) => c) ? out : [];
}

/**
 * A newsletter's section heading that opens with a country, then a dash or colon and the news:
 * "**PAKISTAN — PET resin hit with definitive duties**", "## Chile: cherry window opens".
 */
function ledCountry(text: string): string {
  if (text.length > 140 || !(isHeading(text) || /^\s*\p{Lu}{3}/u.test(text))) return '';
  const lead = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?([^—–:\n]{2,30}?)\s*(?:—|–|:|\s-\s)/u.exec(text);
  return lead ? normalizeCountry(lead[1]) : '';
}

/** The country of the section `at` is in: the last heading before it, when that names a country alone. */
function sectionCountry(headed: Array<[number, string]>, at: number): string {
  let country = '';
  for (const [start, c] of headed) {
    if (start > at) break;
    country = c;
  }
  return country;
}

/**
 * The country a rate nothing else gives an imposer to falls to: the one the article names most often
 * (twice or more, more than any other). The United States is named in stories about everyone's
 * tariffs: it must lead plainly, named at least three times and twice as often as any other.
 */
function mainCountryOf(counts: ReadonlyMap<string, number>): string {
  const leading = most(counts);
  if (leading !== 'United States') return leading;
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first[1] >= 3 && (!second || first[1] >= 2 * second[1]) ? first[0] : '';
}

const DEAL = rx('iu')`(?<![\p{L}-])${DEAL_WORDS}(?![\p{L}-])`;
// Asked of many rates' sentences on every keystroke: remembered per sentence.
const deals = new TextMemo<boolean>();
const namesDeal = (sentence: string) => deals.get(sentence, 0, () => DEAL.test(sentence));
// Imposers read from who acts in the sentence, which a deal sentence names on both sides.
const ACTING_RULES = new Set(['tariff.imposer.subject', 'tariff.imposer.carried', 'tariff.imposer.actor-after']);

/**
 * In a deal sentence both sides act ("Seoul struck a deal with Washington that trims the
 * car tariff to 15%"): the rate belongs to the side that has imposed the article's rates so far, when
 * the sentence names it. Counts run in article order, so this is one pass.
 */
function dealPartners(rates: TariffMention[]): TariffMention[] {
  const counts = new Map<string, number>();
  let leader = '';
  return rates.map((t) => {
    let out = t;
    // The cheap tests first: most rates are their leader's, or have no acting rule.
    const actedBy = t.imposer && leader && leader !== t.imposer && (counts.get(leader) ?? 0) >= 2 ? (t.because ?? []).find((id) => ACTING_RULES.has(id)) : undefined;
    if (actedBy && namesDeal(t.sentence) && findActors(t.sentence).some((a) => a.country === leader && /\bwith\s+(?:the\s+)?$/i.test(t.sentence.slice(Math.max(0, a.start - 10), a.start)))) {
      out = withReasons({ ...t, imposer: leader, because: (t.because ?? []).filter((id) => id !== actedBy) }, 'tariff.imposer.deal-partner');
    }
    if (out.imposer) {
      const n = (counts.get(out.imposer) ?? 0) + 1;
      counts.set(out.imposer, n);
      if (n > (counts.get(leader) ?? 0)) leader = out.imposer;
    }
    return out;
  });
}

/**
 * A rate table's company rows ("Canfor 7.72%") target the goods of the ruling the story named before
 * the table ("final duties on Canadian softwood lumber imports"), as that company ships them. Rows
 * that name a country keep it. One pass over paragraphs and rates, in order.
 */
function tableGoods(paragraphs: Paragraph[], rates: ReadRate[]): ReadRate[] {
  // Most articles have no table rows: nothing to carry goods to.
  if (!rates.some((t) => t.because?.includes('tariff.target.table-row'))) return [...rates];
  let goods = '';
  let r = 0;
  const out = [...rates];
  for (const p of paragraphs) {
    const end = p.start + p.text.length;
    for (; r < out.length && out[r].start < end; r++) {
      const t = out[r];
      if (!goods || !t.target || !t.because?.includes('tariff.target.table-row') || countryOfTarget(t.target)) continue;
      out[r] = withReasons({ ...t, target: companyGoods(goods, t.target) }, 'tariff.target.company-goods');
    }
    goods = lastTariffPhrase(p.text)?.target || goods;
  }
  return out;
}

export type ReadRate = TariffMention & Pick<TariffRate, 'earlierLevel' | 'effective' | 'schedule'>;

/**
 * The last reading of the article's rates: which are the earlier level of another ("from 10% to
 * 15%"), when each takes effect and how it is phased, each from its own sentence.
 */
/** The last tariff phrase in the 600 characters before `at`, in document offsets. */
function lazyPhrase(text: string, at: number): { target: string; end: number } | null {
  const from = Math.max(0, at - 600);
  const found = lastTariffPhrase(text.slice(from, at));
  return found && { target: found.target, end: found.end + from };
}

// When a rate takes effect and its schedule, read from a window around it: remembered per sentence and place, re-read on every keystroke.
const timings = new TextMemo<{ effective: Decided<string> | null; schedule: Decided<string> | null }>();
function timingOf(sentence: string, at: number, length: number) {
  return timings.get(sentence, `${at}:${length}`, () => {
    // A window around the rate keeps this linear in a long sentence of many rates.
    const from = Math.max(0, at - 200);
    const timing = { sentence: sentence.slice(from, at + length + 200), at: at - from, end: at - from + length };
    return { effective: decide(EFFECTIVE_RULES, timing), schedule: decide(SCHEDULE_RULES, timing) };
  });
}

/** The text from the start of the paragraph before the one holding `at` (lines count as paragraphs), at most 900 characters. */
function textBefore(text: string, at: number): { before: string; beforeStart: number } {
  let start = text.lastIndexOf('\n', at - 1);
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  start = start > 0 ? text.lastIndexOf('\n', start - 1) + 1 : 0;
  const beforeStart = Math.max(start, at - 900);
  return { before: text.slice(beforeStart, at), beforeStart };
}

/**
 * `memo` (the document's) hands back last time's reading of a rate whose every read is unchanged (see
 * ../rateMemo.ts). A rate read afresh is read by `readRate`: its closures, made in the loop, made a
 * context for every rate at every keystroke, the kept ones too (about 55 KB per keystroke).
 */
function readTiming(text: string, rates: TariffMention[], memo?: RateMemo<ReadRate>): ReadRate[] {
  const out: ReadRate[] = [];
  memo?.begin(text);
  for (let i = 0; i < rates.length; i++) out.push(memo?.find(rates, i, out) ?? readRate(text, rates, i, out));
  memo?.end(text, rates, out);
  return out;
}

/** The reading of `rates[i]`: `out` holds the readings of the rates before it. */
function readRate(text: string, rates: TariffMention[], i: number, out: ReadRate[]): ReadRate {
  const rate = rates[i];
  const sameSentence = (o: TariffMention | undefined) => (o && o.sentenceStart === rate.sentenceStart ? o : null);
  const sentenceText = rate.sentence;
  const local = (o: TariffMention | null) => o && { ...o, start: o.start - rate.sentenceStart, end: o.end - rate.sentenceStart };
  const at = rate.start - rate.sentenceStart;
  const earlier = decide(EARLIER_RULES, { rate: { ...rate, start: at, end: at + rate.text.length }, before: local(sameSentence(rates[i - 1])), after: local(sameSentence(rates[i + 1])), text: sentenceText });
  const { effective, schedule } = earlier ? { effective: null, schedule: null } : timingOf(sentenceText, at, rate.text.length);
  const partner = earlier ? (earlier.rule === 'tariff.earlier.from-to' ? rates[i + 1] : rates[i - 1]) : undefined;
  const carried = rate.target ? null : decide(CARRIED_TARGET_RULES, { rate, partner: partner ?? null, next: rates[i + 1] ?? null, earlier: out.slice(Math.max(0, i - 8), i), phrase: lazyPhrase(text, rate.sentenceStart) });
  const around = { rate: { ...rate, target: carried?.value ?? rate.target }, earlier: out.slice(Math.max(0, i - 8), i), text, ...textBefore(text, rate.start) };
  const topic = carried ? decide(SCOPE_TARGET_RULES, around) : decide(around.rate.target ? PRODUCT_TARGET_RULES : TOPIC_TARGET_RULES, around);
  const read = { ...rate, target: topic?.value ?? carried?.value ?? rate.target, earlierLevel: earlier !== null, effective: effective?.value ?? '', schedule: schedule?.value ?? '' };
  return withReasons(read, earlier?.rule, carried?.rule, topic?.rule, effective?.rule, schedule?.rule);
}
