import type { OrganizationMention } from '../mentions';
import type { Organization } from '../types';
import { STATES_PROVINCES, placeOf } from '../lexicon/words';
import { INDUSTRY_HEADS } from './shapes';
import { ALL_GOODS } from '../lexicon/goods';
import { initialsOf, orgKey } from './orgKey';
import { NOT_FIRST_WORDS, PLURAL_POSSESSORS, SHORT_FORM_HEADS } from '../lexicon/orgHeads';

interface Group {
  key: string;
  strong: OrganizationMention[];
  all: OrganizationMention[];
  /** Alias rules that joined other forms to it. */
  joined: string[];
}

const ALL_CAPS = /^[\p{Lu}&.]{2,8}$/u;


/**
 * Merges every form of the same organization: by key (lexicon or normalized name), acronyms to
 * the name whose initials they spell, and weak short forms ("Resolute", "Department") to the one
 * body they can mean. Weak forms with no full form are dropped.
 */
export function linkOrganizations(mentions: OrganizationMention[]): Organization[] {
  const groups = new Map<string, Group>();
  const keyOf = (m: OrganizationMention) => m.key ?? orgKey(m.name);
  for (const m of mentions) {
    if (m.weak) continue;
    const k = keyOf(m);
    const g = groups.get(k) ?? { key: k, strong: [], all: [], joined: [] };
    g.strong.push(m);
    g.all.push(m);
    groups.set(k, g);
  }
  // Acronyms ("WTO", "KAM") join the body whose initials they spell.
  const initials = new Map<Group, string[]>();
  const initialsOfGroup = (g: Group) => {
    let list = initials.get(g);
    if (!list) initials.set(g, (list = distinctTexts(g).filter((t) => !ALL_CAPS.test(t)).flatMap((t) => initialsOf(displayForm(t)))));
    return list;
  };
  for (const g of [...groups.values()]) {
    if (!g.strong.every((m) => ALL_CAPS.test(m.text))) continue;
    const acronym = g.strong[0].text.replace(/\./g, '');
    const target = [...groups.values()].find((o) => o !== g && initialsOfGroup(o).includes(acronym));
    if (target) {
      target.strong.push(...g.strong);
      target.all.push(...g.all);
      target.joined.push('organization.alias.initials');
      groups.delete(g.key);
      initials.delete(target);
    }
  }
  // "Camex" alone and "Câmara de Comércio Exterior (Camex)": a lone form another body was also written as.
  const byForm = new Map<string, Group>();
  for (const g of groups.values()) {
    const texts = distinctTexts(g);
    if (texts.length > 1) for (const t of texts) byForm.set(t, g);
  }
  for (const g of [...groups.values()]) {
    const texts = distinctTexts(g);
    const owner = texts.length === 1 ? byForm.get(texts[0]) : undefined;
    if (owner && owner !== g) {
      owner.strong.push(...g.strong);
      owner.all.push(...g.all);
      owner.joined.push('organization.alias.short-form');
      groups.delete(g.key);
    }
  }
  joinLeadingForms(groups);
  joinTopicBodies(groups);
  const owners = new Map<string, Group | undefined>();
  const shortForms = shortFormIndex([...groups.values()]);
  // Longer short forms first ("Kelana Aluminium" before "Kelana"); a word inside a taken one is not a second mention.
  const weak = mentions.filter((m) => m.weak).sort((a, b) => b.end - b.start - (a.end - a.start));
  const inTaken = new Set<number>();
  for (const m of weak) {
    if (inTaken.has(m.start)) continue;
    let g = groups.get(keyOf(m));
    if (!g) {
      if (!owners.has(m.text)) owners.set(m.text, shortFormOwner(shortForms, m.text));
      g = owners.get(m.text);
    }
    if (!g) continue;
    g.all.push(m);
    // "CSPA" for the Canadian Steel Producers Association: an acronym; "Tolko" for Tolko Industries: a short form.
    g.joined.push(...(ALL_CAPS.test(m.text) && !groups.has(keyOf(m)) ? ['organization.alias.initials'] : m.because?.length ? m.because : ['organization.alias.short-form']));
    if (/\s/.test(m.text)) for (const w of m.text.matchAll(/\S+/g)) inTaken.add(m.start + (w.index ?? 0));
  }
  return [...groups.values()]
    .map(toOrganization)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}


