// Headless Debian chromium through playwright-core, and the workbench URLs code-server takes.
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

// Without the background-networking flags chromium keeps dialing out on this closed network.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
}

/**
 * The workbench URL opening `folder`, with the extension at `devPath` loaded in development
 * mode and, when `testsPath` is given, its tests run in the extension host.
 */
export function workbenchUrl({ origin, folder, devPath, testsPath }) {
  const remote = (p) => `vscode-remote://${new URL(origin).host}${p}`;
  const payload = [['extensionDevelopmentPath', remote(devPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
