// Issue 4 as a reporter sees it: an article highlighted, the counts in the status bar, a figure's
// fact card open (Ctrl+G to the figure, then Ctrl+K Ctrl+I), and the grammar's colours in a
// plain-text article. Screenshots go to test-results/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openFile, until } from './workbench.mjs';

const ARTICLE = 'editor-article.md';

/** 1-based line and column of the first `needle` in a fixture. */
function positionOf(fixturesDir, file, needle) {
  const lines = fs.readFileSync(path.join(fixturesDir, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not in ${file}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}

/**
 * The texts the editor's highlights lie over. A background decoration is drawn as an empty
 * overlay element (class "ced-…") behind the text, so the text is read from the points at its
 * left and right edges.
 */
const highlightedTexts = (page) =>
  page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    return [...editor.querySelectorAll('[class*="ced-"]')].map((d) => {
      const b = d.getBoundingClientRect();
      const y = b.top + b.height / 2;
      const from = document.caretRangeFromPoint(b.left + 1, y);
      const to = document.caretRangeFromPoint(b.right - 1, y);
      if (!from || !to || b.width < 2) return '';
      const r = document.createRange();
      r.setStart(from.startContainer, from.startOffset);
      r.setEnd(to.startContainer, to.startOffset);
      return r.toString().replace(/\u00a0/g, ' ');
    });
  });

/** The token class (mtkN, the grammar's colour) of the view-line span that holds `text`. */
async function tokenClassOf(page, text) {
  return page.evaluate((t) => {
    for (const span of document.querySelectorAll('.editor-instance .monaco-editor .view-line span[class*="mtk"]')) {
      if (span.textContent.replace(/\u00a0/g, ' ').includes(t)) return [...span.classList].find((c) => /^mtk\d+$/.test(c)) ?? '';
    }
    return null;
  }, text);
}

export const checks = [
  {
    name: 'an article is highlighted: figures, tariff rates, people, organizations, quotes',
    async run({ page }) {
      await openFile(page, ARTICLE);
      const texts = await until(async () => {
        const t = await highlightedTexts(page);
        return t.some((x) => x.includes('$295.4 billion')) && t.some((x) => x.includes('Vennholt')) && t;
      }, 'the figure and the person are not highlighted', 30_000);
      assert.ok(texts.some((t) => t.includes('25%')), `no tariff rate highlighted among: ${texts.join(' | ')}`);
    },
  },
  {
    name: 'the status bar shows the counts of the active article',
    async run({ page }) {
      const item = page.locator('.statusbar-item', { hasText: /\d+ figures/ }).first();
      await item.waitFor({ timeout: 15_000 });
      assert.match(await item.innerText(), /\d+ figures · \d+ tariff rates? · \d+ (people|person) · \d+ organizations? · \d+ quotes?/);
    },
  },
  {
    name: 'Ctrl+G to a figure and Ctrl+K Ctrl+I opens its fact card',
    async run({ page, fixturesDir, shot }) {
      const { line, column } = positionOf(fixturesDir, ARTICLE, '$295.4 billion');
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(`${line}:${column + 2}`, { delay: 20 });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover:visible', { hasText: 'Figure' }).first();
      await hover.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(500); // the hover fades in
      await shot('figure-card');
      const text = await hover.innerText();
      assert.match(text, /295,400,000,000 USD/);
      assert.match(text, /implies 2023 was about \$279\.2 billion/);
      assert.match(text, /Why: .*quantity to check/, 'the card says why, in words');
      // "$291 billion once re-exports were counted" is another measure, not the same one stated twice.
      assert.doesNotMatch(text, /\$291 billion/, 'no false alarm');
      assert.doesNotMatch(text, /\\/, 'escapes show as backslashes');
    },
  },
  {
    name: 'no TextMate colouring of its own: amounts and quotations keep the text colour, in plain text and Markdown alike',
    async run({ page }) {
      await page.keyboard.press('Escape');
      for (const file of ['editor-article.txt', ARTICLE]) {
        await openFile(page, file);
        // Tokenizing is asynchronous: give a grammar (if any) time to colour before reading.
        await page.waitForTimeout(1500);
        const amount = await tokenClassOf(page, '$295.4 billion');
        const word = await tokenClassOf(page, 'Ostrenian Trade Council');
        assert.ok(word, `${file}: no token span for plain words`);
        // Only the highlights (decorations from the analysis) colour facts; they follow the settings and the toggle.
        assert.equal(amount, word, `${file}: "$295.4 billion" is coloured by a grammar (${amount} vs ${word})`);
      }
    },
  },
];
