import type { Speaker } from './quoteGroups';
import { INSTITUTION_HEADS } from './lexicon/speechVerbs';
import { rx } from './lexicon/wordList';

/** Words that make an affiliation an institution that takes "the": "at the Asia Society Policy Institute". */
const INSTITUTION = rx('i')`\b${INSTITUTION_HEADS}\b`;

/** Double quotes inside a quotation become single ones. */
const INNER: Record<string, string> = { '“': '‘', '”': '’', '"': "'" };

/** "the Asia Society Policy Institute", "Ford", "China": adds "the" where an institution needs it. */
export function withArticle(affiliation: string): string {
  const a = affiliation.trim();
  if (!a || /^the\s/i.test(a) || /^[A-Z0-9&.-]+$/.test(a) || !INSTITUTION.test(a)) return a;
  return `the ${a}`;
}

/** "senior fellow at the Baltic Trade Policy Forum", "Treasury secretary", "of Ford", "". */
export function describeSpeaker(s: Speaker): string {
  const title = s.title.trim();
  const affiliation = withArticle(s.affiliation);
  if (title && affiliation) return `, ${title} at ${affiliation}`;
  if (title) return `, ${title}`;
  if (affiliation) return ` of ${affiliation}`;
  return '';
}

/**
 * The quote as a sentence ready to paste into copy, in wire style:
 * `“The talks are far from over,” said Mara Lindqvist, senior fellow at the Baltic Trade Policy Forum.`
 * Inner double quotes become single ones; a closing full stop becomes the comma before "said".
 * Without a speaker only the quotation is given.
 */
export function attributionLine(quoteText: string, s: Speaker): string {
  const words = quoteText.trim().replace(/[“”"]/g, (m) => INNER[m] ?? m).replace(/\s+/g, ' ');
  if (!s.speaker) return `“${words}”`;
  const spoken = /[?!…]$/.test(words) ? words : `${words.replace(/[.,;:]+$/, '')},`;
  // An organization speaking takes "the" like any institution: "said the Ministry of Commerce".
  return `“${spoken}” said ${withArticle(s.speaker)}${describeSpeaker(s)}.`;
}
