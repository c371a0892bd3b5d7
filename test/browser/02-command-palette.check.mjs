// A person finds and runs Trade Facts commands from the command palette.
import assert from 'node:assert/strict';
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
];
