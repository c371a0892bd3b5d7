// Highlights and hovers in the editor (issue 4). The workbench draws an extension's decorations
// as elements whose class contains "ced-"; Ctrl+G to a line:column then Ctrl+K Ctrl+I shows the
// hover there without aiming the mouse.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openFile, until } from './workbench.mjs';

// Highlights and hovers landed with issue 4; false turns these checks back into pending ones.
const HIGHLIGHTS_LANDED = true;
const pending = HIGHLIGHTS_LANDED ? undefined : 'issue 4: the extension has no highlights or hovers yet';

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
    pending,
    async run({ page }) {
      await openFile(page, ARTICLE);
      const editor = page.locator('.editor-instance .monaco-editor').first();
      const count = await until(() => editor.locator('[class*="ced-"]').count(), 'no ced- decoration in the editor', 30_000);
      assert.ok(count > 0);
      // Inline decorations wrap the text itself; a figure's digits should be among them.
      const texts = await editor.locator('.view-lines [class*="ced-"]').allInnerTexts();
      if (texts.length) assert.ok(texts.some((t) => /\d/.test(t)), `no decorated figure among: ${texts.join(' | ')}`);
    },
  },
  {
    name: 'hovering a highlighted figure shows its fact card',
    pending,
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
