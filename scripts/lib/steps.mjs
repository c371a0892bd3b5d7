// The build and type-check steps of `npm test`, each counted as one test.
import { spawnSync } from 'node:child_process';

/** Runs a command quietly; prints its output only when it fails. */
export function step(title, cmd, args, cwd) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ok = r.status === 0;
  console.log(`  ${ok ? '✓' : '✗'} ${title} (${Date.now() - started}ms)`);
  if (!ok) {
    const out = `${r.stdout || ''}${r.stderr || ''}${r.error ? String(r.error) : ''}`.trim();
    console.log(out.split('\n').map((l) => `     ${l}`).join('\n'));
  }
  return ok;
}
