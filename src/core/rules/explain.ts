/**
 * A fact's reasons in plain words: each rule id in `because` becomes its rule's `reason`, with
 * `{field}` placeholders filled from the fact. Used by the hover card and the fact sheet.
 */
import { ruleById } from './index';

type FactLike = { because?: readonly string[] } & Record<string, unknown>;

const fill = (template: string, fact: FactLike): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = fact[k];
    return v === null || v === undefined || v === '' ? 'not stated' : String(v);
  });

/** One line per rule that decided the fact, in the order the rules were applied. */
export function reasonsOf(fact: FactLike): string[] {
  const out: string[] = [];
  for (const id of fact.because ?? []) {
    const rule = ruleById(id);
    const line = rule ? fill(rule.reason, fact) : id;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}