/**
 * "Jinhe Semiconductor" in a headline and "Jinhe Semiconductor Packaging" in the story: a name of two
 * words or more that opens exactly one longer name is that body's short form. Indexed once by
 * every leading run of each name, so the join stays linear in the names.
 */
function joinLeadingForms(groups: Map<string, Group>): void {
  const byLead = new Map<string, Set<Group>>();
  for (const g of groups.values()) {
    for (const text of distinctTexts(g)) {
      const words = displayForm(text).split(/\s+/);
      // "Phu My Polyester Joint Stock Company and Dong Nai …" may be two names run together: no short forms from it.
      if (words.some((w) => /^(?:and|or|&)$/i.test(w))) continue;
      // ("Hanbit" for Hanbit Steel, once it is a body of its own: "Hanbit shares fell"; not a place's name.)
      for (let n = placeOf(words[0]) ? 2 : 1; n < words.length && n <= 6; n++) {
        const lead = words.slice(0, n).join(' ');
        (byLead.get(lead) ?? byLead.set(lead, new Set()).get(lead)!).add(g);
      }
    }
  }
  for (const g of [...groups.values()]) {
    const texts = distinctTexts(g);
    if (texts.length !== 1 || ALL_CAPS.test(texts[0])) continue;
    const shown = displayForm(texts[0]);
    const owners = byLead.get(shown) ?? clippedOwners(byLead, shown);
    const owner = owners?.size === 1 ? [...owners][0] : undefined;
    if (!owner || owner === g || !groups.has(owner.key)) continue;
    owner.strong.push(...g.strong);
    owner.all.push(...g.all);
    owner.joined.push('organization.alias.short-form');
    groups.delete(g.key);
  }
}

/**
 * "Vaidehi Pharma" in a headline and "Vaidehi Pharmaceuticals Ltd" in the story: a name whose last word is
 * the clipped start (five letters or more) of the next word of exactly the names that open with the rest.
 */
