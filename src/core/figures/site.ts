/** Where a numeral sits, as the figure rules read it (see notFigures.ts and rules.ts). */
import type { CurrencyPrefix } from './currency';
import type { Multiplier, PercentUnit } from './reading';

export interface NumeralSite {
  /** Text before the numeral (up to 40 characters of its paragraph), currency sign included. */
  before: string;
  /** Text after the numeral and any multiplier or percent unit already read (40 characters). */
  after: string;
  /** The numeral as written ("2024", "1,000", "4.56"). */
  digits: string;
  /** True when a currency, percent or multiplier is attached: then it is a quantity, whatever its shape. */
  hasUnit: boolean;
  /** True when the numeral is the first word of its sentence (or sits in a headline). */
  sentenceStart: boolean;
  /** The currency sign or code before the number ("$", "C$", "Rs"). */
  prefix: CurrencyPrefix | null;
  /** "billion", "bn", "m" after the number. */
  multiplier: Multiplier | null;
  /** "%", "percent", "percentage points", "bp" after the number. */
  percent: { unit: PercentUnit; length: number } | null;
  /** The unit of a range's far end: the bare "5" of "5 to 10 percent". */
  rangeUnit: PercentUnit | null;
  /** The multiplier at a range's far end: "billion" for the "$40" of "$40-50 billion". */
  rangeMultiplier: Multiplier | null;
  /** The currency sign of a range's near end: "$" for the "50 billion" of "$40-50 billion". */
  rangeCurrency: CurrencyPrefix | null;
  /** A currency word after the number ("yuan", "Canadian dollars"). */
  currencyWord: { code: string; length: number } | null;
  /** The whole paragraph (for ¥: yen or yuan). */
  paragraph: string;
  /** The text right after the figure's span, for the counted noun (60 characters). */
  rest: string;
}
