// Highlights and hovers in the editor (issue 4). The workbench draws an extension's decorations
// as elements whose class contains "ced-"; Ctrl+G to a line:column then Ctrl+K Ctrl+I shows the
// hover there without aiming the mouse.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openFile, until } from './workbench.mjs';


const ARTICLE = 'integration-article.md';
const FIGURE = '35%';

/** 1-based line and column of the first `needle` in the fixture. */
function positionOf(fixturesDir, needle) {
  const lines = fs.readFileSync(path.join(fixturesDir, ARTICLE), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not in ${ARTICLE}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

export const checks = [
  {
    name: 'figures in the open article are highlighted (ced- decorations)',
    async run({ page }) {
      await openFile(page, ARTICLE);
      const editor = page.locator('.editor-instance .monaco-editor').first();
      const count = await until(() => editor.locator('[class*="ced-"]').count(), 'no ced- decoration in the editor', 30_000);
      assert.ok(count > 0);
      // Which text each highlight covers is read in 04-editor (backgrounds are overlays, not inline).
    },
  },
  {
    name: 'hovering a highlighted figure shows its fact card',
    async run({ page, fixturesDir, shot }) {
      const { line, column } = positionOf(fixturesDir, FIGURE);
      await page.keyboard.press('Control+G');
      await page.keyboard.type(`${line}:${column + 1}`, { delay: 20 });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:visible').first();
      await hover.waitFor({ timeout: 15_000 });
      await shot('hover');
      const text = await hover.innerText();
      await page.keyboard.press('Escape');
      assert.match(text, /35/);
    },
  },
];
