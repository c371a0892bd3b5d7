// Runs the integration suite inside code-server's extension host, then the browser checks,
// in one code-server session. Always stops code-server's process group and the browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_VERSION } from './paths.mjs';
import { ensureCodeServer } from './install.mjs';
import { descendants, startCodeServer } from './server.mjs';
import { launchBrowser, workbenchUrl } from './browser.mjs';
import { runBrowserChecks } from './browser-checks.mjs';
import { printResults, readResults } from './results.mjs';

const RESULTS_TIMEOUT_MS = Number(process.env.TRADE_FACTS_INTEGRATION_TIMEOUT_MS || 240_000);

/** Waits for the results file; the extension host's exit says nothing about failures. */
async function waitForFile(file, ms, page) {
  const until = Date.now() + ms;
  while (!fs.existsSync(file)) {
    if (Date.now() > until) throw new Error(`no results file ${file} after ${ms / 1000} s`);
    if (page.isClosed()) throw new Error('the workbench page closed before writing results');
    await new Promise((r) => setTimeout(r, 250));
  }
  await new Promise((r) => setTimeout(r, 200)); // let a write in progress finish
}

/** Returns { integration: {passed, failed}, browser: {passed, failed} }. */
export async function runVSCodeSuites({ repoRoot, outDir, skipBrowser = false }) {
  const counts = { integration: { passed: 0, failed: 0 }, browser: { passed: 0, failed: 0 } };
  const fail = (suite, title, err) => {
    counts[suite].failed++;
    console.log(`  ✗ ${title}\n     ${String(err?.message || err).split('\n').join('\n     ')}`);
  };
  fs.mkdirSync(outDir, { recursive: true });
  // Screenshots of this run only (other files there may belong to other tools).
  for (const f of fs.readdirSync(outDir)) if (/^(browser-.*|integration-timeout)\.png$/.test(f)) fs.rmSync(path.join(outDir, f));
  const folder = path.join(repoRoot, 'test', 'fixtures');
  const testsPath = path.join(repoRoot, 'dist', 'test', 'integration', 'index.js');
  // A results file of this run's own, so two runs in one checkout can't read each other's;
  // the env reaches code-server's extension host (seen: results.resultsVia === 'env').
  const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-results-'));
  const resultsFile = path.join(resultsDir, 'results.json');

  let server;
  let browser;
  // Synchronous, so signal handlers can use it: stops code-server's group, then whatever else
  // this process started (chromium and its helpers) by pid.
  const killAll = () => {
    server?.stop();
    for (const pid of descendants(process.pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  };
  const onSignal = (sig) => {
    killAll();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  try {
    console.log('\nIntegration tests (VS Code in code-server)');
    const t0 = Date.now();
    if (ensureCodeServer()) console.log(`  (installed code-server in ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    server = await startCodeServer({ folder, logDir: outDir, env: { TRADE_FACTS_TEST_RESULTS: resultsFile } });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const consoleLog = fs.createWriteStream(path.join(outDir, 'browser-console.log'));
    context.on('page', (p) => p.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`)));

    const testPage = await context.newPage();
    await testPage.goto(workbenchUrl({ origin: server.origin, folder, devPath: repoRoot, testsPath }));
    try {
      await waitForFile(resultsFile, RESULTS_TIMEOUT_MS, testPage);
      const { results: r, error } = readResults(resultsFile);
      if (r) {
        console.log(`  VS Code ${r.vscodeVersion} (code-server ${CODE_SERVER_VERSION})`);
        printResults(r);
        counts.integration.passed += r.passed;
        counts.integration.failed += r.failed;
      }
      if (error) fail('integration', 'integration suite', error);
    } catch (e) {
      await testPage.screenshot({ path: path.join(outDir, 'integration-timeout.png') }).catch(() => {});
      fail('integration', 'integration suite', e);
    }
    await testPage.close();

    if (!skipBrowser) {
      console.log('\nBrowser checks (the workbench driven as a person would)');
      const page = await context.newPage();
      await page.goto(workbenchUrl({ origin: server.origin, folder, devPath: repoRoot }));
      const b = await runBrowserChecks({ page, repoRoot, outDir });
      counts.browser.passed += b.passed;
      counts.browser.failed += b.failed;
    }
    await context.close();
  } catch (e) {
    fail(counts.integration.passed + counts.integration.failed ? 'browser' : 'integration', 'VS Code harness', e);
  } finally {
    await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => {});
    killAll();
    fs.rmSync(resultsDir, { recursive: true, force: true });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    if (server) console.log(`  (code-server log: ${path.relative(repoRoot, server.logFile)})`);
  }
  return counts;
}
