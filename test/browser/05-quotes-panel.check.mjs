// The quotes side panel (issue 5) as a person uses it: opened from the palette, read, clicked,
// driven by keyboard; and an article with markup in a quote, checked in the webview's own DOM.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { commandPalette, openFile, until } from './workbench.mjs';

const ARTICLE = 'quotes-panel-article.md';
const UNSAFE = 'quotes-panel-unsafe.md';

/** The webview frame of the quotes panel (nested inside the workbench's webview iframe). */
async function quotesFrame(page) {
  return until(async () => {
    for (const frame of page.frames()) {
      const ok = await frame.evaluate(() => !!document.getElementById('groups') && !!document.getElementById('filter')).catch(() => false);
      if (ok) return frame;
    }
    return undefined;
  }, 'quotes panel: no webview frame with the quotes list', 30_000);
}

/** Summary line and quote texts, as the panel's DOM has them. */
const panelText = (frame) =>
  frame.evaluate(() => ({
    summary: document.getElementById('summary')?.textContent ?? '',
    empty: document.getElementById('empty')?.hidden ? '' : document.getElementById('empty')?.textContent ?? '',
    speakers: [...document.querySelectorAll('.group .speaker')].map((n) => n.textContent),
    quotes: [...document.querySelectorAll('.quote .quote-text')].map((n) => n.textContent),
  }));

async function showing(frame, name, extra = () => true) {
  return until(async () => {
    const t = await panelText(frame).catch(() => undefined);
    return t && t.summary.startsWith(`${name} ·`) && extra(t) && t;
  }, `quotes panel: does not show ${name}; shows ${JSON.stringify(await panelText(frame).catch(() => null))}`, 30_000);
}

/** A picture for people: no toast or tooltip over the panel and the article. */
async function screenshot(page, repoRoot, name) {
  if (await page.locator('.notifications-toasts .notification-toast').count()) {
    await commandPalette(page, 'Notifications: Clear All Notifications');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Clear All Notifications' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts .notification-toast').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => {});
  }
  await page.mouse.move(900, 700);
  const out = path.join(repoRoot, 'test-results');
  fs.mkdirSync(out, { recursive: true });
  await page.screenshot({ path: path.join(out, name) });
}

/** "(34 selected)" in the status bar, as a number (0 when nothing is selected). */
async function selectedChars(page) {
  const text = await page.locator('[id="status.editor.selection"]').first().innerText().catch(() => '');
  return Number(/\((\d+) selected\)/.exec(text)?.[1] ?? 0);
}

/**
 * Hovers each quote in turn (which shows its Copy button) and returns, per quote, the button's
 * and the words' rectangles in the webview: the quote text and its "line N".
 */
async function buttonAndWords(frame) {
  const items = frame.locator('.quote');
  const out = [];
  for (let i = 0; i < (await items.count()); i++) {
    await items.nth(i).hover();
    out.push(
      await items.nth(i).evaluate((q) => {
        const rect = (el) => {
          const b = el.getBoundingClientRect();
          return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        };
        const button = q.querySelector('.copy');
        const style = getComputedStyle(button);
        return {
          quote: q.querySelector('.quote-text').textContent,
          shown: style.visibility === 'visible' && style.display !== 'none',
          button: rect(button),
          words: [...q.querySelectorAll('.quote-text, .quote-line')].map((w) => ({ what: w.className, ...rect(w) })),
        };
      }),
    );
  }
  return out;
}

const intersects = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Fails when a shown Copy button's rectangle meets the rectangle of its quote's words. */
async function assertButtonsBesideWords(frame, width) {
  const boxes = await buttonAndWords(frame);
  assert.ok(boxes.length >= 4, `quotes panel: ${boxes.length} quotes measured at ${width}px`);
  for (const b of boxes) {
    assert.ok(b.shown, `quotes panel: hovering "${b.quote}" shows its Copy button at ${width}px`);
    assert.ok(b.button.right - b.button.left > 10 && b.button.bottom - b.button.top > 5, `quotes panel: the Copy button has a size at ${width}px: ${JSON.stringify(b.button)}`);
    for (const w of b.words) {
      assert.ok(!intersects(b.button, w), `quotes panel: at ${width}px the Copy button ${JSON.stringify(b.button)} covers the ${w.what} of "${b.quote}" ${JSON.stringify(w)}`);
    }
  }
}

/** Drags the sash at the side bar's right edge to make the side bar `width` pixels wide (or as near as it goes). */
async function dragSideBarTo(page, width) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  const y = bar.y + bar.height / 2;
  await page.mouse.move(bar.x + bar.width, y);
  await page.mouse.down();
  await page.mouse.move(bar.x + (bar.width + width) / 2, y, { steps: 5 });
  await page.mouse.move(bar.x + width, y, { steps: 5 });
  await page.mouse.up();
  return (await page.locator('.part.sidebar').boundingBox()).width;
}

