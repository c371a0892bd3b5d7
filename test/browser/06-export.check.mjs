// Export as a person does it (issue 9's README picture): the palette command, the format and
// destination pickers, and the fact sheet opened beside the article.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { commandPalette, editorText, openFile, until } from './workbench.mjs';

const ARTICLE = 'editor-article.md';

/** Types `label` into the open quick pick and presses Enter once that row has the focus. */
async function pick(page, label) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(label, { delay: 20 });
  await until(async () => {
    const row = await widget.locator('.monaco-list-row.focused').first().getAttribute('aria-label', { timeout: 500 }).catch(() => null);
    return row?.includes(label);
  }, `export: the picker does not focus "${label}"`);
  await page.keyboard.press('Enter');
}

export const checks = [
  {
    name: 'Export Fact Sheet as Markdown opens the sheet beside the article',
    async run({ page, repoRoot }) {
      await openFile(page, ARTICLE);
      await commandPalette(page, 'Trade Facts: Export Fact Sheet');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Trade Facts: Export Fact Sheet' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await pick(page, 'Markdown');
      await pick(page, 'Open in editor');
      await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).first().waitFor({ timeout: 15_000 });
      const sheet = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
      const text = await until(async () => {
        const t = (await sheet.innerText().catch(() => '')).replace(/\u00a0/g, ' ');
        return t.includes('# Fact sheet:') && t;
      }, 'export: no untitled editor with "# Fact sheet:" opened');
      assert.match(text, /\$295\.4 billion/, 'export: the sheet lists the $295.4 billion figure');
      assert.match(text, /## Figures \(\d+\)/, 'export: the sheet counts its figures');
      await page.mouse.move(1300, 880);
      const out = path.join(repoRoot, 'test-results');
      fs.mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'fact-sheet.png') });
      // Leave no unsaved editor behind for later checks.
      await commandPalette(page, 'View: Revert and Close Editor');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Revert and Close Editor' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await until(async () => !(await editorText(page)).includes('# Fact sheet:'), 'export: the fact sheet editor did not close');
    },
  },
];
