// Packages the extension as a .vsix with @vscode/vsce, offline: a production build (everything
// bundled, so --no-dependencies) in a staging copy of the repo, so the working dist/ (with
// sourcemaps, used by the tests) is left alone. .vscodeignore alone decides what goes in.
// Shared by `npm run package` (scripts/package.mjs) and the packaging test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

// Never copied into the stage: built again there, or not the project's files.
const SKIP = new Set(['.git', 'node_modules', 'dist', 'out', 'test-results', '.vscode-test', '.cache']);

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} failed (exit ${r.status}):\n${`${r.stdout}${r.stderr}${r.error ?? ''}`.trim()}`);
  return r.stdout;
}

/** Builds `outFile`; returns { file, bytes, ms, vsceOutput }. */
export function buildVsix({ repoRoot, outFile }) {
  const started = Date.now();
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-vsix-'));
  try {
    fs.cpSync(repoRoot, stage, {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(repoRoot, src);
        return !SKIP.has(rel.split(path.sep)[0]) && !rel.endsWith('.vsix');
      },
    });
    run(process.execPath, ['esbuild.mjs', '--production', '--outdir', path.join(stage, 'dist')], repoRoot);
    const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true }); // vsce does not make it
    // No public repository exists yet, so none is claimed in package.json: --allow-missing-repository.
    // README images stay relative (they are in the .vsix, under media/screenshots/).
    const vsceOutput = run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', path.resolve(outFile)], stage);
    return { file: path.resolve(outFile), bytes: fs.statSync(outFile).size, ms: Date.now() - started, vsceOutput };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
