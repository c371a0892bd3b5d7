// The packaging checks of `npm test`: `npm run package`'s .vsix is built offline, holds only
// what runs, its web bundle loads without Node, and it installs into the harness's code-server
// (--install-extension, fresh extensions dir) where the installed extension highlights an article.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildVsix } from '../lib/vsix.mjs';
import { zipEntries, zipRead } from '../lib/zipList.mjs';
import { entryJs } from './paths.mjs';
import { ensureCodeServer } from './install.mjs';
import { startCodeServer } from './server.mjs';
import { killChildren, onStopSignals } from './cleanup.mjs';
import { launchBrowser } from './browser.mjs';
import { nodeOnlyUses, evaluateInPage } from './web-smoke.mjs';
import { openFile, until, waitForWorkbench } from '../../test/browser/workbench.mjs';

const MUST_HAVE = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/analysisWorker.js', 'extension/dist/indexWorker.js', 'extension/dist/web/extension.js',
  'extension/dist/webview/quotes.js', 'extension/media/icon.png', 'extension/media/quotes.css', 'extension/samples/harbor-steel-tariffs.md',
  'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/package.nls.json', 'extension/l10n/bundle.l10n.json'];
// package.nls[.<lang>].json and l10n/bundle.l10n[.<lang>].json: the extension's words, translated or not.
const ALLOWED = /^(extension\.vsixmanifest|\[Content_Types\]\.xml|extension\/(package\.json|package\.nls(\.[\w-]+)?\.json|l10n\/bundle\.l10n(\.[\w-]+)?\.json|readme\.md|changelog\.md|LICENSE\.txt|dist\/(extension|analysisWorker|indexWorker|web\/extension|webview\/quotes)\.js|media\/.+|samples\/.+))$/;
const MAX_BYTES = 3 * 1024 * 1024;
const ARTICLE = 'editor-article.md';

