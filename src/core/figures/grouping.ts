/**
 * Digit grouping of a numeral as written. "1,000" and Indian "1,00,000" are grouped as usual;
 * "12,34" or "$1,4417" are not: a decimal comma, or a slip for "1.4417". Such a figure is kept,
 * read with the comma as a decimal point when there is one comma, and flagged by a check.
 */

export interface Reading {
  value: number;
  /** True when the commas do not group thousands (nor Indian lakhs and crores). */
  odd: boolean;
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN = /^\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?$/;

/** The value of a numeral and whether its grouping is odd. */
export function readNumeral(digits: string): Reading {
  if (!digits.includes(',') || THOUSANDS.test(digits) || INDIAN.test(digits)) return { value: Number(digits.replace(/,/g, '')), odd: false };
  const commas = digits.split(',').length - 1;
  const value = commas === 1 && !digits.includes('.') ? Number(digits.replace(',', '.')) : Number(digits.replace(/,/g, ''));
  return { value, odd: true };
}
