/**
 * An interview's editor's note: "Her answers have been lightly edited.", "This interview has been
 * condensed for clarity." The quoted paragraphs after it that name no speaker are the interviewee's.
 */
import { ANSWER_NOUNS } from '../lexicon/speechVerbs';
import { BE_FORMS } from '../lexicon/tariffWords';
import { rx } from '../lexicon/wordList';

export const INTERVIEW_NOTE = rx('iu')`(?<![\p{L}-])(?:(?:his|her|their|the)\s+${ANSWER_NOUNS}|(?:this|the)\s+interview)\s+(?:(?:have|has)\s+been|${BE_FORMS})\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed)`;
