/**
 * The head of an article as a desk reads it: headline, byline, dateline and date, when the text
 * has them. Trade stories open with a headline line, a "By NAME" byline, then a first paragraph
 * that starts with a dateline ("GENEVA, March 3 (Tradewire) — …").
 */
import { isCreditLine } from './quotes/credits';
import { MONTHS } from './lexicon/months';
import { rx } from './lexicon/wordList';

export interface ArticleHead {
  /** The first line when it reads as a headline (a Markdown heading, a front-matter title, or a short line before a blank line or byline). */
  headline: string;
  /** Who wrote it, as the byline says, without "By": "Mara Quill and Deo Tan". */
  byline: string;
  /** The dateline before its dash: "GENEVA, March 3 (Tradewire)". */
  dateline: string;
  /** The story's date as written: a date line of the head, a front-matter date, or the dateline's. */
  date: string;
}

/** How many lines of the head are read for a byline or date. */
const HEAD_LINES = 8;
const DATE = rx('iu')`\b(?:${MONTHS}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTHS}\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})\b`;
const DATE_LINE = rx('iu')`^(?:(?:published|updated|posted|dated)\s*:?\s*)?(?:\p{L}+day,?\s+)?(${DATE.source})\.?$`;
const DATELINE = /^((?:\p{Lu}[\p{Lu}.'’ -]+)(?:,\s*[\p{L}. ]{2,30}?)?(?:,\s*[\p{L}.]+\s+\d{1,2})?(?:\s*\([^()\n]{2,40}\))?)\s*(?:—|–|--|-)\s+\S/u;

/** The text after a dateline it opens with ("BRUSSELS — Electric cars …" → "Electric cars …"), else the text. */
export function afterDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m ? text.slice(m[0].length - 1) : text;
}

const unmark = (line: string) => line.replace(/^\s*#+\s*/, '').replace(/^[*_]+|[*_]+$/g, '').trim();

/** Reads the head of an article; fields it can't find are "". */
export function readArticleHead(text: string): ArticleHead {
  const head: ArticleHead = { headline: '', byline: '', dateline: '', date: '' };
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  const field = (name: string) => front && new RegExp(`^${name}:\\s*["']?(.+?)["']?\\s*$`, 'm').exec(front[1])?.[1];
  head.headline = field('title') ?? '';
  head.date = field('date') ?? '';
  const lines = (front ? text.slice(front[0].length) : text).split(/\r?\n/);
  const firstAt = lines.findIndex((l) => l.trim() !== '');
  if (firstAt < 0) return head;
  const first = lines[firstAt];
  const next = lines.slice(firstAt + 1).find((l) => l.trim() !== '') ?? '';
  const endsHeadline = lines[firstAt + 1] === undefined || lines[firstAt + 1].trim() === '' || isCreditLine(unmark(next));
  if (!head.headline && unmark(first).length <= 160 && (/^\s*#/.test(first) || (endsHeadline && !/[.:]$/.test(first.trim()) && !DATELINE.test(first.trim())))) head.headline = unmark(first);
  const start = head.headline && !field('title') ? firstAt + 1 : firstAt;
  let body = '';
  for (const raw of lines.slice(start, start + HEAD_LINES)) {
    const line = unmark(raw);
    if (!line) continue;
    if (!head.byline && /^by\s/i.test(line) && isCreditLine(line)) head.byline = line.replace(/^by\s+/i, '').replace(/\.$/, '');
    else if (!head.date && DATE_LINE.test(line)) head.date = DATE_LINE.exec(line)?.[1] ?? '';
    else {
      body = line;
      break;
    }
  }
  const dl = DATELINE.exec(body);
  if (dl) {
    head.dateline = dl[1].trim();
    if (!head.date) head.date = DATE.exec(head.dateline)?.[0] ?? '';
  }
  return head;
}
