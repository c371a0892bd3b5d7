/**
 * Currencies as trade reporting writes them: a symbol or code before the number ("$", "C$", "£",
 * "Sh", "Rs") or a currency word after it ("30 billion yuan", "4.56 trillion yen").
 */

/** Symbols and codes written before the number, longest first; `null` means "decide by context" (¥). */
const PREFIXES: Array<[string, string | null]> = [
  ['U.S.$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['CA$', 'CAD'], ['Can$', 'CAD'], ['C$', 'CAD'], ['CAD', 'CAD'],
  ['AU$', 'AUD'], ['A$', 'AUD'], ['AUD', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['Mex$', 'MXN'], ['MX$', 'MXN'], ['NT$', 'TWD'], ['$', 'USD'], ['£', 'GBP'], ['GBP', 'GBP'], ['€', 'EUR'], ['EUR', 'EUR'],
  ['¥', null], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['Rmb', 'CNY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['INR', 'INR'], ['₩', 'KRW'], ['KRW', 'KRW'], ['KSh', 'KES'], ['Ksh', 'KES'], ['Sh', 'KES'], ['KES', 'KES'],
  ['SFr.', 'CHF'], ['SFr', 'CHF'], ['Sfr', 'CHF'], ['CHF', 'CHF'], ['₽', 'RUB'], ['₺', 'TRY'], ['₫', 'VND'], ['R', 'ZAR'],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Anchored at the end of the text before a number: "US$" in "US$5", "Sh" in "Sh60.5" (not "Ship"),
// optionally one space ("Rs 500", "CHF 2 billion"). Letter codes must stand alone as a word.
const PREFIX_RE = new RegExp(
  `(?:^|(?<=[^\\p{L}\\p{N}]))(${PREFIXES.map(([p]) => escape(p)).join('|')})(\\s?)$`,
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
  if (space && /^(?:R|Sh|KSh|Ksh)$/.test(sym)) return null;
  const code = PREFIXES.find(([p]) => p === sym)?.[1];
  return { length: sym.length + space.length, code: code ?? '' };
}

/** Currency words after a number, with the ISO code. Demonym-qualified dollars first. */
const WORDS: Array<[RegExp, string]> = [
  [/^(?:U\.S\.|US|American) dollars?\b/, 'USD'],
  [/^Canadian dollars?\b/, 'CAD'],
  [/^Australian dollars?\b/, 'AUD'],
  [/^New Zealand dollars?\b/, 'NZD'],
  [/^Hong Kong dollars?\b/, 'HKD'],
  [/^Singapore dollars?\b/, 'SGD'],
  [/^Taiwan(?:ese)? dollars?\b/, 'TWD'],
  [/^dollars?\b/, 'USD'],
  [/^(?:yuan|renminbi)\b/i, 'CNY'],
  [/^yen\b/i, 'JPY'],
  [/^euros?\b/i, 'EUR'],
  [/^pounds? sterling\b/i, 'GBP'],
  [/^sterling\b/i, 'GBP'],
  [/^(?:Swiss )?francs?\b/, 'CHF'],
  [/^rupees?\b/i, 'INR'],
  [/^won\b/, 'KRW'],
  [/^(?:Mexican )?pesos?\b/, 'MXN'],
  [/^reais\b|^reals?\b/, 'BRL'],
  [/^(?:rubles?|roubles?)\b/, 'RUB'],
  [/^rand\b/, 'ZAR'],
  [/^ringgit\b/, 'MYR'],
  [/^baht\b/, 'THB'],
  [/^dong\b/, 'VND'],
  [/^(?:Turkish )?lira\b/, 'TRY'],
  [/^(?:Kenyan )?shillings?\b/, 'KES'],
  [/^dirhams?\b/, 'AED'],
  [/^riyals?\b/, 'SAR'],
];

/** The currency word at the start of `after` (text right after a number and its multiplier, spaces trimmed). */
export function currencyAfter(after: string): { code: string; length: number } | null {
  for (const [re, code] of WORDS) {
    const m = re.exec(after);
    if (m) return { code, length: m[0].length };
  }
  return null;
}

const CHINA_CONTEXT = /\b(?:yuan|renminbi|RMB|China|Chinese|Beijing)\b/;
const JAPAN_CONTEXT = /\b(?:yen|Japan|Japanese|Tokyo)\b/;

/** ¥ is yen or yuan: the paragraph decides; yen when it can't. */
export function yenOrYuan(paragraph: string): string {
  return CHINA_CONTEXT.test(paragraph) && !JAPAN_CONTEXT.test(paragraph) ? 'CNY' : 'JPY';
}
