/**
 * Words the source check reads: negations and numbers whose loss or gain makes an altered quote
 * serious, the small words that say nothing about what a figure measures, and the labels at the
 * start of a transcript line that are not a speaker.
 */
import { wordList } from './wordList';

/** Negations, as single normalized tokens ("n't" is read from the end of a token: "don't", "won't"). */
export const NEGATIONS = wordList('not|never|no|none|nobody|nothing|neither|nor|nowhere|cannot|without');

/** Endings that make a token a negation: "don't", "won't", "isn't" (apostrophes normalized to '). */
export const NEGATION_ENDINGS = ["n't"];

/** Numbers written as words: a changed one changes what the quote says. */
export const NUMBER_WORDS = wordList(
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
    'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|' +
    'half|third|quarter|double|doubled|triple|tripled|dozen|dozens|percent|bn|mn',
);

/** Words that say nothing about what a figure measures (left out of a figure's context words). */
export const CONTEXT_STOP_WORDS = wordList(
  'the|a|an|and|or|but|if|of|in|on|at|to|for|by|with|from|as|into|than|that|this|these|those|it|its|is|are|was|were|be|' +
    'been|being|has|have|had|will|would|could|should|may|might|can|do|does|did|he|she|they|we|i|you|his|her|their|our|' +
    'my|your|them|us|him|me|which|who|whom|what|when|where|while|about|over|under|up|down|out|more|less|most|least|' +
    'some|any|all|each|both|per|cent|percent|billion|million|trillion|thousand|bn|mn|dollars|dollar|said|says|say|told|' +
    'according|also|just|only|nearly|almost|roughly|around|about|some|year|last|this|so|not|no|there|here|after|before|' +
    'since|then|now|new|such|other|total|totaled|totalled|reached|rose|fell|stood|was|amount|figure|value|worth',
);

/** Words before a colon at the start of a line that are headings, not speakers ("Note:", "Update: …"). */
export const NOT_SPEAKER_LABELS = wordList(
  'note|notes|update|source|sources|contact|date|time|location|subject|re|fwd|to|from|cc|attachment|summary|background|' +
    'embargo|embargoed|media|press|for|editor|editors|photo|caption|headline|title|tags|question|answer|transcript|' +
    'interview|recording|file|page|section|table|chart|figure|ends|end|http|https|www',
);

/** Honorifics and titles dropped before comparing a quote's speaker with a transcript's label. */
export const SPEAKER_HONORIFICS = wordList('mr|mrs|ms|miss|dr|prof|professor|sir|dame|minister|secretary|president|ambassador|senator|rep|gov|governor');
