/** How the beat compares names and titles across articles: case, accents and spacing aside. */

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** One line, single spaces: names broken across lines ("Canadian Steel Producers\nAssociation") read as written. */
export const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The key an entity is filed under: "ilse marrowby" for "Ilse  Marrowby". Accents count ("Müller" is not "Muller"), so the spelling flag can name both. */
export const nameKey = (name: string): string => tidy(name).toLowerCase();

/** The last word of a name: "Marrowby". */
export const surnameOf = (name: string): string => {
  const parts = tidy(name).split(' ');
  return parts[parts.length - 1] ?? '';
};

/** A title as compared across articles: "Trade Minister" and "trade minister" are one title. */
export const titleKey = (title: string): string => fold(tidy(title)).replace(/[.,]/g, '');

/** Titles that only add words to one another ("Minister", "Trade Minister") are not different titles. */
export function titlesDiffer(a: string, b: string): boolean {
  const x = titleKey(a).split(' ');
  const y = titleKey(b).split(' ');
  const within = (p: string[], q: string[]) => p.every((w) => q.includes(w));
  return !within(x, y) && !within(y, x);
}
