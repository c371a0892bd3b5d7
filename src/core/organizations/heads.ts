import type { Tok } from '../lexicon/tokens';

/**
 * Name words by shape (the word lists live in ../lexicon/orgHeads.ts): what counts as a word of a
 * name inside a capitalized run.
 */
export { END_HEADS, FAMILY_FIRM_TAILS, OPEN_HEADS, FOREIGN_HEADS, NAME_OPENERS, PLURAL_MAKERS, AND_WORDS, ARTICLES, RUN_BREAKERS, CONNECTORS, OF_WORDS, NOT_ORGS, CUES } from '../lexicon/orgHeads';

/** An elided article opening a name word: "de l'Acier", "Côte d'Ivoire". */
export const ELIDED = /^[lLdD]['’]\p{Lu}/u;
export const isNameWord = (t: Tok | undefined): boolean => !!t && t.word && (t.cap || ELIDED.test(t.text));
