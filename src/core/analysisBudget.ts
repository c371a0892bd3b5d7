/** How long one request may take before the worker is stopped: 15 s, plus 1 ms per 20 characters. */
export function analysisBudgetMs(chars: number): number {
  return 15_000 + chars / 20;
}
