/**
 * What an article's opening says about whom its people serve: the dateline's city ("OTTAWA --",
 * "TAIPEI, April 11 -", "NEW DELHI (AA) -") and the outlet a byline or dateline names.
 */
import type { Rule } from '../rules/rule';
import { placeOf } from '../lexicon/words';
import { BYLINE_ROLES } from '../lexicon/titles';
import { MASTHEAD_NUMBERS, NEWSLETTER_CUES, OUTLET_NAMES } from '../lexicon/outlets';
import { rx } from '../lexicon/wordList';
import { findActors } from '../countries';
import { BLOC_NAMES } from '../lexicon/countries';
import { most } from '../mainCountryMemo';
import { mainUSState, stateAfterName, statesOwnTitle } from './usStates';

export interface ArticleFrame {
  /** The country of the dateline's city, "" when there is none. */
  datelineCountry: string;
  /** The outlet named in the dateline's brackets or after a byline's bar ("By A | Anadolu Agency"). */
  outlet: string;
  /** The country a headline opens with ("Japan Concerned about …", "CANADA VOWS TO FIGHT …"), "" if none. */
  headlineCountry: string;
  /** The country the article names most often (by name, capital, demonym or agency), if it leads the next one; "" otherwise. */
  mainCountry: string;
  /** `mainCountry` with the blocs left aside: the government a senator or minister serves. */
  mainNation: string;
  /** `mainNation` with the United States also left aside: the United States has no ministers. */
  mainNonUSNation: string;
  /** The byline's role ("By Ana Ruiz, policy editor", "By Ana Ruiz" then "Staff writer"), "" if none. */
  bylineRole: string;
  /** The name a story is signed with on its last line ("Joanna Kaczmarek, Gazeta Stołeczna"), "" if none. */
  signedBy: string;
  /** Newsroom roles a newsletter signs or credits names with ("— Naomi Athersmith, Editor", "Editor: Nadia Cheng"), by name. */
  signedRoles: ReadonlyMap<string, string>;
  /** The body a sign-off names after the role ("— Léa Morand, editor, The Tariff Ledger"), by name. */
  signedBodies: ReadonlyMap<string, string>;
  /** Roles a transcript's capitalized speaker labels give, by the name in capitals: "NATALIA VERGARA (host):". */
  labelRoles: ReadonlyMap<string, string>;
  /** Whether the article names the European Union or its Commission. */
  namesEU: boolean;
  /** The U.S. state the article names most, for a state's officers ("State Sen. Marisol Ybarra"), or "". */
  mainUSState: string;
  /** Whether the article introduces `title` as the state's own ("the state's Commerce Secretary"). */
  statesOwnTitle(title: string): boolean;
  /** The U.S. state named right after a mention ending at one of `ends` ("Senator Nathaniel Hobart of South Carolina"), or "". */
  stateAfterName(ends: readonly number[]): string;
}

/** How often `text` names each country (by name, capital, demonym or agency). */
function countriesNamed(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of findActors(text)) if (a.country) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  return counts;
}

export const notNation = (country: string): boolean => BLOC_NAMES.has(country);
export const notNationOrUS = (country: string): boolean => country === 'United States' || BLOC_NAMES.has(country);

