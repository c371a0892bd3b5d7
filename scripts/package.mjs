// `npm run package`: a production build packaged as trade-facts-VERSION.vsix (offline), then
// its size and contents. Install it with `code --install-extension trade-facts-VERSION.vsix`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVsix } from './lib/vsix.mjs';
import { zipEntries } from './lib/zipList.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

try {
  const { file, bytes, ms } = buildVsix({ repoRoot: root, outFile: path.join(root, `${name}-${version}.vsix`) });
  for (const e of zipEntries(file)) console.log(`  ${e.name.padEnd(58)} ${kb(e.size).padStart(10)}`);
  console.log(`\n${path.relative(process.cwd(), file)}: ${kb(bytes)} (${(bytes / 1024 / 1024).toFixed(2)} MB), packaged in ${(ms / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`package: ${e.message}`);
  process.exitCode = 1;
}
