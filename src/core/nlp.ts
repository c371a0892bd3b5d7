import type nlpType from 'compromise';
import { extendLexicon } from './lexicon';

/** A compromise document (its typings are loose; we keep them at this one edge). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NlpDoc = any;

let instance: typeof nlpType | undefined;

/**
 * The compromise instance with Trade Facts' lexicon and rules, loaded on first use only: building
 * its model costs about 250 ms, and the extractors read compromise's names from the lexicon
 * (lexicon/personNames.ts) rather than running its tagger, so an analysis need not pay for it.
 */
export function getNlp(): typeof nlpType {
  if (!instance) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    instance = require('compromise') as typeof nlpType;
    extendLexicon(instance);
  }
  return instance;
}