const HEAD = 1500;
// A paragraph opening with a city in capitals, maybe its country ("CULIACÁN, Mexico, Sept 22"), a date and an
// outlet in brackets, then a dash (or a colon after the city, as South Asian papers write it: "KARACHI: …").
const DATELINE = /(?:^|\n)[ \t]*(?:(\p{Lu}[\p{Lu} .'/-]{1,40}?)(?:,[ \t]*\p{Lu}\p{Ll}[\p{Ll}.]*(?:[ \t]+\p{Lu}\p{Ll}[\p{Ll}.]*){0,2}(?=[ \t]*[,(—–-]))?(?:,[ \t]*\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2})?[ \t]*)?(?:\(([^)\n]{1,40})\))?[ \t]*(?:--|—|–|-|(?<=\p{Lu}{3}):)[ \t]/u;
// "By Ana Ruiz | Anadolu Agency", "*By Hannah Oyelaran, Trade Desk Blog*".
const BYLINE_OUTLET = /(?:^|\n)[ \t*_]*By[ \t]+\p{Lu}[^\n|,]{2,60}?[ \t]*[|,][ \t]*(\p{L}[^\n|*_]{1,60}?)[ \t*_]*(?:\n|$)/u;

// "By Ana Ruiz in Lima and Tom Hale in Washington" then the outlet alone on the next line ("The Global Ledger").
const BYLINE_NEXT_LINE = /(?:^|\n)[ \t*_]*By[ \t]+\p{Lu}[^\n]{2,120}\n+[ \t*_]*((?:The[ \t]+)?\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?\p{Lu}[\p{L}&'’.-]*){0,4})[ \t*_]*(?:\n|$)/u;

// "By Ana Ruiz" then her role alone on the next line ("Staff writer").
const BYLINE_ROLE_LINE = /(?:^|\n)[ \t*_]*By[ \t]+\p{Lu}[^\n,|]{2,60}\n[ \t*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,3})[ \t*_]*(?:\n|$)/u;

// A newsletter's masthead, its first line: "KERNEL & SHELL WEEKLY — Issue 214", "The Dry Bulk Dispatch — Week 45".
const MASTHEAD = rx('iu')`^[ \t*#_]*((?:The[ \t]+)?\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?\p{Lu}[\p{L}&'’.-]*){0,5})[ \t*_]*(?:—|–|--?|\|)[ \t]*${MASTHEAD_NUMBERS}[ \t]*\d`;
// A name as a newsletter or show writes its own: "Dairy Markets Weekly", "Tide to Table", "The Fibre Line".
const OWN_NAME = String.raw`(?:The[ \t]+)?\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:(?:of|to|and|&|the)[ \t]+)?\p{Lu}[\p{L}&'’.-]*){0,5}`;
// A newsletter or podcast host naming the show as it opens: "This is Dairy Markets Weekly, and I'm Niamh Gallagher",
// "Welcome to Dockside Dispatch from Lowcountry Business Radio. I'm Lydia Carraway." (the station, when named, is the outlet).
const SELF_INTRO = new RegExp(String.raw`(?:\b[Tt]his[ \t]+is|\b[Ww]elcome(?:[ \t]+back)?[ \t]+to)[ \t]+(${OWN_NAME})(?:[ \t]+from[ \t]+(${OWN_NAME}))?[^\n]{0,160}?\bI['’]m[ \t]+\p{Lu}`, 'u');
// A masthead in capitals over the newsletter's line or its editor: "ORCHARD ROW WEEKLY\nNewsletter of …", "…\nEdited by …".
// "THE BOX BRIEF — Weekly notes for forwarders\n\nEdited by …": a strapline may follow the name.
const CAPS_MASTHEAD = /(?:^|\n)[ \t*#_]*(\p{Lu}{2,}(?:[ \t]+(?:&[ \t]+)?\p{Lu}{2,}){1,4})[ \t*_]*(?:(?:—|–|\|)[^\n]*)?\n(?:[ \t]*\n)?[ \t*_]*(?:Newsletter|Edited[ \t]+by|A[ \t]+newsletter)\b/u;
// A newsletter's headline opening with its own name: "The Fibre Line: Beijing opens a pulp case".
const NAMED_HEADLINE = new RegExp(String.raw`^[ \t*#_]*(${OWN_NAME}):[ \t]+\S`, 'u');
const NEWSLETTER_CUE = rx('i')`${NEWSLETTER_CUES}`;
// "[Transcript of an episode of The Customs House, a weekly trade policy podcast.": the show a transcript is of.
const EPISODE_OF = new RegExp(String.raw`\b(?:an?[ \t]+)?episode[ \t]+of[ \t]+(${OWN_NAME})[,.]`, 'u');

/** Words in capitals as a story writes them: "ORCHARD ROW WEEKLY" → "Orchard Row Weekly". */
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/** The name a newsletter or podcast gives itself in its head, or "". */
function ownName(head: string): string {
  const intro = SELF_INTRO.exec(head);
  // A full stop after a word ends the sentence, not the name ("… from Lowcountry Business Radio. I'm …").
  if (intro) return (intro[2] || intro[1]).trim().replace(/(?<=\p{Ll})\.$/u, '');
  const caps = CAPS_MASTHEAD.exec(head);
  if (caps) return titleCase(caps[1]);
  const episode = EPISODE_OF.exec(head);
  if (episode) return episode[1].trim();
  const named = NEWSLETTER_CUE.test(head) ? NAMED_HEADLINE.exec(head.trimStart()) : null;
  // Two words at least, and no place: "China: …" or "Analysis: …" opens a news headline.
  return named && /\s/.test(named[1].trim()) && !placeOf(named[1].trim()) ? named[1].trim() : '';
}

// A story signed on its last line with the writer's name and outlet: "Joanna Kaczmarek, Gazeta Stołeczna".
const SIGNATURE = /\n[ \t*_—–-]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}),[ \t]+((?:The[ \t]+)?\p{Lu}[\p{L}&'’.-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?\p{Lu}[\p{L}&'’.-]*){0,4})[ \t*_]*\s*$/u;

// A sign-off ending a line, after a dash: "That's all for this week. — Naomi Athersmith, Editor".
// "— Léa Morand, editor, The Tariff Ledger": the body the role is held at may follow.
const SIGN_OFF = /(?:^|\n|[.!?]["”’]?[ \t]+)[ \t*_]*(?:—|–|--?)[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}),[ \t]+(\p{L}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,3})(?:,[ \t]+(\p{Lu}[^\n,;]{1,60}?))?[ \t*_.]*(?=\n|$)/gu;
// A signature line of pipes: "Yoon Ha-eun | editor | The Cell Line".
const PIPE_SIGNATURE = /(?:^|\n)[ \t*_]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})[ \t]*\|[ \t]*(\p{L}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,3})[ \t]*\|/gu;
// A masthead's credit line, the role before the name: "Editor: Nadia Cheng"; or a show's notes, a sentence each:
// "[Transcript of an episode of The Customs House. Host: Harriet Oyelaran. Guest: …".
const CREDITED = /(?:^|\n|[.!?[][ \t]*)[ \t*_]*(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,2}):[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3})[ \t*_]*(?=[.;]?(?:[ \t]|\n|$))/gu;

// "the state's …": a state's own officer may follow.
const STATES_OWN = /\b[Tt]he\s+state['’]s\s/;
// A transcript's speaker label in capitals with a role and no body: "NATALIA VERGARA (host):", "LYDIA CARRAWAY (HOST):".
const LABEL_ROLE = /(?:^|\n)[ \t*_]*(\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){1,3})[ \t]*\([ \t]*(\p{L}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,3})[ \t]*\)[ \t]*:/gu;

const BUREAU = /\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?(?:Bureau|Desk)$/u;

