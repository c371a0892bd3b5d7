/** The quote decisions as rule records (see ../rules/rule.ts); registered in ../rules/index.ts. */
import type { Rule } from '../rules/rule';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const quoteRules: readonly Rule<any, any>[] = [];
