// A fact-checker's marks survive a window reload: a fact marked verified (here with the command
// line, as a desk's script would) shows its check in the card after the workbench is reloaded.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openFile, until } from './workbench.mjs';

const ARTICLE = 'editor-article.md';
const FIGURE = '$295.4 billion';

export const checks = [
  {
    name: 'a mark in the check ledger shows in the card after the window is reloaded',
    async run({ page, repoRoot, fixturesDir, shot }) {
      const ledgerDir = path.join(fixturesDir, '.trade-facts');
      try {
        const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'mark', path.join(fixturesDir, ARTICLE), '--fact', FIGURE, '--occurrence', '1', '--status', 'verified', '--note', 'matches the customs table', '--by', 'Ada Fenwick'], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        assert.ok(fs.existsSync(path.join(ledgerDir, `${ARTICLE}.json`)), 'the ledger file is written where the extension reads it');
        await page.reload();
        // The side bar may open on the Quotes view after the reload: wait for the workbench itself.
        await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
        // The reloaded window restores its editors; open the article only if it is not in front.
        const restored = await page.locator('.tabs-container .tab.active', { hasText: ARTICLE }).first().waitFor({ timeout: 30_000 }).then(() => true, () => false);
        if (!restored) await openFile(page, ARTICLE);
        await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
        const lines = fs.readFileSync(path.join(fixturesDir, ARTICLE), 'utf8').split('\n');
        const line = lines.findIndex((l) => l.includes(FIGURE));
        const text = await until(async () => {
          await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
          await page.keyboard.press('Control+G');
          await page.keyboard.type(`${line + 1}:${lines[line].indexOf(FIGURE) + 3}`, { delay: 20 });
          await page.keyboard.press('Enter');
          await page.keyboard.press('Control+K');
          await page.keyboard.press('Control+I');
          const hover = page.locator('.monaco-hover:visible', { hasText: 'Figure' }).first();
          await hover.waitFor({ timeout: 5_000 }).catch(() => undefined);
          const t = (await hover.innerText().catch(() => '')) || '';
          await page.keyboard.press('Escape');
          return /Verified by Ada Fenwick/.test(t) && t;
        }, 'the card does not show the mark after the reload', 60_000);
        assert.match(text, /matches the customs table/);
        await shot('ledger-after-reload');
      } finally {
        fs.rmSync(ledgerDir, { recursive: true, force: true });
      }
    },
  },
];