// A credit at the foot of a story: "This story was produced by Trade Wire for …".
const CREDIT_OUTLET = /(?:^|\n)[ \t*_•]*This\s+(?:content|story|article|report)\s+(?:was\s+)?(?:created|produced|written|published)\s+by\s+(\p{Lu}[\p{L}&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'’-]*){0,4})/u;
// "… can be reached at kmorrow@globetrade.com": the author's desk is the outlet whose name the domain spells.
const CREDIT_EMAIL = /\bcan\s+be\s+(?:reached|contacted)\s+at\s+[\w.+-]+@([\w-]+)\./iu;

/** Outlet names by their letters alone ("washingtontimes" → "The Washington Times"), for e-mail domains. */
const OUTLET_BY_LETTERS: ReadonlyMap<string, string> = new Map(
  [...OUTLET_NAMES.values()].flatMap((forms) => forms.map((f) => [f.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, ''), forms[0]] as [string, string])),
);

/** A byline's words that are a role, not an outlet ("Staff Writer", "policy editor"). */
const isRole = (s: string): boolean => s.split(/\s+/).some((w) => BYLINE_ROLES.has(w));

/** The outlet a story's credits name: a foot credit, a byline at the foot, or an author's e-mail on the outlet's domain. */
function creditOutlet(text: string, signature: () => RegExpExecArray | null): string {
  const credit = CREDIT_OUTLET.exec(text);
  if (credit) return credit[1].trim();
  // "By Niamh Culhane, Munster Farm Journal" after the story.
  const foot = BYLINE_OUTLET.exec(text.slice(-600));
  if (foot && /^\p{Lu}/u.test(foot[1]) && !isRole(foot[1]) && !placeOf(foot[1])) return foot[1].replace(BUREAU, '').trim();
  const signed = signature();
  if (signed) return signed[2];
  const email = CREDIT_EMAIL.exec(text);
  return email ? (OUTLET_BY_LETTERS.get(email[1].toLowerCase().replace(/[^a-z0-9]/g, '')) ?? '') : '';
}

/** The role a dash sign-off gives `name` in `text` ("— Léa Morand, editor, The Tariff Ledger" → "editor"), or "". */
export function signOffRole(text: string, name: string): string {
  for (const m of text.matchAll(SIGN_OFF)) if (m[1] === name) return m[2];
  return '';
}

/** What one line signs: [name, role, body] of a dash sign-off, [role, name] of a credit line, [name, role] of a pipe signature. */
interface SignedLine {
  signOffs: [string, string, string | undefined][];
  credits: [string, string][];
  pipes: [string, string][];
  /** [NAME IN CAPITALS, role] of a transcript's label. */
  labels: [string, string][];
}
const NOTHING_SIGNED: SignedLine = { signOffs: [], credits: [], pipes: [], labels: [] };
/** Lines read lately: typing asks about the same lines of an article again at every keystroke. */
const signedLines = new Map<string, SignedLine>();
const SIGNED_LINES = 4096;

/** The sign-offs, credits, pipe signatures and speaker labels of one line (none of the four patterns crosses a line). */
function signedLine(line: string): SignedLine {
  // A sign-off needs a dash, a credit or a label a colon, a signature a pipe.
  if (!/[—–:|-]/.test(line)) return NOTHING_SIGNED;
  let found = signedLines.get(line);
  if (!found) {
    found = {
      signOffs: [...line.matchAll(SIGN_OFF)].map((m) => [m[1], m[2], m[3]]),
      credits: [...line.matchAll(CREDITED)].map((m) => [m[1], m[2]]),
      pipes: [...line.matchAll(PIPE_SIGNATURE)].map((m) => [m[1], m[2]]),
      labels: [...line.matchAll(LABEL_ROLE)].map((m) => [m[1], m[2]]),
    };
    if (signedLines.size >= SIGNED_LINES) signedLines.clear();
    signedLines.set(line, found);
  }
  return found;
}

/** Names a newsletter signs or credits with a newsroom role ("— Naomi Athersmith, Editor", "Editor: Nadia Cheng"), and a transcript's labelled roles. */
function signedRolesOf(text: string): { roles: ReadonlyMap<string, string>; bodies: ReadonlyMap<string, string>; labels: ReadonlyMap<string, string> } {
  const roles = new Map<string, string>();
  const bodies = new Map<string, string>();
  const labels = new Map<string, string>();
  const lines = text.split('\n').map(signedLine);
  for (const line of lines) {
    for (const [name, role, body] of line.signOffs) {
      if (!isRole(role) || roles.has(name)) continue;
      roles.set(name, role);
      if (body) bodies.set(name, body.trim());
    }
  }
  for (const line of lines) for (const [role, name] of line.credits) if (isRole(role) && !roles.has(name)) roles.set(name, role);
  for (const line of lines) for (const [name, role] of line.pipes) if (isRole(role) && !roles.has(name)) roles.set(name, role);
  // A label's role as the story would write it: "HOST" is "host".
  for (const line of lines) for (const [name, role] of line.labels) if (!labels.has(name)) labels.set(name, role === role.toUpperCase() ? role.toLowerCase() : role);
  return { roles, bodies, labels };
}

/** The last line's "Name Surname, Outlet", when the outlet is no role or place. */
function signatureOf(text: string): RegExpExecArray | null {
  const m = SIGNATURE.exec(text.slice(-200));
  return m && !isRole(m[2]) && !placeOf(m[2]) && !placeOf(m[1]) ? m : null;
}

export function articleFrame(text: string): ArticleFrame {
  const head = text.slice(0, HEAD);
  const d = DATELINE.exec(head);
  const city = d?.[1] ? titleCase(d[1].trim()) : '';
  const b = BYLINE_OUTLET.exec(head);
  // "By Ana Ruiz, Staff Writer": a role, not an outlet.
  // "By Seo Ji-hyun, Staff Reporter" then the outlet on the next line.
  // "Prairie Post Ottawa Bureau": the outlet, without its bureau.
  const after = b ? b[1].replace(BUREAU, '') : '';
  const next = !after || isRole(after) ? BYLINE_NEXT_LINE.exec(head) : null;
  const named = (after && !isRole(after) ? after : '') || (next?.[1] ?? '');
  const byOutlet = named && /^\p{Lu}/u.test(named) && !isRole(named) && !placeOf(named) ? named : '';
  const roleLine = !b ? BYLINE_ROLE_LINE.exec(head)?.[1] ?? '' : '';
  const bylineRole = (after && isRole(after) ? after : '') || (isRole(roleLine) ? roleLine : '');
  // The credits are looked for in the whole text only when a byline asks for its outlet.
  // The last line's signature, read once: every person of the article asks whether they signed it.
  let signature: RegExpExecArray | null | undefined;
  const signed = () => (signature === undefined ? (signature = signatureOf(text)) : signature);
  let outlet: string | undefined;
  let roles: ReturnType<typeof signedRolesOf> | undefined;
  let counts: Map<string, number> | undefined;
  let usState: string | undefined;
  let statesOwn: boolean | undefined;
  return {
    get mainCountry() {
      return most((counts ??= countriesNamed(text)));
    },
    get mainNation() {
      return most((counts ??= countriesNamed(text)), notNation);
    },
    get mainNonUSNation() {
      return most((counts ??= countriesNamed(text)), notNationOrUS);
    },
    datelineCountry: city ? placeOf(city) : '',
    get outlet() {
      return (outlet ??= (byOutlet || d?.[2] || MASTHEAD.exec(head)?.[1] || creditOutlet(text, signed) || ownName(head)).trim());
    },
    get signedBy() {
      return signed()?.[1] ?? '';
    },
    get signedRoles() {
      return (roles ??= signedRolesOf(text)).roles;
    },
    get signedBodies() {
      return (roles ??= signedRolesOf(text)).bodies;
    },
    get labelRoles() {
      return (roles ??= signedRolesOf(text)).labels;
    },
    get namesEU() {
      return (counts ??= countriesNamed(text)).has('European Union');
    },
    get mainUSState() {
      return (usState ??= mainUSState(text));
    },
    // Asked of every titled person with no body: the whole text is searched only if it says "the state's" at all.
    statesOwnTitle: (title: string) => (statesOwn ??= STATES_OWN.test(text)) && statesOwnTitle(text, title),
    stateAfterName: (ends: readonly number[]) => stateAfterName(text, ends),
    headlineCountry: headlineCountry(head),
    bylineRole: bylineRole.trim(),
  };
}

/** The country a short first line opens with, as a name or possessive (not a demonym: "Chinese steelmakers slide"). */
function headlineCountry(head: string): string {
  const line = head.trimStart().split('\n')[0] ?? '';
  if (line.length > 160 || /[.!?]["”’]?\s*$/.test(line)) return '';
  const words = line.split(/\s+/);
  const name = (w: string) => w.replace(/['’]s$|[,:;]$/g, '');
  for (const cand of [`${name(words[0] ?? '')} ${name(words[1] ?? '')}`, name(words[0] ?? '')]) {
    const c = placeOf(cand);
    // The country's own name or an abbreviation ("U.S.", "EU"), not a demonym.
    // "Korea" for South Korea: a short form the country's name ends with, not a demonym.
    if (c && (c.toLowerCase() === cand.toLowerCase() || c.toLowerCase().endsWith(` ${cand.toLowerCase()}`) || /^[A-Z.]{2,5}$/.test(cand))) return c;
  }
  return '';
}

export const ARTICLE_RULES: readonly Rule<unknown, unknown>[] = [
  {
    id: 'person.affiliation.eu-office',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'an office only the EU has by that name ("Trade Commissioner") + an article that names the EU',
    reason: 'holds an office of the {affiliation}',
    examples: [
      {
        text: 'The U.S. tariffs hit steel. U.S. officials met on Monday in Washington, and the EU answered.\n\nTrade Commissioner Elske Vandenbroucke told the chamber that talks would go on.',
        fact: 'Elske Vandenbroucke',
        expect: { affiliation: 'European Union' },
      },
    ],
    // No EU in the story: the country its sentence names.
    counterExamples: [{ text: 'Canada named a new Trade Commissioner, Tom Hale, for its office in Lagos.', fact: 'Tom Hale', expect: { affiliation: 'Canada' } }],
  },
  {
    id: 'person.affiliation.state-office',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a state\'s office ("State Sen.", "state Agriculture Secretary", "the state\'s Commerce Secretary") + the U.S. state the article names most',
    reason: "serves {affiliation}, the state the article is about, not the country",
    examples: [
      { text: 'South Carolina ports are busy. The state\'s Commerce Secretary, Russell Boykin, put out a statement. South Carolina ships cars.', fact: 'Russell Boykin', expect: { title: 'Commerce Secretary', affiliation: 'South Carolina' } },
      { text: 'State Sen. Marisol Ybarra said Arizona would suffer. Arizona growers agreed.', fact: 'Marisol Ybarra', expect: { title: 'State Senator', affiliation: 'Arizona' } },
    ],
    counterExamples: [{ text: 'Commerce Secretary Russell Boykin put out a statement. South Carolina ships cars.', fact: 'Russell Boykin', expect: { affiliation: 'United States' } }],
  },
  {
    id: 'person.affiliation.state-after-name',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a member of Congress + name + "of <U.S. state>"',
    reason: 'represents {affiliation}, the state named after the name',
    examples: [{ text: 'U.S. Senator Nathaniel Hobart of South Carolina said the plan was bad.', fact: 'Nathaniel Hobart', expect: { affiliation: 'South Carolina' } }],
    counterExamples: [{ text: 'U.S. Senator Nathaniel Hobart said the plan was bad for South Carolina.', fact: 'Nathaniel Hobart', expect: { affiliation: 'United States' } }],
  },
  {
    id: 'person.affiliation.dateline',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a cabinet title with no country + the dateline's city",
    reason: "serves {affiliation}: the article is datelined from its capital",
    examples: [
      { text: 'OTTAWA -- The government will hit back.\n\nDeputy Prime Minister Marielle Tessier has started detailing the countermeasures.', fact: 'Marielle Tessier', expect: { affiliation: 'Canada' } },
      // An office both countries have ("Commerce Secretary") is the dateline country's, not Washington's.
      { text: 'NEW DELHI -- India will retaliate.\n\n"Our patience is not acceptance," Commerce Secretary Ritika Venkatesan told reporters.', fact: 'Ritika Venkatesan', expect: { affiliation: 'India' } },
      // A colon after the city, as South Asian papers write their datelines.
      { text: 'LAHORE: Pakistan will cut duties on yarn.\n\nCommerce Secretary Sadia Malik told a briefing the cut was final.', fact: 'Sadia Malik', expect: { affiliation: 'Pakistan' } },
    ],
    counterExamples: [{ text: 'Deputy Prime Minister Marielle Tessier has started detailing the countermeasures.', fact: 'Marielle Tessier', expect: { affiliation: '' } }],
  },
  {
    id: 'person.affiliation.headline',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a cabinet title with no country + the country the headline opens with',
    reason: 'serves {affiliation}: the story is about its government (the headline opens with it)',
    examples: [
      { text: 'Korea Weighs Steel Duties\n\nMinister of Trade and Industry Park Ji-won told lawmakers the duties would follow.', fact: 'Park Ji-won', expect: { affiliation: 'South Korea' } },
      {
        text: 'Japan Wary of New U.S. Auto Tariffs\n\nThe tariffs would hurt the industry, Economy Minister Kenta Mori told reporters on Thursday.',
        fact: 'Kenta Mori',
        expect: { affiliation: 'Japan' },
      },
    ],
    counterExamples: [
      { text: 'Japanese Automakers Wary of New Tariffs\n\nThe tariffs would hurt the industry, Economy Minister Kenta Mori told reporters on Thursday.', fact: 'Kenta Mori', expect: { affiliation: '' } },
    ],
  },
  {
    id: 'person.affiliation.main-country',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a cabinet title with no country, no dateline or headline country + the country the article names most often',
    reason: 'serves {affiliation}: the country the article is about (named more often than any other)',
    examples: [
      {
        text: 'Steel surtax explained\n\nCanada will add a 25% surtax on some steel from January. Ottawa says the measure targets dumping.\n\nFinance Minister Claire Aubin said the government was responding to a flood of steel.',
        fact: 'Claire Aubin',
        expect: { affiliation: 'Canada' },
      },
      // A legislator written lowercase is still a state's.
      { text: 'Copper tax weighed\n\nPeru may tax copper concentrate. Peru ships most of its ore raw.\n\n"We export the jobs," said congressman Ernesto Villa, the bill\'s sponsor.', fact: 'Ernesto Villa', expect: { affiliation: 'Peru' } },
    ],
    counterExamples: [
      { text: 'Steel surtax explained\n\nCanada and Mexico will add a surtax on steel.\n\nFinance Minister Claire Aubin said the government was responding.', fact: 'Claire Aubin', expect: { affiliation: '' } },
      // The United States has no ministers: a minister in a story that names America most is another country's.
      { text: 'Extruders wait\n\nThe United States raised its duty. Washington and America matter most to the plant.\n\nAssistant Minister for Manufacturing Daniel Kwong-Lister has 30 days to decide.', fact: 'Daniel Kwong-Lister', expect: { affiliation: '' } },
    ],
  },
  {
    id: 'person.affiliation.main-nation',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a title only a nation holds (minister, senator) with no country + the country named most often once the blocs (and, for a minister, the United States) are left aside',
    reason: 'serves {affiliation}: the government the article is about (a bloc has no ministers, nor the United States)',
    examples: [
      {
        text: 'Steelmaker profit slides\n\nThe European Union halved the quota for South Korea. The EU regime took effect in July, and South Korea has asked the EU for talks.\n\nTrade Minister Kwon Mi-rae met officials in Brussels on Monday.',
        fact: 'Kwon Mi-rae',
        expect: { affiliation: 'South Korea' },
      },
      {
        text: 'Countermeasures announced\n\nCanada will answer the United States. The United States raised duties in March, and Canada said it would reply.\n\nMinister of Finance Claire Aubin said the list was final.',
        fact: 'Claire Aubin',
        expect: { affiliation: 'Canada' },
      },
    ],
    counterExamples: [
      {
        text: 'Countermeasures announced\n\nCanada and Mexico will answer the United States. The United States raised duties in March.\n\nMinister of Finance Claire Aubin said the list was final.',
        fact: 'Claire Aubin',
        expect: { affiliation: '' },
      },
      // A commissioner is the bloc's (person.affiliation.eu-office), not the nation's the story names most.
      {
        text: 'Duties on hold\n\nThe European Union paused its list. The EU had answered the United States, and the United States welcomed the pause.\n\nTrade Commissioner Elske Maas said talks would go on.',
        fact: 'Elske Maas',
        expect: { affiliation: 'European Union' },
      },
    ],
  },
  {
    id: 'person.affiliation.full-body-name',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'an affiliation of one head word ("the Council\'s chairman") + the body named before whose name ends with it',
    reason: 'serves {affiliation}: "the Council" is the body of that name named before',
    examples: [
      {
        text: "The Southern African Poultry Producers' Council welcomed the ruling.\n\nThe Council's trade committee chairman, Dr. Sipho Ndlovu, has been in Washington.",
        fact: 'Sipho Ndlovu',
        expect: { title: 'trade committee chairman', affiliation: "Southern African Poultry Producers' Council" },
      },
    ],
    counterExamples: [{ text: "The Council's trade committee chairman, Dr. Sipho Ndlovu, has been in Washington.", fact: 'Sipho Ndlovu', expect: { affiliation: 'Council' } }],
  },
  {
    id: 'person.affiliation.byline-outlet',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a byline\'s author + the outlet after "|" or in the dateline\'s brackets',
    reason: 'writes for {affiliation}',
    examples: [
      { text: 'By Maria Okonkwo | Anadolu Agency\n\nLAGOS - Nigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { affiliation: 'Anadolu Agency' } },
      { text: 'By Maria Okonkwo\n\nLAGOS (Reuters) - Nigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { affiliation: 'Reuters' } },
      { text: 'By Maria Okonkwo in Lagos and Tom Hale in Accra\nThe Harbour Ledger\n\nNigeria raised duties on steel.', fact: 'Tom Hale', expect: { affiliation: 'The Harbour Ledger' } },
      { text: 'By Maria Okonkwo, Harbour Ledger Lagos Bureau\n\nNigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { affiliation: 'Harbour Ledger' } },
      { text: 'By Maria Okonkwo, Staff Reporter\nThe Harbour Ledger\n\nNigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { affiliation: 'The Harbour Ledger' } },
      { text: 'LAGOS, May 6 (Reuters) - Nigeria raised duties on steel.\n\n(Reporting by Maria Okonkwo; Editing by Tom Hale)', fact: 'Tom Hale', expect: { affiliation: 'Reuters' } },
      { text: 'MAZATLÁN, Mexico, Sept 22 (Pacific Wire) — Mexico raised duties on steel.\n\n(Reporting by Maria Okonkwo; Editing by Tom Hale)', fact: 'Maria Okonkwo', expect: { affiliation: 'Pacific Wire' } },
      { text: 'By Maria Okonkwo\n\nNigeria raised duties on steel.\n\nThis story was produced by MarketWatch for its partner sites.', fact: 'Maria Okonkwo', expect: { affiliation: 'MarketWatch' } },
      { text: 'Nigeria raised duties on steel, officials said.\n\n• Maria Okonkwo can be reached at mokonkwo@washingtontimes.com.', fact: 'Maria Okonkwo', expect: { affiliation: 'The Washington Times' } },
      // A byline at the foot of the story.
      { text: 'Nigeria raised duties on steel, officials said.\n\nBy Maria Okonkwo, Harbour Ledger', fact: 'Maria Okonkwo', expect: { affiliation: 'Harbour Ledger' } },
      // A story signed on its last line, with no "By".
      { text: 'Nigeria raised duties on steel, officials said.\n\nMaria Okonkwo, Harbour Ledger', fact: 'Maria Okonkwo', expect: { affiliation: 'Harbour Ledger' } },
      // A newsletter's masthead names the outlet its editor writes for.
      { text: 'HARBOUR LEDGER WEEKLY — Issue 214\n\nNigeria raised duties on steel, officials said.\n\nEdited by Maria Okonkwo', fact: 'Maria Okonkwo', expect: { affiliation: 'HARBOUR LEDGER WEEKLY' } },
      // A masthead in capitals over the newsletter's line and its editor.
      { text: 'ORCHARD ROW WEEKLY\nNewsletter of the North Central Washington Fruit Growers League\nEdited by Shauna Kettleson\n\nIndia cut its apple duty.', fact: 'Shauna Kettleson', expect: { title: 'editor', affiliation: 'Orchard Row Weekly' } },
    ],
    counterExamples: [
      { text: 'By Maria Okonkwo\n\nNigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { affiliation: '' } },
      { text: 'By Maria Okonkwo, Staff Writer\n\nNigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { affiliation: '' } },
      { text: 'Nigeria raised duties on steel, officials said.\n\n• Maria Okonkwo can be reached at mokonkwo@lagosmail.com.', fact: 'Maria Okonkwo', expect: { affiliation: '' } },
    ],
  },
  {
    id: 'person.affiliation.newsroom-title',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a title only a newsroom gives ("Editor", "staff writer") with no body + the outlet the masthead, byline or credits name',
    reason: 'writes for {affiliation}, the outlet the story is from',
    examples: [
      {
        text: 'The Dry Bulk Dispatch — Week 45\n\nPort fees bite as grain routes bend.\n\nRates rose 4% on the week. — Editor, Hannah Stroud',
        fact: 'Hannah Stroud',
        expect: { title: 'Editor', affiliation: 'The Dry Bulk Dispatch' },
      },
      // A newsletter or show that names itself as it opens, its headline, or its masthead in capitals.
      { text: "Good morning. This is Harbour Ledger Weekly, and I'm Maria Okonkwo.\n\nNigeria raised duties on steel. — Maria Okonkwo, Editor", fact: 'Maria Okonkwo', expect: { title: 'Editor', affiliation: 'Harbour Ledger Weekly' } },
      { text: "LYDIA CARRAWAY (HOST): Welcome to Dockside Dispatch from Lowcountry Business Radio. I'm Lydia Carraway.\n\nMARCUS PETTIGREW: Sure.", fact: 'Lydia Carraway', expect: { title: 'host', affiliation: 'Lowcountry Business Radio' } },
      { text: "The Fibre Line: Beijing opens a pulp case\n\nGood morning. This week: China's pulp duties. — Martin Eklund, editor", fact: 'Martin Eklund', expect: { title: 'editor', affiliation: 'The Fibre Line' } },
    ],
    counterExamples: [
      // A headline that opens with a name, in a story with no newsletter's words, is a news headline.
      { text: "Harbour Steel: Beijing opens a pulp case\n\nChina's pulp duties rose. — Martin Eklund, editor", fact: 'Martin Eklund', expect: { affiliation: '' } },
      { text: "Welcome to Brazil, where the duty is 35%, I'm told by Maria Okonkwo, editor.", fact: 'Maria Okonkwo', expect: { affiliation: '' } },
      { text: 'Port fees bite as grain routes bend.\n\nRates rose 4% on the week. — Editor, Hannah Stroud', fact: 'Hannah Stroud', expect: { affiliation: '' } },
      // Another title is no newsroom's: a chief executive is not the outlet's.
      { text: 'The Dry Bulk Dispatch — Week 45\n\nPort fees bite, said chief executive Hannah Stroud.', fact: 'Hannah Stroud' },
    ],
  },
  {
    id: 'person.title.byline-role',
    kind: 'person',
    decides: 'title',
    anchor: 'a byline\'s author + a role after the comma or alone on the next line ("Staff writer")',
    reason: 'wrote the article as {title}',
    examples: [
      { text: '*By Maria Okonkwo, policy editor*\n\nNigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { title: 'policy editor' } },
      { text: 'By Maria Okonkwo\nStaff writer\n\nLAGOS (Reuters) - Nigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { title: 'Staff writer', affiliation: 'Reuters' } },
    ],
    counterExamples: [{ text: 'By Maria Okonkwo\nThe Harbour Ledger\n\nNigeria raised duties on steel.', fact: 'Maria Okonkwo', expect: { title: '', affiliation: 'The Harbour Ledger' } }],
  },
  {
    id: 'person.affiliation.sign-off',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a sign-off line naming a body after the role: "— Name, role, Body"',
    reason: 'signs off as {title} of {affiliation}',
    examples: [{ text: 'Tariffs rose again this week.\n\n— Léa Morand, editor, The Tariff Ledger', fact: 'Léa Morand', expect: { title: 'editor', affiliation: 'The Tariff Ledger' } }],
    counterExamples: [{ text: 'Tariffs rose again this week.\n\n— Léa Morand, editor', fact: 'Léa Morand', expect: { title: 'editor', affiliation: '' } }],
  },
  {
    id: 'person.title.sign-off',
    kind: 'person',
    decides: 'title',
    anchor: 'a line ends with a dash, a name and a newsroom role ("— Naomi Athersmith, Editor"), a credit line "Editor: Nadia Cheng", or a signature "Name | editor | Outlet"',
    reason: 'signs the newsletter as {title}',
    examples: [
      // A show's notes, a sentence each: the role before the name, and the show the transcript is an episode of.
      {
        text: '[Transcript of an episode of The Customs House, a weekly trade podcast. Host: Harriet Oyelaran. Guest: Neil Abernethy.]\n\nHARRIET OYELARAN: Welcome back to the show.',
        fact: 'Harriet Oyelaran',
        expect: { title: 'Host', affiliation: 'The Customs House' },
      },
      {
        text: 'PharmaTrade Weekly — Issue 218: India trims API duties\n\nIndia cut duties on 17 ingredients.\n\nThat\'s all for this week. — Naomi Athersmith, Editor',
        fact: 'Naomi Athersmith',
        expect: { title: 'Editor', affiliation: 'PharmaTrade Weekly' },
      },
      { text: 'Paddock to Port Grain Letter — Issue 12\n\nEditor: Nadia Cheng\n\nChina lifted its 80.5% duty on barley.', fact: 'Nadia Cheng', expect: { title: 'Editor' } },
      { text: 'THE KILN LETTER | Issue 40 | Weekly notes on ceramics\n\nGood morning. Tiles again this week. - Park Ji-won, editor\n\nIndia cut its duty to 10%.', fact: 'Park Ji-won', expect: { title: 'editor', affiliation: 'THE KILN LETTER' } },
      { text: 'India cut its duty on tiles to 10%.\n\nPark Ji-won | editor | The Kiln Letter', fact: 'Park Ji-won', expect: { title: 'editor' } },
    ],
    // A sign-off with an outlet, not a role, gives no title.
    counterExamples: [{ text: 'India cut duties on 17 ingredients.\n\n— Naomi Athersmith, Harbour Ledger', fact: 'Naomi Athersmith', expect: { title: '' } }],
  },
  {
    id: 'person.title.transcript-label',
    kind: 'person',
    decides: 'title',
    anchor: 'a transcript\'s speaker label in capitals with a role in brackets and no body: "NATALIA VERGARA (host):"',
    reason: 'the transcript labels them {title}',
    examples: [
      {
        text: "NATALIA VERGARA (host): Welcome back to Tide to Table, the podcast about seafood. I'm Natalia Vergara.\n\nRICARDO SALAZAR: Thanks, Natalia.",
        fact: 'Natalia Vergara',
        expect: { title: 'host', affiliation: 'Tide to Table' },
      },
    ],
    // A label with no role gives none.
    counterExamples: [{ text: "NATALIA VERGARA: Welcome back to the show. I'm Natalia Vergara.\n\nRICARDO SALAZAR: Thanks.", fact: 'Natalia Vergara', expect: { title: '' } }],
  },
  {
    id: 'person.affiliation.company-story',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a firm's title (chairman, chief financial officer, plant manager, owner) with no body + the one firm the article is about",
    reason: 'works for {affiliation}, the firm the story is about',
    examples: [
      {
        text: 'Kestrel Packaging profit rises\n\nTAIPEI - Kestrel Packaging Corp. reported higher profit on Thursday.\n\nChairman Lin Wen-hao told an earnings call that Kestrel Packaging would expand. Kestrel Packaging shares rose 2%.',
        fact: 'Lin Wen-hao',
        expect: { title: 'Chairman', affiliation: 'Kestrel Packaging Corp.' },
      },
      // A bloc named as often is not a firm that competes for the officer.
      {
        text: 'Hanwul Steel profit slides\n\nHanwul Steel blamed the European Union. The EU quota halved its sales, and Hanwul Steel expects the EU to act.\n\n“We ship less,” chief financial officer Yoon Ha-jin told analysts.',
        fact: 'Yoon Ha-jin',
        expect: { title: 'chief financial officer', affiliation: 'Hanwul Steel' },
      },
      // A managing or finance director is a firm's officer; a director general is not.
      {
        text: 'Ondura Cocoa Plc profit falls\n\nLAGOS - Ondura Cocoa Plc reported lower profit on Thursday. Ondura Cocoa shipped less, and Ondura Cocoa expects a better year.\n\n"The levy is fair," managing director Tunde Bakare said on a call.',
        fact: 'Tunde Bakare',
        expect: { title: 'managing director', affiliation: 'Ondura Cocoa Plc' },
      },
      // The short form alone ("Acuamar") counts each time the text names it, though no paragraph reads it as a body.
      {
        text: 'Acuícola del Mar S.A. (Acuamar) reported higher volumes on Tuesday.\n\nChina took 48% of Acuamar\'s volumes, and Acuamar expects more. The National Aquaculture Chamber welcomed the figures.\n\n"We cannot compete on price," chief executive Gabriela Icaza told analysts.',
        fact: 'Gabriela Icaza',
        expect: { title: 'chief executive', affiliation: 'Acuícola del Mar S.A.' },
      },
      // A department's chief ("Finance chief") is a firm's officer too.
      {
        text: 'Nordhavn Shipping cuts guidance\n\nCOPENHAGEN - Nordhavn Shipping cut its guidance on Thursday. Nordhavn Shipping shipped less, and Nordhavn Shipping expects a weak year.\n\n"The tariffs hurt," finance chief Lotte Engberg said.',
        fact: 'Lotte Engberg',
        expect: { title: 'finance chief', affiliation: 'Nordhavn Shipping' },
      },
      // A headline's naming of the firm counts once more.
      {
        text: 'Sohar Metals profit slides\n\nMUSCAT - Sohar Metals reported a 12% fall in profit.\n\n"We lost margin," chief executive Khalid Balushi told analysts.',
        fact: 'Khalid Balushi',
        expect: { title: 'chief executive', affiliation: 'Sohar Metals' },
      },
    ],
    counterExamples: [
      {
        text: 'Kestrel Packaging and Orion Glass reported results.\n\nChairman Lin Wen-hao told an earnings call that costs rose. Orion Glass and Kestrel Packaging shares fell.',
        fact: 'Lin Wen-hao',
        expect: { affiliation: '' },
      },
      {
        text: 'Ondura Cocoa Plc profit falls\n\nLAGOS - Ondura Cocoa Plc reported lower profit on Thursday. Ondura Cocoa shipped less, and Ondura Cocoa expects a better year.\n\n"The levy is fair," Director General Tunde Bakare said.',
        fact: 'Tunde Bakare',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.affiliation.agency-story',
    kind: 'person',
    decides: 'affiliation',
    anchor: "an agency official's title (Director General, Commissioner General, Deputy Director) with no body + the one government body the article is about",
    reason: 'works for {affiliation}, the agency the story is about',
    examples: [
      {
        text: 'PUBLIC NOTICE: Zimbabwe Revenue Authority amends customs duties\n\nThe Zimbabwe Revenue Authority (ZIMRA) advises importers that duties change on 1 April.\n\nCommissioner General Tendai Moyo said the amendments were overdue.',
        fact: 'Tendai Moyo',
        expect: { title: 'Commissioner General', affiliation: 'Zimbabwe Revenue Authority' },
      },
    ],
    counterExamples: [
      // Two bodies named as often: no guess.
      {
        text: 'The Trade Remedies Authority and the Ministry of Trade met. The Ministry of Trade and the Trade Remedies Authority disagreed.\n\nDirector General Pham Van Long said talks would go on.',
        fact: 'Pham Van Long',
        expect: { affiliation: '' },
      },
    ],
  },
  {
    id: 'person.affiliation.portfolio-body',
    kind: 'person',
    decides: 'affiliation',
    anchor: "a title that names a portfolio (Agriculture Undersecretary, Minister of State for Finance) + the one government body the article names with that portfolio",
    reason: 'works for {affiliation}, the body of the portfolio the title names',
    examples: [
      {
        text: 'The Department of Agriculture recommended a higher rice tariff on Monday.\n\nAgriculture Undersecretary Teodoro Lacson said the change would protect farmers.',
        fact: 'Teodoro Lacson',
        expect: { title: 'Agriculture Undersecretary', affiliation: 'Department of Agriculture' },
      },
    ],
    counterExamples: [
      // No body of that portfolio named: nothing to give.
      {
        text: 'The Department of Trade recommended a higher rice tariff on Monday.\n\nAgriculture Undersecretary Teodoro Lacson said the change would protect farmers.',
        fact: 'Teodoro Lacson',
      },
    ],
  },
  {
    id: 'person.affiliation.leader',
    kind: 'person',
    decides: 'affiliation',
    anchor: 'a well-known head of government',
    reason: 'leads {affiliation}',
    examples: [{ text: 'Donald Trump said the tariffs would stay.', fact: 'Donald Trump', expect: { affiliation: 'United States' } }],
    counterExamples: [{ text: 'Donald Tramp said the tariffs would stay.', fact: 'Donald Tramp' }],
  },
];
