import type { Analysis, Quote } from './types';

/** Who a group of quotes belongs to; `speaker` null for the quotes nobody was found to have said. */
export interface Speaker {
  speaker: string | null;
  /** Role as the article states it ("vice president"), "" if none. */
  title: string;
  /** Organization or country the speaker is tied to, "" if none. */
  affiliation: string;
  /** A named person, an organization, a government, or someone described and not named (see Quote.speakerKind). */
  kind?: Quote['speakerKind'];
}

/** The quotes one speaker said, in article order. */
export interface QuoteGroup extends Speaker {
  /** Person or organization id ("p1", "o2"); "" for the unattributed group. */
  key: string;
  quotes: Quote[];
}

/**
 * Groups an article's quotes by speaker, in the order each speaker is first quoted, with the
 * quotes that have no speaker in one last group (key "") so the editor can check them.
 */
export function groupQuotes(analysis: Pick<Analysis, 'quotes' | 'people' | 'organizations'>): QuoteGroup[] {
  const groups = new Map<string, QuoteGroup>();
  const unattributed: Quote[] = [];
  for (const q of analysis.quotes) {
    if (!q.speaker) {
      unattributed.push(q);
      continue;
    }
    const key = q.speakerId ?? `name:${q.speaker}`;
    let group = groups.get(key);
    if (!group) {
      const person = analysis.people.find((p) => p.id === q.speakerId);
      const org = person ? undefined : analysis.organizations.find((o) => o.id === q.speakerId);
      group = {
        key,
        speaker: person?.name ?? org?.name ?? q.speaker,
        title: person?.title ?? '',
        affiliation: person?.affiliation ?? '',
        kind: q.speakerKind,
        quotes: [],
      };
      groups.set(key, group);
    }
    group.quotes.push(q);
  }
  const out = [...groups.values()];
  if (unattributed.length) out.push({ key: '', speaker: null, title: '', affiliation: '', quotes: unattributed });
  return out;
}

/** The words a filter matches for a speaker; the unattributed group answers to "unattributed". */
function speakerWords(s: Speaker): string {
  return s.speaker === null ? 'unattributed no speaker' : `${s.speaker} ${s.title} ${s.affiliation}`;
}

/** Lower case without accents, so "sao paulo" finds "São Paulo". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Narrows groups to the quotes whose speaker (name, title, affiliation) or words contain every
 * word of `query`; groups left empty are dropped. An empty query keeps everything.
 */
export function filterGroups<Q extends { text: string }, G extends Speaker & { quotes: Q[] }>(groups: G[], query: string): G[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return groups;
  const out: G[] = [];
  for (const g of groups) {
    const who = foldForSearch(speakerWords(g));
    const quotes = g.quotes.filter((q) => {
      const hay = `${who} ${foldForSearch(q.text)}`;
      return words.every((w) => hay.includes(w));
    });
    if (quotes.length) out.push({ ...g, quotes });
  }
  return out;
}
