/**
 * Currencies as trade reporting writes them: a symbol or code before the number ("$", "C$", "£",
 * "Sh", "Rs") or a currency word after it ("30 billion yuan", "4.56 trillion yen"). The words and
 * codes live in ../lexicon/currencies.ts.
 */
import { CHINA_WORDS, CURRENCY_PREFIXES, CURRENCY_WORDS, JAPAN_WORDS, LOWER_CASE_ONLY_CURRENCIES, SPACED_LETTER_PREFIXES } from '../lexicon/currencies';
import { rx, escape } from '../lexicon/wordList';


// Anchored at the end of the text before a number: "US$" in "US$5", "Sh" in "Sh60.5" (not "Ship"),
// optionally one space ("Rs 500", "CHF 2 billion"). Letter codes must stand alone as a word.
const PREFIX_RE = new RegExp(
  `(?:^|(?<=[^\\p{L}\\p{N}]))(${CURRENCY_PREFIXES.map(([p]) => escape(p)).join('|')})(\\s?)$`,
  'u',
);

export interface CurrencyPrefix {
  /** Characters of the prefix (and a space after it) before the number. */
  length: number;
  /** ISO code; "" when only the paragraph can tell (¥). */
  code: string;
}

/** The currency symbol or code that ends `before` (the text just left of a number), if any. */
export function currencyBefore(before: string): CurrencyPrefix | null {
  const m = PREFIX_RE.exec(before.slice(-8));
  if (!m) return null;
  const [sym, space] = [m[1], m[2]];
  // A lone "R" or "Sh" before a spaced number is a letter, not a currency ("Section R 5").
  if (space && SPACED_LETTER_PREFIXES.has(sym)) return null;
  const code = CURRENCY_PREFIXES.find(([p]) => p === sym)?.[1];
  return { length: sym.length + space.length, code: code ?? '' };
}

const WORD_RES = CURRENCY_WORDS.map(([list, code]) => [rx('iu')`^${list}(?![\p{L}])`, code] as const);

/** The currency word at the start of `after` (text right after a number and its multiplier, spaces trimmed). */
export function currencyAfter(after: string): { code: string; length: number } | null {
  for (const [re, code] of WORD_RES) {
    const m = re.exec(after);
    if (!m) continue;
    // "Won", "Real", "Rand" capitalized are words or names, not currencies.
    if (LOWER_CASE_ONLY_CURRENCIES.has(m[0]) && m[0] !== m[0].toLowerCase()) return null;
    return { code, length: m[0].length };
  }
  return null;
}

const CHINA_CONTEXT = rx('i')`\b${CHINA_WORDS}\b`;
const JAPAN_CONTEXT = rx('i')`\b${JAPAN_WORDS}\b`;

/** ¥ is yen or yuan: the paragraph decides; yen when it can't. */
export function yenOrYuan(paragraph: string): string {
  return CHINA_CONTEXT.test(paragraph) && !JAPAN_CONTEXT.test(paragraph) ? 'CNY' : 'JPY';
}
