// `npm run eval`: scores the command line against annotated articles, Trade Facts beside plain
// compromise. Uses the scorer in ../shared/tools when it is there (a measuring aid, not a test).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const scorer = path.resolve(root, '../shared/tools/score.mjs');
if (!fs.existsSync(scorer)) {
  console.error(`eval: no scorer at ${scorer}; it ships with the team's shared folder.`);
  process.exit(2);
}
execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
const sets = [
  ['dev corpus (real articles, tuned on)', '../shared/corpus/dev', '../shared/corpus/dev/gold'],
  ['test/eval (original, tuned on)', 'test/eval/articles', 'test/eval/gold'],
  ['test/eval-holdout (original, measured once)', 'test/eval-holdout/articles', 'test/eval-holdout/gold'],
];
for (const [name, articles, gold] of sets) {
  if (!fs.existsSync(path.resolve(root, articles))) continue;
  for (const [who, cmd] of [
    ['Trade Facts', `node ${path.join(root, 'dist/cli.js')} --format json {file}`],
    ['plain compromise', `node ${path.join(root, 'bench/baselineCli.mjs')} {file}`],
  ]) {
    console.log(`\n== ${name}: ${who}`);
    const out = execFileSync(process.execPath, [scorer, '--articles', path.resolve(root, articles), '--gold', path.resolve(root, gold), '--cmd', cmd], { encoding: 'utf8' });
    console.log(out.trim().split('\n').slice(-5).join('\n'));
  }
}
