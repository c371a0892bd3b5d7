// Loads test/browser/*.check.mjs (in name order) and runs their checks against a workbench page,
// with a screenshot after each check in outDir. A check file exports `checks`:
//   [{ name, run: async (ctx) => {...} }]. A check marked `pending` counts as failed: nothing is skipped.
// ctx: { page, repoRoot, fixturesDir, state (shared between checks), shot(label) }.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function runBrowserChecks({ page, repoRoot, outDir }) {
  const dir = path.join(repoRoot, 'test', 'browser');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.check.mjs')).sort() : [];
  const counts = { passed: 0, failed: 0, pending: 0 };
  const failures = [];
  let n = 0;
  const ctx = { page, repoRoot, fixturesDir: path.join(repoRoot, 'test', 'fixtures'), state: {} };

  for (const file of files) {
    const { checks } = await import(pathToFileURL(path.join(dir, file)).href);
    console.log(`  ${file.replace(/\.check\.mjs$/, '')}`);
    for (const check of checks) {
      if (check.pending) {
        counts.failed++;
        failures.push({ title: `${file} ${check.name}`, error: `left pending (${check.pending}): a check must run` });
        console.log(`    ✗ ${check.name} (pending: ${check.pending})`);
        continue;
      }
      n++;
      const base = `browser-${String(n).padStart(2, '0')}-${check.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 60)}`;
      const shot = path.join(outDir, `${base}.png`);
      // ctx.shot('label') saves a screenshot mid-check; one is always taken after the check.
      ctx.shot = (label) => page.screenshot({ path: path.join(outDir, `${base}--${label}.png`) });
      const started = Date.now();
      try {
        await check.run(ctx);
        counts.passed++;
        console.log(`    ✓ ${check.name} (${Date.now() - started}ms)`);
      } catch (e) {
        counts.failed++;
        // playwright's call logs carry terminal colour codes
        failures.push({ title: `${file} ${check.name}`, error: (e?.stack || String(e)).replace(/\x1b\[[0-9;]*m/g, ''), shot });
        console.log(`    ✗ ${check.name}`);
      }
      await page.screenshot({ path: shot }).catch(() => {});
    }
  }
  if (n === 0) {
    counts.failed++;
    failures.push({ title: 'browser checks', error: `no checks found in ${dir}`, shot: '' });
  }
  failures.forEach((f, i) => console.log(`\n  ${i + 1}) ${f.title}\n     ${f.error.split('\n').slice(0, 6).join('\n     ')}${f.shot ? `\n     screenshot: ${path.relative(repoRoot, f.shot)}` : ''}`));
  return counts;
}
