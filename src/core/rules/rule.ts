/**
 * Rules as data. Every decision the extractors make (is this percentage a tariff rate, who imposes
 * it, who speaks a quote, where a name ends, what a person's title is) is an ordered list of
 * records: an id, the words or roles it is anchored on, its condition, its verdict, a plain-words
 * reason for the hover card, and example and counter-example sentences that become table tests.
 * Every fact carries the ids of the rules that decided it (`because`).
 */

/** The kinds of fact a rule can decide something about. */
export type FactKind = 'figure' | 'tariff' | 'person' | 'organization' | 'quote';

/**
 * A sentence (or short paragraph) in the style of trade reporting, and what the rule must make of
 * it. `fact` names the fact by its text: the figure or rate as written ("10%"), a person's or
 * organization's name (any of its forms), or a quote's first words.
 */
export interface RuleExample {
  text: string;
  fact: string;
  /** Which occurrence of `fact` in `text` (1 = first). */
  occurrence?: number;
  /**
   * Fields the fact must have ("imposer", "target", "speaker", "title", "affiliation", "rate",
   * "previousRate", "value", "unit", "kind", …). Strings compare case-insensitively.
   */
  expect?: Record<string, string | number | boolean | null>;
}

/**
 * One rule. `when` reads the decision's own context (each decision defines its context type) and
 * returns the verdict, or null / undefined / false when the rule does not apply. Decisions try
 * their rules in order; the first that gives a verdict decides.
 */
export interface Rule<C = never, V = unknown> {
  /** Stable id, dotted by kind and decision: "tariff.imposer.possessive". */
  id: string;
  kind: FactKind;
  /** The field or question it decides: "imposer", "isTariff", "speaker", "title", "nameEnd". */
  decides: string;
  /** The words or lexicon roles it is anchored on, in words: "country + 's before the tariff word". */
  anchor: string;
  /**
   * Why, in an editor's words, for the hover card. `{field}` placeholders are filled from the fact:
   * "{imposer} owns the rate (a possessive before the tariff word)".
   */
  reason: string;
  when?: (ctx: C) => V | null | undefined | false;
  /** Rules that pass a fixed value: used when `when` returns `true`. */
  verdict?: V;
  examples: RuleExample[];
  /** Sentences where the rule must NOT decide the fact (the fact's `because` must not name it). */
  counterExamples: RuleExample[];
}

/** What a decision returns: the verdict and the id of the rule that gave it. */
export interface Decided<V> {
  value: V;
  rule: string;
}

/** Runs rules in order; the first that applies decides. */
export function decide<C, V>(rules: readonly Rule<C, V>[], ctx: C): Decided<V> | null {
  for (const r of rules) {
    if (!r.when) continue;
    const v = r.when(ctx);
    if (v === null || v === undefined || v === false) continue;
    return { value: (v === true && r.verdict !== undefined ? r.verdict : v) as V, rule: r.id };
  }
  return null;
}

/** Adds rule ids to a fact's reasons, once each, in order. */
export function withReasons<T extends { because?: string[] }>(fact: T, ...ids: (string | null | undefined | false)[]): T {
  const because = [...(fact.because ?? [])];
  for (const id of ids) if (id && !because.includes(id)) because.push(id);
  return { ...fact, because };
}
