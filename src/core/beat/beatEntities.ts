/**
 * The beat's people or organizations as one list: every name key's articles gathered, and a
 * surname alone ("Marrowby", in a story that never gives the first name) joined to the one full
 * name of the beat with that surname, as an editor would read it. Two full names sharing the
 * surname leave it on its own: the beat cannot tell whom it means.
 */
import type { BeatEntity, DigestEntity, EntityInArticle } from './types';
import { surnameOf, tidy, titleKey } from './names';

/** Which key each key is shown under (itself, or the full name a lone surname joins). */
export function groupKeys(keys: Iterable<string>, joinSurnames: boolean): Map<string, string> {
  const all = [...keys];
  const fullBySurname = new Map<string, string[]>();
  for (const k of all) {
    if (!k.includes(' ')) continue;
    const s = surnameOf(k);
    const known = fullBySurname.get(s);
    if (known) known.push(k);
    else fullBySurname.set(s, [k]);
  }
  return new Map(all.map((k) => {
    const full = joinSurnames && !k.includes(' ') ? fullBySurname.get(k) : undefined;
    return [k, full?.length === 1 ? full[0] : k];
  }));
}

const distinct = (xs: string[], key: (s: string) => string = (s) => s) => {
  const seen = new Map<string, string>();
  for (const x of xs) if (x && !seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
};

/** What one article's entries of one entity add up to; kept per entry list, so a save re-reads only its own article. */
interface ArticleSummary {
  article: EntityInArticle;
  /** The entity's name in each entry (counted: the most used full name wins). */
  names: string[];
  /** The mentions' words as written, tidied. */
  forms: string[];
  /** The titles' comparison keys, alongside `article.titles`. */
  titleKeys: string[];
}

/** Article summaries made between two yields (each a few microseconds). */
const SUMMARIES_PER_STEP = 150;

/**
 * An entry list is filed once per article (EntityTable makes a new array when an article is set
 * again), so its summary is computed once and kept for as long as the list lives.
 */
const summaries = new WeakMap<readonly DigestEntity[], ArticleSummary>();

function summaryOf(file: string, list: readonly DigestEntity[]): ArticleSummary {
  const known = summaries.get(list);
  if (known) return known;
  const places = list.length === 1 ? list[0].mentions : list.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const titles = distinct(list.map((e) => e.title), titleKey);
  const summary: ArticleSummary = {
    article: { file, mentions: places.length, titles, places },
    names: list.map((e) => e.name),
    forms: [...new Set(list.flatMap((e) => e.mentions.map((m) => m.text)))].map(tidy),
    titleKeys: titles.map(titleKey),
  };
  summaries.set(list, summary);
  return summary;
}

/**
 * One entity of the beat from the articles of the keys grouped under it. Each article's part is
 * summarised once (summaryOf), so rebuilding a minister named in 500 stories after a save of one
 * is a merge of 500 small summaries, not a new pass over every mention. A generator: it yields
 * every few hundred articles whose summary it had to make (an entity new to a large beat).
 */
export function* beatEntity(files: Array<Map<string, DigestEntity[]>>): Generator<void, BeatEntity> {
  let byFile: Array<[string, DigestEntity[]]>;
  if (files.length === 1) byFile = [...files[0]];
  else {
    const merged = new Map<string, DigestEntity[]>();
    for (const m of files) for (const [file, list] of m) merged.set(file, [...(merged.get(file) ?? []), ...list]);
    byFile = [...merged];
  }
  // In file order, so the same articles give the same entity whatever order they were indexed in.
  byFile.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const nameCounts = new Map<string, number>();
  const forms = new Set<string>();
  const titles = new Map<string, string>();
  let mentions = 0;
  let made = 0;
  const articles: EntityInArticle[] = [];
  for (const [file, list] of byFile) {
    if (!summaries.has(list) && ++made % SUMMARIES_PER_STEP === 0) yield;
    const s = summaryOf(file, list);
    for (const n of s.names) nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
    for (const f of s.forms) forms.add(f);
    s.titleKeys.forEach((k, i) => titles.has(k) || titles.set(k, s.article.titles[i]));
    mentions += s.article.mentions;
    articles.push(s.article);
  }
  // The fullest name: the most words, then the most used.
  const words = (n: string) => n.split(' ').length;
  const name = [...nameCounts].sort(([a, x], [b, y]) => words(b) - words(a) || y - x)[0][0];
  return {
    name,
    variants: distinct([...nameCounts.keys(), ...forms]),
    titles: [...titles.values()],
    mentions,
    articles,
  };
}
