/**
 * Calendar and clock words around numbers: a number next to a month is a day, not a figure
 * ("May 5", "5 May"); a number before "a.m." or "GMT" is a time. Also the words that say which
 * period a figure is about ("in the first quarter", "last year"), so that figures of different
 * periods are not compared.
 */
import { wordList } from './wordList';

/** Month names and their abbreviations, as datelines and stories write them. */
export const MONTHS = wordList(
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
);

/** Week days and their short forms: "from Monday", "on Tue". */
export const WEEKDAYS = wordList('monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun');

/** Words after a number that make it a clock time: "10 a.m.", "9 GMT". */
export const CLOCK_WORDS = wordList('a.m.|p.m.|am|pm|gmt|est|edt|et|bst|cet|utc|o’clock|o\'clock');

/** Parts of a year a figure can be about: "the first quarter", "the first half", "Q3". */
export const PERIOD_PARTS = wordList('quarter|half|month|year|fiscal year|financial year');

/** Ordinals that name a quarter or half: "first quarter". */
export const PERIOD_ORDINALS = wordList('first|second|third|fourth|1st|2nd|3rd|4th');

/** Periods said relative to now: a figure "last year" is not a figure "this year". */
export const RELATIVE_PERIODS = wordList('last year|this year|next year|last month|this month|next month|last quarter|this quarter|next quarter');

/** The base a change is measured from, not the period a figure is about: "up 5% from a year earlier". */
export const BASE_PERIODS = wordList(
  'a year earlier|a year ago|the previous year|the year before|a month earlier|the previous month|the previous quarter|a decade ago',
);

/** Words that open a lead-in which is only a date: "From March 1:", "Effective 1 July:". */
export const DATE_LEAD_WORDS = wordList('from|effective|starting|beginning|as of|on|with effect from');
