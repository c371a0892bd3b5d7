/** One-to-one pairing of ledger entries with facts by a score, deterministic and greedy. */

export interface Candidate {
  entry: number;
  fact: number;
  score: number;
}

export interface PairOptions {
  /** A tie between an entry's two best facts (or a fact's two best entries) leaves both unpaired. */
  refuseTies: boolean;
}

/**
 * Pairs the best-scoring candidates first (ties broken by entry, then fact order), each entry and
 * fact at most once. Returns the fact index for each entry index paired.
 */
export function pairUp(candidates: Candidate[], options: PairOptions): Map<number, number> {
  let usable = candidates;
  if (options.refuseTies) {
    const tied = new Set<string>();
    const best = new Map<string, number[]>();
    for (const c of candidates) {
      for (const side of [`e${c.entry}`, `f${c.fact}`]) {
        const top = best.get(side) ?? [];
        top.push(c.score);
        best.set(side, top);
      }
    }
    for (const [side, scores] of best) {
      scores.sort((a, b) => b - a);
      if (scores.length > 1 && scores[0] === scores[1]) tied.add(side);
    }
    usable = candidates.filter((c) => !tied.has(`e${c.entry}`) && !tied.has(`f${c.fact}`));
  }
  const sorted = [...usable].sort((a, b) => b.score - a.score || a.entry - b.entry || a.fact - b.fact);
  const paired = new Map<number, number>();
  const factTaken = new Set<number>();
  for (const c of sorted) {
    if (paired.has(c.entry) || factTaken.has(c.fact)) continue;
    paired.set(c.entry, c.fact);
    factTaken.add(c.fact);
  }
  return paired;
}
