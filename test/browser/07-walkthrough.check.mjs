// A person who has opened an article and looked at a fact card opens the walkthrough: those
// steps are already ticked (completion events on the extension's context keys).
import assert from 'node:assert/strict';
import { commandPalette, until } from './workbench.mjs';

/** Title → whether the walkthrough shows the step as done. */
async function stepStates(page) {
  return page.evaluate(() => {
    const out = {};
    for (const step of document.querySelectorAll('.getting-started-step')) {
      const title = step.querySelector('.step-title')?.textContent?.trim() ?? '';
      const done = step.classList.contains('complete') || !!step.querySelector('.codicon-pass-filled, .complete');
      if (title) out[title] = done;
    }
    return out;
  });
}

export const checks = [
  {
    name: 'the walkthrough ticks "Open an article" and "Hover a figure" once they are done',
    async run({ page, shot }) {
      await commandPalette(page, 'Welcome: Open Walkthrough');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get started with Trade Facts' }).first().click({ timeout: 15_000 });
      const states = await until(async () => {
        const s = await stepStates(page);
        return s['Open an article'] !== undefined && s['Hover a figure'] !== undefined && s['Open an article'] && s['Hover a figure'] && s;
      }, `the steps are not ticked: ${JSON.stringify(await stepStates(page))}`, 20_000);
      await shot('walkthrough');
      // Every step of the walkthrough is listed (the integration suite in the same server may have done others).
      assert.ok(Object.keys(states).length >= 5, JSON.stringify(states));
    },
  },
];
