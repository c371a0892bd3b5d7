/**
 * An interview's editor's note: "Her answers have been lightly edited.", "This interview has been
 * condensed for clarity." The quoted paragraphs after it that name no speaker are the interviewee's.
 */
import { ANSWER_NOUNS } from '../lexicon/speechVerbs';
import { BE_FORMS } from '../lexicon/tariffWords';
import { rx } from '../lexicon/wordList';

export const INTERVIEW_NOTE = rx('iu')`(?<![\p{L}-])(?:(?:his|her|their|the)\s+${ANSWER_NOUNS}|(?:this|the)\s+interview)\s+(?:(?:have|has)\s+been|${BE_FORMS})\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed)`;

/** What every note ends with: a text without it holds none. */
const NOTE_END = /edited|condensed/iu;

/**
 * The first note in `text`, or null. Asked of the whole article at every keystroke: a text that holds
 * neither word is answered without INTERVIEW_NOTE, whose check for its words (before its regex is
 * made) lowercases a copy of the article (120 KB of a 10,000-word one's 3 MB per keystroke).
 */
export function interviewNote(text: string): RegExpExecArray | null {
  return NOTE_END.test(text) ? INTERVIEW_NOTE.exec(text) : null;
}
