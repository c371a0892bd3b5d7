// The Debian packages code-server and the browser checks need, checked before anything slow.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './paths.mjs';

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** Returns the missing Debian package names (empty when all is there). */
export function missingPackages() {
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  if (!onPath('rg')) missing.push('ripgrep');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  return missing;
}

/** Throws one clear line naming what to install. */
export function assertPrereqs() {
  const missing = missingPackages();
  if (missing.length) {
    throw new Error(
      `missing Debian packages (${missing.join(', ')}): run apt-get install -y chromium ripgrep libkrb5-dev`,
    );
  }
}