function clippedOwners(byLead: Map<string, Set<Group>>, shown: string): Set<Group> | undefined {
  const words = shown.split(/\s+/);
  const last = words.pop() ?? '';
  if (!words.length || last.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  const owners = new Set<Group>();
  for (const g of byLead.get(words.join(' ')) ?? []) {
    for (const text of distinctTexts(g)) {
      const next = displayForm(text).split(/\s+/)[words.length] ?? '';
      if (next.length > last.length && next.startsWith(last)) owners.add(g);
    }
  }
  return owners.size ? owners : undefined;
}

/**
 * Every lone word that could stand for a body, indexed once: the first word of a multi-word name
 * ("f:"), its acronym ("i:"), its head noun ("h:" — "the Department").
 */
function shortFormIndex(groups: Group[]): Map<string, Set<Group>> {
  const index = new Map<string, Set<Group>>();
  const add = (key: string, g: Group) => (index.get(key) ?? index.set(key, new Set()).get(key)!).add(g);
  for (const g of groups) {
    for (const text of distinctTexts(g)) {
      const shown = displayForm(text);
      const words = shown.split(/\s+/);
      if (words.length < 2) continue;
      // "Wisconsin" alone is the state and "Dairy" the trade, not "Wisconsin Farmers Union" or "Dairy Export Council";
      // "Mauritius" the country and "Cocoa" the goods, not "Mauritius Apparel Makers' Council" or "Cocoa Exporters Association".
      const lead = words.find((x) => !NOT_FIRST_WORDS.has(x)) ?? '';
      const first = lead.toLowerCase();
      if (!STATES_PROVINCES.has(first) && !INDUSTRY_HEADS.has(first) && !ALL_GOODS.has(first) && !placeOf(lead)) add(`f:${first}`, g);
      for (const i of initialsOf(shown)) add(`i:${i}`, g);
      for (const x of words) if (SHORT_FORM_HEADS.has(x.toLowerCase())) add(`h:${x.toLowerCase()}`, g);
      // "Brindlewood Home" in a headline for Brindlewood Home Furnishings Inc.: a leading run of two words or more.
      for (let n = 2; n < words.length; n++) add(`l:${words.slice(0, n).join(' ').toLowerCase()}`, g);
    }
  }
  return index;
}

/** The one body a lone word can stand for: its first word, its acronym, or its head ("the Department"); or the one a run of words opens. */
function shortFormOwner(index: Map<string, Set<Group>>, word: string): Group | undefined {
  const w = word.toLowerCase();
  if (/\s/.test(w)) {
    const opened = index.get(`l:${w.replace(/\s+/g, ' ')}`);
    return opened?.size === 1 ? [...opened][0] : undefined;
  }
  const matches = new Set([...(index.get(`f:${w}`) ?? []), ...(ALL_CAPS.test(word) ? index.get(`i:${word}`) ?? [] : []), ...(SHORT_FORM_HEADS.has(w) ? index.get(`h:${w}`) ?? [] : [])]);
  return matches.size === 1 ? [...matches][0] : undefined;
}

/** The different ways a group's strong mentions are written (a long report repeats them). */
function distinctTexts(g: Group): string[] {
  return [...new Set(g.strong.map((m) => m.text))];
}

/** A name as shown: no leading "the" or country possessive ("Switzerland’s Department of …"). */
function displayForm(text: string): string {
  const t = text.replace(/^the\s+/i, '');
  const owner = /^([\p{Lu}][\p{L}.]*)['’]s\s+(?=\p{Lu})/u.exec(t);
  // "People's Bank of China" keeps its possessive; "Switzerland’s Department of …" loses the country's.
  return owner && !PLURAL_POSSESSORS.has(owner[1]) ? t.slice(owner[0].length) : t;
}

function toOrganization(g: Group): Organization {
  const mentions = [...g.all].sort((a, b) => a.start - b.start);
  let name = '';
  for (const m of g.strong) {
    const d = displayForm(m.text);
    const caps = ALL_CAPS.test(d);
    if (!name || (ALL_CAPS.test(name) && !caps) || (caps === ALL_CAPS.test(name) && d.length > name.length)) name = d;
  }
  const aliases: string[] = [];
  for (const m of mentions) {
    const d = m.text;
    const trivial = (x: string) => x.toLowerCase().replace(/^the\s+/, '').replace(/\.$/, '');
    if (trivial(d) !== trivial(name) && !aliases.includes(d)) aliases.push(d);
  }
  // Why: the rules that found its full forms, then those that joined its other forms.
  const because = new Set<string>();
  const strong = new Set(g.strong);
  for (const m of mentions) if (strong.has(m)) for (const id of m.because ?? []) because.add(id);
  for (const id of g.joined) because.add(id);
  return { id: '', because: [...because], name, aliases, mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) };
}

/**
 * "commerce ministry" and "the Ministry of Commerce and Industry": a body named in lower case by
 * its topic is the one capitalized body of its kind whose name holds every topic word.
 */
function joinTopicBodies(groups: Map<string, Group>): void {
  const LOWER = new Set(['organization.name.topic-ministry', 'organization.name.government-body']);
  const lowerOnly = (g: Group) => g.strong.every((m) => LOWER.has(m.because?.[0] ?? ''));
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // The body's own words, written in lower case ("commerce ministry" of "India's commerce ministry").
  const lowerWords = (t: string) => t.split(/[^\p{L}]+/u).filter((w) => /^\p{Ll}+$/u.test(w) && w !== 's');
  for (const g of [...groups.values()]) {
    if (!lowerOnly(g)) continue;
    const want = lowerWords(g.strong[0].text);
    // A topic and its noun at least: "the Japanese embassy" alone could be any embassy named in full.
    if (want.length < 2) continue;
    const owners = [...groups.values()].filter((o) => o !== g && !lowerOnly(o) && distinctTexts(o).some((t) => { const have = words(t); return want.every((w) => have.includes(w)); }));
    if (owners.length !== 1) continue;
    owners[0].strong.push(...g.strong);
    owners[0].all.push(...g.all);
    owners[0].joined.push('organization.alias.short-form');
    groups.delete(g.key);
  }
}
