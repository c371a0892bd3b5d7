import nlp from 'compromise';
import { extendLexicon } from './lexicon';

/** A compromise document (its typings are loose; we keep them at this one edge). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type NlpDoc = any;

let ready = false;

/** The compromise instance with Trade Facts' lexicon and rules, loaded once. */
export function getNlp(): typeof nlp {
  if (!ready) {
    extendLexicon(nlp);
    ready = true;
  }
  return nlp;
}
