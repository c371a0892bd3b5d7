import type { Anchoring } from './anchor';
import type { CheckStatus, FactKind } from './types';

/** How far the desk has got: facts by status, per kind and in all, and the orphaned marks. */
export interface CheckSummary {
  total: number;
  byStatus: Record<CheckStatus, number>;
  byKind: Record<FactKind, { total: number } & Record<CheckStatus, number>>;
  orphans: number;
}

const zero = (): Record<CheckStatus, number> => ({ unchecked: 0, verified: 0, disputed: 0, changed: 0 });

/** Counts an anchoring's checks ("Checked 12 of 20 figures" is byKind.figure: verified + disputed of total). */
export function summarizeChecks(anchoring: Anchoring): CheckSummary {
  const byStatus = zero();
  const kinds: FactKind[] = ['figure', 'tariff', 'person', 'organization', 'quote'];
  const byKind = Object.fromEntries(kinds.map((k) => [k, { total: 0, ...zero() }])) as CheckSummary['byKind'];
  anchoring.facts.forEach((f, i) => {
    const s = anchoring.checks[i].status;
    byStatus[s]++;
    byKind[f.kind][s]++;
    byKind[f.kind].total++;
  });
  return { total: anchoring.facts.length, byStatus, byKind, orphans: anchoring.orphans.length };
}