/** Returns { passed, failed }; always stops the code-server and browser it started. */
export async function runVsixChecks({ repoRoot, outDir }) {
  const counts = { passed: 0, failed: 0 };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-vsix-test-'));
  const vsix = path.join(tmp, 'trade-facts.vsix');
  const ctx = { repoRoot, outDir, tmp, vsix };
  let server;
  let browser;
  const killAll = () => {
    server?.stop();
    killChildren();
  };
  const offSignals = onStopSignals(killAll);

  const check = async (name, fn) => {
    const started = Date.now();
    try {
      const note = await fn();
      counts.passed++;
      console.log(`  ✓ ${name} (${Date.now() - started}ms)${note ? `\n     ${note}` : ''}`);
      return true;
    } catch (e) {
      counts.failed++;
      console.log(`  ✗ ${name}\n     ${String(e?.stack || e).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 8).join('\n     ')}`);
      return false;
    }
  };

  console.log('\nPackaging (.vsix) and the web bundle');
  try {
    const built = await check('npm run package: a .vsix built offline with vsce --no-dependencies', () => {
      const r = buildVsix({ repoRoot, outFile: vsix });
      assert.ok(r.bytes < MAX_BYTES, `the .vsix is ${r.bytes} bytes, over ${MAX_BYTES}`);
      return `${(r.bytes / 1024).toFixed(0)} KB`;
    });
    if (!built) return counts;
    await check('the .vsix holds only what runs: bundles, media, samples, the English words (package.nls.json, l10n/), README, CHANGELOG, LICENSE', () => {
      const names = zipEntries(vsix).map((e) => e.name);
      for (const must of MUST_HAVE) assert.ok(names.includes(must), `${must} missing from the .vsix`);
      const extra = names.filter((n) => !ALLOWED.test(n) || n.endsWith('.map'));
      assert.deepEqual(extra, [], 'files in the .vsix that do not run');
      // The Marketplace reads the name and description from the manifest: vsce fills them from package.nls.json.
      const manifest = zipRead(vsix, 'extension.vsixmanifest').toString('utf8');
      assert.match(manifest, /<DisplayName>Trade Facts<\/DisplayName>/, 'the manifest names the extension in words');
      assert.doesNotMatch(manifest, /%tradeFacts\./, 'a %key% placeholder left in the manifest');
      return `${names.length} files`;
    });
    browser = await launchBrowser();
    await check('web bundle smoke test: no Node-only API, evaluates in a plain Chromium page and exports activate', async () => {
      const source = zipRead(vsix, 'extension/dist/web/extension.js').toString('utf8');
      assert.deepEqual(nodeOnlyUses(source), [], 'Node-only uses in dist/web/extension.js');
      const page = await browser.newPage();
      try {
        const exported = await evaluateInPage(page, source);
        assert.ok(exported.includes('activate') && exported.includes('deactivate'), `exports: ${exported.join(', ')}`);
      } finally {
        await page.close();
      }
    });
    const installed = await check('the .vsix installs into code-server (--install-extension, fresh extensions dir)', () => installVsix(ctx));
    if (installed) {
      server = await startCodeServer({ folder: path.join(repoRoot, 'test', 'fixtures'), logDir: outDir, extensionsDir: ctx.extensionsDir, logName: 'code-server-vsix.log' });
      await check('the installed extension (not in development mode) highlights an article and counts its facts', async () => (ctx.nodeStatus = await installedWorks({ ...ctx, browser, server })));
      server.stop();
      // "ui" makes code-server run the extension in the browser's web worker extension host: the web build.
      const webFetched = [];
      server = await startCodeServer({ folder: path.join(repoRoot, 'test', 'fixtures'), logDir: outDir, extensionsDir: ctx.extensionsDir, logName: 'code-server-web.log', settings: { 'remote.extensionKind': { [ctx.extensionId]: ['ui'] } } });
      await check('the web build (dist/web/extension.js) runs in the web worker extension host and highlights the same facts', async () => {
        const note = await installedWorks({ ...ctx, browser, server, shot: 'vsix-web-worker.png', onRequest: (url) => /dist%2Fweb%2Fextension\.js|dist\/web\/extension\.js/.test(url) && webFetched.push(url) });
        assert.ok(webFetched.length, 'the browser never loaded dist/web/extension.js: the extension did not run in the web worker host');
        if (ctx.nodeStatus) assert.equal(note, ctx.nodeStatus, 'the web build counts what the Node build counts');
        return note;
      });
    }
  } catch (e) {
    counts.failed++;
    console.log(`  ✗ packaging harness\n     ${e?.message || e}`);
  } finally {
    await Promise.race([browser?.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => {});
    killAll();
    fs.rmSync(tmp, { recursive: true, force: true });
    offSignals();
  }
  return counts;
}

function installVsix(ctx) {
  ensureCodeServer();
  ctx.extensionsDir = path.join(ctx.tmp, 'extensions');
  const r = spawnSync(process.execPath, [entryJs, '--extensions-dir', ctx.extensionsDir, '--user-data-dir', path.join(ctx.tmp, 'install-user-data'), '--install-extension', ctx.vsix], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `--install-extension failed: ${r.stdout}${r.stderr}`);
  const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(ctx.repoRoot, 'package.json'), 'utf8'));
  ctx.extensionId = `${publisher}.${name}`;
  const dir = path.join(ctx.extensionsDir, `${publisher}.${name}-${version}`);
  assert.ok(fs.existsSync(path.join(dir, 'dist', 'extension.js')), `no ${dir}/dist/extension.js after install: ${fs.readdirSync(ctx.extensionsDir).join(', ')}`);
  return path.relative(ctx.tmp, dir);
}

async function installedWorks({ browser, server, repoRoot, outDir, shot = 'vsix-installed.png', onRequest }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  if (onRequest) context.on('request', (r) => onRequest(r.url()));
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(path.join(repoRoot, 'test', 'fixtures'))}`);
    await waitForWorkbench(page);
    await openFile(page, ARTICLE);
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await until(() => editor.locator('[class*="ced-"]').count(), 'no Trade Facts highlight (ced- decoration) in the article', 60_000);
    const status = await until(async () => {
      const items = await page.locator('.statusbar-item').allInnerTexts();
      return items.find((t) => /\d+ figures/.test(t));
    }, 'no "N figures" item in the status bar', 30_000);
    assert.doesNotMatch(await page.title(), /Extension Development Host/, 'the workbench runs the installed extension, not a development one');
    return `status bar: ${status.replace(/\s+/g, ' ').trim()}`;
  } finally {
    await page.screenshot({ path: path.join(outDir, shot) }).catch(() => {});
    await context.close();
  }
}
