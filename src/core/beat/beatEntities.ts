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
    fullBySurname.set(s, [...(fullBySurname.get(s) ?? []), k]);
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

/** One entity of the beat from the articles of the keys grouped under it. */
export function beatEntity(files: Array<Map<string, DigestEntity[]>>): BeatEntity {
  const byFile = new Map<string, DigestEntity[]>();
  for (const m of files) for (const [file, list] of m) byFile.set(file, [...(byFile.get(file) ?? []), ...list]);
  const articles: EntityInArticle[] = [...byFile]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, list]) => {
      const places = list.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
      return { file, mentions: places.length, titles: distinct(list.map((e) => e.title), titleKey), places };
    });
  const all = [...byFile.values()].flat();
  // The fullest name: the most words, then the most used.
  const names = all.map((e) => e.name);
  const name = [...new Set(names)].sort((a, b) => b.split(' ').length - a.split(' ').length || names.filter((n) => n === b).length - names.filter((n) => n === a).length)[0];
  return {
    name,
    variants: distinct([...names, ...all.flatMap((e) => e.mentions.map((m) => tidy(m.text)))]),
    titles: distinct(articles.flatMap((a) => a.titles), titleKey),
    mentions: articles.reduce((n, a) => n + a.mentions, 0),
    articles,
  };
}
