import type { OrganizationMention } from '../mentions';
import type { Organization } from '../types';
import { initialsOf, orgKey } from './orgKey';

interface Group {
  key: string;
  strong: OrganizationMention[];
  all: OrganizationMention[];
}

const ALL_CAPS = /^[\p{Lu}&.]{2,8}$/u;
const SKIP_FIRST = /^(the|u\.s\.|us|united|states)$/i;

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
    const g = groups.get(k) ?? { key: k, strong: [], all: [] };
    g.strong.push(m);
    g.all.push(m);
    groups.set(k, g);
  }
  // Acronyms ("WTO", "KAM") join the body whose initials they spell.
  for (const g of [...groups.values()]) {
    if (!g.strong.every((m) => ALL_CAPS.test(m.text))) continue;
    const target = [...groups.values()].find((o) => o !== g && o.strong.some((m) => !ALL_CAPS.test(m.text) && initialsOf(displayForm(m.text)).includes(g.strong[0].text.replace(/\./g, ''))));
    if (target) {
      target.strong.push(...g.strong);
      target.all.push(...g.all);
      groups.delete(g.key);
    }
  }
  for (const m of mentions) {
    if (!m.weak) continue;
    const g = groups.get(keyOf(m)) ?? shortFormOwner([...groups.values()], m.text);
    if (g) g.all.push(m);
  }
  return [...groups.values()]
    .map(toOrganization)
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

/** The one body a lone word can stand for: its first word, its acronym, or its head ("the Department"). */
function shortFormOwner(groups: Group[], word: string): Group | undefined {
  const w = word.toLowerCase();
  const matches = groups.filter((g) =>
    g.strong.some((m) => {
      const words = displayForm(m.text).split(/\s+/);
      const first = words.find((x) => !SKIP_FIRST.test(x)) ?? '';
      return words.length > 1 && (first.toLowerCase() === w || (ALL_CAPS.test(word) && initialsOf(displayForm(m.text)).includes(word)) || (/^(department|ministry|commission|embassy|agency|bureau)$/.test(w) && words.some((x) => x.toLowerCase() === w)));
    }),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** A name as shown: no leading "the" or country possessive ("Switzerland’s Department of …"). */
function displayForm(text: string): string {
  return text.replace(/^the\s+/i, '').replace(/^[\p{Lu}][\p{L}.]*['’]s\s+(?=\p{Lu})/u, '');
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
  return { id: '', name, aliases, mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })) };
}
