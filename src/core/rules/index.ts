/**
 * Every rule of every decision, in one registry: the hover card explains a fact from it, and the
 * table tests are generated from its example rows. Each area registers its own lists here.
 */
import type { Rule } from './rule';
import { figureRules } from '../figures/rules';
import { tariffRules } from '../tariffs/rules';
import { peopleRules } from '../people/rules';
import { organizationRules } from '../organizations/rules';
import { quoteRules } from '../quotes/rules';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRule = Rule<any, any>;

export const RULES: readonly AnyRule[] = [...figureRules, ...tariffRules, ...peopleRules, ...organizationRules, ...quoteRules];

const BY_ID = new Map<string, AnyRule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(id);
}

export type { Rule, RuleExample, FactKind, Decided } from './rule';
export { decide, withReasons } from './rule';
