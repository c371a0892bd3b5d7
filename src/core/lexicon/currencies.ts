/**
 * Currencies as trade reporting writes them: a symbol or code before the number ("$", "C$", "£",
 * "Sh", "Rs") or a currency word after it ("30 billion yuan", "4.56 trillion yen"), with the ISO
 * code each stands for. Demonym-qualified dollars come before the bare word.
 */
import { wordList, type WordList } from './wordList';

/** Symbols and codes written before the number, longest first; `null` means "decide by context" (¥). */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string | null]> = [
  ['U.S.$', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['CA$', 'CAD'], ['Can$', 'CAD'], ['C$', 'CAD'], ['CAD', 'CAD'],
  ['AU$', 'AUD'], ['A$', 'AUD'], ['AUD', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['Mex$', 'MXN'], ['MX$', 'MXN'], ['NT$', 'TWD'], ['$', 'USD'], ['£', 'GBP'], ['GBP', 'GBP'], ['€', 'EUR'], ['EUR', 'EUR'],
  ['¥', null], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['Rmb', 'CNY'], ['₹', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
  ['INR', 'INR'], ['₩', 'KRW'], ['KRW', 'KRW'], ['KSh', 'KES'], ['Ksh', 'KES'], ['Sh', 'KES'], ['KES', 'KES'],
  ['SFr.', 'CHF'], ['SFr', 'CHF'], ['Sfr', 'CHF'], ['CHF', 'CHF'], ['₽', 'RUB'], ['₺', 'TRY'], ['₫', 'VND'], ['R', 'ZAR'],
];

/** Letter prefixes that, before a spaced number, are more likely a letter than a currency ("Section R 5"). */
export const SPACED_LETTER_PREFIXES = wordList('r|sh|ksh');

/** Currency words after a number, each list with its ISO code; checked in this order. */
export const CURRENCY_WORDS: ReadonlyArray<readonly [WordList, string]> = [
  [wordList('u.s. dollar|u.s. dollars|us dollar|us dollars|american dollar|american dollars'), 'USD'],
  [wordList('canadian dollar|canadian dollars'), 'CAD'],
  [wordList('australian dollar|australian dollars'), 'AUD'],
  [wordList('new zealand dollar|new zealand dollars'), 'NZD'],
  [wordList('hong kong dollar|hong kong dollars'), 'HKD'],
  [wordList('singapore dollar|singapore dollars'), 'SGD'],
  [wordList('taiwan dollar|taiwan dollars|taiwanese dollar|taiwanese dollars'), 'TWD'],
  [wordList('u.s. dlrs|us dlrs|dlrs|dlr'), 'USD'],
  [wordList('dollar|dollars'), 'USD'],
  [wordList('yuan|renminbi'), 'CNY'],
  [wordList('yen'), 'JPY'],
  [wordList('euro|euros'), 'EUR'],
  [wordList('pound sterling|pounds sterling|sterling'), 'GBP'],
  [wordList('swiss franc|swiss francs|franc|francs'), 'CHF'],
  [wordList('rupee|rupees'), 'INR'],
  [wordList('won'), 'KRW'],
  [wordList('mexican peso|mexican pesos|peso|pesos'), 'MXN'],
  [wordList('reais|reals'), 'BRL'],
  [wordList('ruble|rubles|rouble|roubles'), 'RUB'],
  [wordList('rand'), 'ZAR'],
  [wordList('ringgit'), 'MYR'],
  [wordList('baht'), 'THB'],
  [wordList('dong'), 'VND'],
  [wordList('turkish lira|lira'), 'TRY'],
  [wordList('kenyan shilling|kenyan shillings|shilling|shillings'), 'KES'],
  [wordList('dirham|dirhams'), 'AED'],
  [wordList('riyal|riyals'), 'SAR'],
];

/** Currency words that are also ordinary words or names, so only their lower-case form counts. */
export const LOWER_CASE_ONLY_CURRENCIES = wordList('dollar|dollars|won|reals|reais|rand|dong|franc|francs|peso|pesos|lira');

/** Words that make "¥" the yuan: the paragraph is about China. */
export const CHINA_WORDS = wordList('yuan|renminbi|rmb|china|chinese|beijing');
/** Words that keep "¥" the yen. */
export const JAPAN_WORDS = wordList('yen|japan|japanese|tokyo');
