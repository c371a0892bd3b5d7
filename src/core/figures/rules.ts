/** The figure decisions as rule records (see ../rules/rule.ts); registered in ../rules/index.ts. */
import type { Rule } from '../rules/rule';
import { figureIsRules, figureKindRules, figureValueRules } from './kinds';
import { figureCheckRules } from './checkRules';

// Why a number is a figure, its kind and unit, how its value was read, and the checks on it.
// The rules that drop a number (a year, a date, a label) are in ./notFigures.ts: no fact carries them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const figureRules: readonly Rule<any, any>[] = [...figureIsRules, ...figureKindRules, ...figureValueRules, ...figureCheckRules];
