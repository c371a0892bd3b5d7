// What a person does in the VS Code workbench, as Playwright steps. Shared by the *.check.mjs files.

/** Waits until the workbench and its explorer have rendered. */
export async function waitForWorkbench(page, ms = 90_000) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: ms });
  await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ state: 'visible', timeout: ms });
}

async function quickInput(page) {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  return widget;
}

/** Row labels currently listed by the quick input. */
export async function quickInputRows(page) {
  return page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a person would. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const widget = await quickInput(page);
  await page.keyboard.type(name, { delay: 20 });
  // Enter opens the focused row; while results for a shorter prefix are still listed that can
  // be a sibling (editor-article.md for editor-article.txt), so wait until the focus is on `name`.
  const focused = widget.locator('.monaco-list-row.focused');
  await until(async () => {
    const label = (await focused.first().getAttribute('aria-label', { timeout: 500 }).catch(() => null)) ?? '';
    return label.split(',')[0].trim() === name;
  }, `Quick Open does not focus ${name}`);
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"], .tabs-container .tab.active:has-text("${name}")`).first().waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** Opens the command palette (F1) and types `text`; returns the widget. */
export async function commandPalette(page, text) {
  await page.keyboard.press('F1');
  const widget = await quickInput(page);
  await page.keyboard.type(text, { delay: 20 });
  return widget;
}

/** The visible text of the active editor (Monaco draws spaces as no-break spaces). */
export async function editorText(page) {
  const text = await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** Polls `probe` until it returns truthy, or throws `message`. */
export async function until(probe, message, ms = 15_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(message);
    await new Promise((r) => setTimeout(r, 200));
  }
}
