/**
 * Whom a U.S. state's officers serve: the state. "State Sen. Marisol Ybarra", "the state's Commerce
 * Secretary, Russell Boykin" serve the state the article is about (the one it names most);
 * "Senator Nathaniel Hobart of South Carolina" serves the state named after the name.
 */
import { US_STATES } from '../lexicon/regions';
import { escape, rx } from '../lexicon/wordList';

// Matched in any case, then kept only as articles write a state, capitalized ("South Carolina"; a lower-case "georgia" is no state).
const STATE_NAME = rx('giu')`(?<![\p{L}-])(?:${US_STATES})(?![\p{L}-])`;
const capitalized = (s: string): boolean => s.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));

/** The U.S. state the text names most often (capitalized, "Washington" only with "state" after it), or "". */
export function mainUSState(text: string): string {
  const counts = new Map<string, number>();
  STATE_NAME.lastIndex = 0;
  for (const m of text.matchAll(STATE_NAME)) {
    const name = m[0].replace(/\s+/g, ' ');
    if (!capitalized(name)) continue;
    // "Washington" is the capital far more often than the state.
    if (name === 'Washington' && !/^\s+state\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 7))) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [name, n] of counts) if (n > most) [best, most] = [name, n];
  return best;
}

/** A state's office: "State Sen.", "state Agriculture Secretary", "State Rep.". */
export const stateOffice = (title: string): boolean => /^state\s/i.test(title);

/** Whether the text introduces `title` as the state's own: "the state's Commerce Secretary". */
export function statesOwnTitle(text: string, title: string): boolean {
  if (!title) return false;
  const at = text.search(new RegExp(`\\b[Tt]he\\s+state['’]s\\s+${escape(title).replace(/\s+/g, '\\s+')}\\b`));
  return at >= 0;
}

/** The state named right after one of a person's mentions: "Senator Nathaniel Hobart of South Carolina", or "". */
export function stateAfterName(text: string, ends: readonly number[]): string {
  for (const end of ends) {
    const m = /^,?\s+of\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)/u.exec(text.slice(end, end + 40));
    if (m && US_STATES.has(m[1]) && capitalized(m[1])) return m[1].replace(/\s+/g, ' ');
  }
  return '';
}
