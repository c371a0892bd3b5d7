import type { Rule } from '../rules/rule';
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const figureCheckRules: readonly Rule<any, any>[] = [];
