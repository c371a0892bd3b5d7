/**
 * The role a story gives a person beside their name ("Omar Haddad, a grain importer,"; "Fatima
 * Benali, an economist at the central bank,"; "wheat farmer Jan Kowal"), so that a later "the
 * importer said" finds them, and whether a description can be the "he" or "she" of a quote.
 */
import { APPOSITION_OPENERS, GENERIC_ORG, ORG_HEAD, PERSON_ROLE } from '../lexicon/speechVerbs';
import { rx } from '../lexicon/wordList';
import { memoize } from '../memo';

/** ", a grain importer in Tripoli," / ", who runs a grain import firm," right after a name. */
const APPOSITION = rx('iu')`^\s*,\s+(${APPOSITION_OPENERS}\s[^,.;:()“”"]{1,90})`;
/** Lower-case words just before a name: "wheat farmer Jan Kowal", "economist Fatima Benali". */
const LEADING_ROLE = /((?:[\p{Ll}-]+\s+){1,3})$/u;
const WORD = /[\p{L}-]+/gu;

/** Lower-case words that describe the person at the mention [start, end). */
export function roleWordsAt(text: string, start: number, end: number): string[] {
  return rolesAround(`${text.slice(Math.max(0, start - 40), start)}\u0000${text.slice(end, end + 100)}`);
}

/** The role words in "…40 characters before\u0000100 after…" a name; remembered, as re-linking asks on every keystroke. */
const rolesAround = memoize((around: string): string[] => {
  const cut = around.indexOf('\u0000');
  const after = APPOSITION.exec(around.slice(cut + 1))?.[1] ?? '';
  const before = LEADING_ROLE.exec(around.slice(0, cut))?.[1] ?? '';
  return `${before} ${after}`.toLowerCase().match(WORD) ?? [];
});

/** "importer" → "import", "trader"/"trades" → "trad": the stem a role shares with its trade ("a grain import firm", "who trades soy"). */
function stem(word: string): string {
  return word.replace(/(?:[eo]rs?|ists?|e?s|e)$/, '');
}

/** Whether one of the role words names the role `head` ("importer" in "a grain importer", or "import firm"). */
export function sharesRole(head: string, words: string[]): boolean {
  const s = stem(head);
  return words.some((w) => w === head || (s.length >= 4 && stem(w) === s));
}

const PLURAL_ROLE = /(?:s|people)$/;

/**
 * Whether a description is one unnamed person who may be "he" or "she" next ("a government source",
 * "the farmer"), not several ("traders", "officials") nor a body ("the government", "the ministry").
 */
export function isOnePerson(description: string): boolean {
  const words = description.toLowerCase().replace(/['’]s\b/g, '').match(WORD) ?? [];
  const head = words[words.length - 1];
  if (!head || ORG_HEAD.has(head) || GENERIC_ORG.has(head) || head === 'industry') return false;
  if (PLURAL_ROLE.test(head) && !PERSON_ROLE.has(head)) return false;
  return true;
}
