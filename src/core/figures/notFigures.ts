/**
 * Numerals that are not facts to check: years, dates, times, ordinals, ages after a name, and
 * labels ("Section 301", "G20", "Boeing 737", "COVID-19"), phone numbers and numbers inside links.
 */

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH}\\.?\\s$`, 'u');
const MONTH_AFTER = new RegExp(`^\\s(?:of\\s)?${MONTH}\\b`);

/** Words that make the number after them a name or a number of a thing, not a quantity. */
const LABEL_BEFORE =
  /(?<![\p{L}])(?:Section|Sec\.|Sections|Article|Articles|Chapter|Title|Part|Rule|Clause|Annex|Schedule|No\.|Nos\.|Number|Phase|Tier|Level|Class|Model|Flight|Route|Room|Highway|Interstate|Resolution|Directive|Regulation|Proposition|Prop\.|Amendment|Form|Item|Paragraph|Vol\.|Volume|Page|Version|Boeing|Airbus|Embraer|Bombardier|iPhone|Galaxy|Windows|Pixel|Series|Type|Code|Lot|Gate|Platform|Zone|Category|Division|Unit|Pier|Terminal|Block|Heading|HS|HTS|CN|subheading|chapter|section|article|heading|tier)\s$/u;

const TRADE_LAW = /^(?:122|201|232|301|337)$/;
const TRADE_LAW_AFTER = /^\s(?:tariffs?|dut(?:y|ies)|rates?|levies|investigations?|probes?|cases?|actions?|exclusions?|measures|relief)\b/i;

/** Capitalized words that may stand before a quantity ("About 5,000", "Some 700,000"). */
const QUANTITY_LEAD = /^(?:About|Some|Nearly|Almost|Roughly|Around|Approximately|Over|Under|More|Fewer|Less|Only|Just|All|Another|The|These|Those|Its|Their|Our|His|Her|And|But|Of|In|At|By|For|With|From|To|On|Up|Down|Total|Totalling|Totaling|Top|Least|Than|Both|Each|Every|Exactly|Still|Even|Another|Those|Plus|Minus|Excluding|Including|Employs|Cut|Sets|Set|Hits|Hit|Price|Prices|Adds|Add|Lose|Loses|Lost|Slash|Slashes|Shed|Sheds|Imposes|Impose|Levies|Vows|Threatens|Raises|Lifts|Cuts|Tops|Top|Tariffs|Tariff|Duties|Duty)$/;

/** Link, e-mail and phone number stretches of a paragraph: numbers inside are not figures. */
const NOISE = /\b(?:https?:\/\/|www\.)[^\s<>"”]+|[\w.+-]+@[\w-]+\.[\w.-]+|\(?\b\d{3}\)?[\s.-]\d{3}[.-]\d{4}\b|\+\d{1,3}[\s.-]\d[\d\s.-]{6,14}\d/g;

/** [start, end) stretches of `text` whose numbers are never figures. */
export function noiseSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(NOISE)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

export interface NumeralSite {
  /** Text before the numeral (the whole paragraph up to it). */
  before: string;
  /** Text after the numeral (and any multiplier/percent the caller has already read). */
  after: string;
  /** The numeral as written ("2024", "1,000", "4.56"). */
  digits: string;
  /** True when a currency, percent or multiplier is attached: then it is a quantity, whatever its shape. */
  hasUnit: boolean;
  /** True when the numeral is the first word of its sentence. */
  sentenceStart: boolean;
}

/** True when a numeral is a year, date, time, ordinal, age or label rather than a figure. */
export function isNotFigure(site: NumeralSite): boolean {
  const { before, after, digits, hasUnit } = site;
  const prev = before.slice(-1);
  const next = after.slice(0, 1);
  // Glued to letters: "G20", "H20", "A320", "5G", "3D"; "F-35", "COVID-19" (letter, hyphen, digits).
  if (/\p{L}/u.test(prev) || /\p{L}-$/u.test(before.slice(-2))) return !hasUnit;
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true; // ordinal
  if (/^(?:s|'s|’s)\b/.test(after) && /^\d{2,4}$/.test(digits)) return true; // "1990s", "2020s"
  if (!hasUnit && /\p{L}/u.test(next)) return true; // "5G", "737MAX"
  if (/^:\d/.test(after) || /\d:$/.test(before) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|EST\b|EDT\b|ET\b|BST\b|CET\b|o['’]clock)/i.test(after)) return true;
  if (/^\/\d/.test(after) || /\d\/$/.test(before)) return true; // 3/14/2024, 24/7
  if (hasUnit) return false;
  const whole = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (whole >= 1800 && whole <= 2100 && digits.length === 4) return true; // a year
  if (whole >= 1 && whole <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return true;
  if (/^-\d{4}\b/.test(after) && whole >= 1800 && whole <= 2100) return true;
  if (LABEL_BEFORE.test(before)) return true;
  // The trade laws tariffs are named after, without "Section": "the 232 rate", "301 duties".
  if (TRADE_LAW.test(digits) && TRADE_LAW_AFTER.test(after)) return true;
  // An age in commas after a name: "Jane Doe, 64, said".
  if (whole < 120 && /\p{Lu}\p{L}+,\s$/u.test(before) && /^,/.test(after)) return true;
  // After a capitalized word inside a sentence, a bare number is a name's: "Boeing 737", "Canada 2030".
  const word = /(\p{Lu}[\p{L}&.-]*)\s$/u.exec(before.slice(-30));
  if (word && !site.sentenceStart && !QUANTITY_LEAD.test(word[1]) && !MONTH_BEFORE.test(before) && !/^\s*\(/.test(after)) {
    const beforeWord = before.slice(0, before.length - word[0].length);
    // A capitalized word that opens its sentence or a headline line is just capitalized.
    if (!/(?:^|[.!?:]["”’)]?\s+|\n\s*)$/.test(beforeWord)) return true;
  }
  return false;
}
