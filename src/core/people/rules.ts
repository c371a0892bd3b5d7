/** The person decisions as rule records (see ../rules/rule.ts); registered in ../rules/index.ts. */
import type { Rule } from '../rules/rule';
import { NAME_OPENERS, PERSON_EVIDENCE, TITLE_WITH_NAME } from './nameRules';
import { AFFILIATION_BEFORE_TITLE } from './affiliationRules';
import { ROLE_AFTER_RULES, ROLE_BODY_RULES } from './roles';
import { CONTEXT_RULES } from './context';
import { ARTICLE_RULES } from './article';
import { DESCRIBED_SPEAKER_RULES } from './describedSpeaker';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const peopleRules: readonly Rule<any, any>[] = [
  ...NAME_OPENERS,
  ...PERSON_EVIDENCE,
  ...TITLE_WITH_NAME,
  ...ROLE_AFTER_RULES,
  ...ROLE_BODY_RULES,
  ...AFFILIATION_BEFORE_TITLE,
  ...CONTEXT_RULES,
  ...ARTICLE_RULES,
  ...DESCRIBED_SPEAKER_RULES,
];
