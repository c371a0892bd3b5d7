// Reads and prints the JSON results file test/integration/index.ts writes.
import fs from 'node:fs';

/** Spec-style lines for each test, then each failure's error. */
export function printResults(r) {
  for (const t of r.tests) console.log(`  ${t.state === 'passed' ? '✓' : '✗'} ${t.title}${t.durationMs > 75 ? ` (${t.durationMs}ms)` : ''}`);
  r.failures.forEach((f, i) => console.log(`\n  ${i + 1}) ${f.title}\n     ${f.error.split('\n').slice(0, 8).join('\n     ')}`));
}

/** The results, or a description of why there are none usable (missing, unreadable, zero tests). */
export function readResults(file) {
  if (!fs.existsSync(file)) return { error: `no results file ${file}: the suite did not run to the end` };
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!r.total) return { results: r, error: 'the integration suite ran no tests' };
    return { results: r };
  } catch (e) {
    return { error: `unreadable results file ${file}: ${e.message}` };
  }
}
