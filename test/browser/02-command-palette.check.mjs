// A person finds and runs Trade Facts commands from the command palette.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { commandPalette, quickInputRows, until } from './workbench.mjs';

export const checks = [
  {
    name: 'F1 then "Trade Facts" lists the Trade Facts commands',
    async run({ page, state }) {
      const widget = await commandPalette(page, 'Trade Facts');
      const rows = await until(async () => {
        const r = await quickInputRows(page);
        return r.some((t) => t.includes('Trade Facts: Analyze Active Document')) && r;
      }, `"Trade Facts: Analyze Active Document" not listed; palette shows: ${(await quickInputRows(page)).join(' | ')}`);
      state.paletteRows = rows;
      assert.ok(await widget.isVisible());
    },
  },
  {
    name: 'running "Analyze Active Document" reports what it found',
    async run({ page, shot }) {
      // The palette from the previous check is still open with the command listed first.
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Trade Facts: Analyze Active Document' }).first().click();
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Trade Facts:' }).first();
      await toast.waitFor({ timeout: 30_000 });
      await shot('notification');
      assert.match(await toast.innerText(), /\d+ figures?, \d+ tariff rates?, \d+ (people|person), \d+ organizations?, \d+ quotes?/);
    },
  },
  {
    name: 'the palette shows each command by its title from package.nls.json, never a %key% placeholder',
    async run({ page, repoRoot }) {
      const read = (name) => JSON.parse(fs.readFileSync(path.join(repoRoot, name), 'utf8'));
      const pkg = read('package.json');
      const nls = read('package.nls.json');
      // Commands the palette shows only in a state the check does not set up ("false", or while the beat is indexing).
      const hidden = new Set(pkg.contributes.menus.commandPalette.filter((m) => m.when && m.when !== 'editorIsOpen').map((m) => m.command));
      const titles = pkg.contributes.commands.filter((c) => !hidden.has(c.command)).map((c) => nls[c.title.replace(/^%|%$/g, '')]);
      assert.ok(titles.length >= 10 && titles.every(Boolean), `titles: ${titles.join(' | ')}`);
      await page.keyboard.press('Escape');
      for (const title of titles) {
        await commandPalette(page, title);
        const rows = await until(async () => {
          const r = await quickInputRows(page);
          return r.some((t) => t.includes(title)) && r;
        }, `"${title}" not in the palette; it shows: ${(await quickInputRows(page)).join(' | ')}`);
        assert.deepEqual(rows.filter((t) => t.includes('%')), [], `a placeholder in the palette while looking for "${title}"`);
        await page.keyboard.press('Escape');
      }
      // The keys themselves name no command: none is shown under its placeholder.
      await commandPalette(page, '%tradeFacts.');
      await page.waitForTimeout(1_000);
      assert.deepEqual((await quickInputRows(page)).filter((t) => t.includes('tradeFacts.')), [], 'commands listed under their %key%');
      await page.keyboard.press('Escape');
      return `${titles.length} titles resolved, e.g. "${titles.find((t) => t.includes('Export Fact Sheet'))}"`;
    },
  },
];
