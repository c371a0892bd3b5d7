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

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** One entity of the beat from the articles of the keys grouped under it. Linear in its mentions: a minister named in 500 stories is rebuilt on each save of one. */
export function beatEntity(files: Array<Map<string, DigestEntity[]>>): BeatEntity {
  const unsorted = new Map<string, DigestEntity[]>();
  for (const m of files) {
    for (const [file, list] of m) {
      const known = unsorted.get(file);
      if (known) known.push(...list);
      else unsorted.set(file, [...list]);
    }
  }
  // In file order, so the same articles give the same entity whatever order they were indexed in.
  const byFile = [...unsorted].sort(byName);
  const nameCounts = new Map<string, number>();
  const forms = new Set<string>();
  const articles: EntityInArticle[] = byFile.map(([file, list]) => {
    for (const e of list) {
      nameCounts.set(e.name, (nameCounts.get(e.name) ?? 0) + 1);
      for (const m of e.mentions) forms.add(m.text);
    }
    const places = list.length === 1 ? list[0].mentions : list.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    return { file, mentions: places.length, titles: distinct(list.map((e) => e.title), titleKey), places };
  });
  // The fullest name: the most words, then the most used.
  const words = (n: string) => n.split(' ').length;
  const name = [...nameCounts].sort(([a, x], [b, y]) => words(b) - words(a) || y - x)[0][0];
  return {
    name,
    variants: distinct([...nameCounts.keys(), ...[...forms].map(tidy)]),
    titles: distinct(articles.flatMap((a) => a.titles), titleKey),
    mentions: articles.reduce((n, a) => n + a.mentions, 0),
    articles,
  };
}