export const checks = [
  {
    name: 'Show Quotes Panel lists the article quotes by speaker beside the article',
    async run({ page, repoRoot, state }) {
      await openFile(page, ARTICLE);
      await commandPalette(page, 'Trade Facts: Show Quotes Panel');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Trade Facts: Show Quotes Panel' }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      const frame = await quotesFrame(page);
      state.quotesFrame = frame;
      const t = await showing(frame, ARTICLE, (x) => x.quotes.length === 4);
      assert.ok(t.quotes.some((q) => q.startsWith('We have never seen the autumn this quiet')), `quotes panel: listed ${t.quotes.join(' | ')}`);
      assert.ok(t.speakers.includes('No speaker found'), 'quotes panel: the unattributed group is shown');
      const csp = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
      assert.match(csp, /default-src 'none'/, 'quotes panel: CSP default-src none');
      assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]{16,}'/, 'quotes panel: CSP script nonce');
      await screenshot(page, repoRoot, 'quotes-panel.png');
    },
  },
  {
    name: 'clicking a quote in the panel selects it in the editor',
    async run({ page, repoRoot, state }) {
      const frame = state.quotesFrame ?? (await quotesFrame(page));
      const quote = frame.locator('.quote', { hasText: 'Our orders for the spring' }).first();
      const text = await quote.locator('.quote-text').textContent();
      await quote.locator('.quote-text').click();
      await until(async () => (await selectedChars(page)) === text.length, `quotes panel: the editor did not select the ${text.length} characters of "${text}" (status bar: ${await selectedChars(page)})`);
      await screenshot(page, repoRoot, 'quotes-panel-selected.png');
    },
  },
  {
    name: "the Copy button never covers a quote's words, at the default width and a narrow one (issue 16)",
    async run({ page, state }) {
      const frame = state.quotesFrame ?? (await quotesFrame(page));
      await showing(frame, ARTICLE, (x) => x.quotes.length === 4);
      const panelWidth = () => frame.evaluate(() => document.documentElement.clientWidth);
      const before = await page.locator('.part.sidebar').boundingBox();
      const wide = await panelWidth();
      await assertButtonsBesideWords(frame, wide);
      try {
        await dragSideBarTo(page, 170);
        const narrow = await until(async () => {
          const w = await panelWidth();
          return w < wide - 60 && w;
        }, `quotes panel: the side bar did not get narrower than ${wide}px`);
        await assertButtonsBesideWords(frame, narrow);
      } finally {
        await dragSideBarTo(page, before.width);
        await page.mouse.move(900, 700);
      }
    },
  },
  {
    name: 'keyboard: filter box, arrow down and Enter select a quote',
    async run({ page, state }) {
      const frame = state.quotesFrame ?? (await quotesFrame(page));
      await frame.locator('#filter').click();
      await page.keyboard.type('shelves', { delay: 20 });
      const t = await showing(frame, ARTICLE, (x) => x.quotes.length === 1);
      await page.keyboard.press('ArrowDown');
      const focused = await frame.evaluate(() => document.activeElement?.classList.contains('quote') ?? false);
      assert.ok(focused, 'quotes panel: arrow down from the filter focuses the first quote');
      await page.keyboard.press('Enter');
      await until(async () => (await selectedChars(page)) === t.quotes[0].length, `quotes panel: Enter did not select "${t.quotes[0]}"`);
      await frame.locator('#filter').click();
      await page.keyboard.press('Escape');
      await showing(frame, ARTICLE, (x) => x.quotes.length === 4);
    },
  },
  {
    name: 'markup inside a quote shows as text and nothing in it runs',
    async run({ page, state }) {
      await openFile(page, UNSAFE);
      const frame = state.quotesFrame ?? (await quotesFrame(page));
      const t = await showing(frame, UNSAFE, (x) => x.quotes.length === 1);
      for (const literal of ['<script>', "document.title='pwned-script'", '<img src=x onerror=document.title=', '</div>']) {
        assert.ok(t.quotes[0].includes(literal), `quotes panel: "${literal}" not shown as text in ${t.quotes[0]}`);
      }
      await new Promise((r) => setTimeout(r, 1000)); // time for an onerror to fire, were there an image
      const dom = await frame.evaluate(() => ({
        title: document.title,
        // VS Code itself adds one inline script (the acquireVsCodeApi shim); ours is the only file.
        scripts: [...document.scripts].filter((s) => s.src).map((s) => s.src),
        scriptsWithArticleText: [...document.scripts].filter((s) => /pwned/.test(s.textContent ?? '')).length,
        images: document.images.length,
        inList: document.querySelectorAll('#groups script, #groups img').length,
        quoteChildren: [...document.querySelectorAll('.quote-text')].map((n) => n.children.length),
      }));
      assert.equal(dom.title, 'Quotes', 'quotes panel: the webview title was not changed by the quote');
      assert.equal(dom.scripts.length, 1, `quotes panel: only the panel's own script file is in the page: ${dom.scripts.join(', ')}`);
      assert.equal(dom.scriptsWithArticleText, 0, 'quotes panel: no script holds the article text');
      assert.match(dom.scripts[0], /webview\/quotes\.js/, 'quotes panel: the one script is the bundled panel script');
      assert.equal(dom.images, 0, 'quotes panel: no image element was created');
      assert.equal(dom.inList, 0, 'quotes panel: no element came out of the article text');
      assert.deepEqual(dom.quoteChildren, [0], 'quotes panel: the quote is one text node');
      assert.doesNotMatch(await page.title(), /pwned/, 'quotes panel: the workbench title is untouched');
    },
  },
];
