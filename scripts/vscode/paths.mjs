// Where the harness keeps code-server (outside the repo) and what version it pins.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const cacheDir =
  process.env.TRADE_FACTS_VSCODE_CACHE ||
  path.join(os.homedir(), '.cache', 'trade-facts', `code-server-${CODE_SERVER_VERSION}`);

/** Written last by the installer: a folder without it is a half install and is redone. */
export const stampFile = path.join(cacheDir, '.trade-facts-install-complete');
export const codeServerDir = path.join(cacheDir, 'node_modules', 'code-server');
export const entryJs = path.join(codeServerDir, 'out', 'node', 'entry.js');
export const chromiumPath = process.env.TRADE_FACTS_CHROMIUM || '/usr/bin/chromium';
