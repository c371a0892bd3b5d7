// A person opens the workbench and an article from the explorer's folder.
import assert from 'node:assert/strict';
import { editorText, openFile, until, waitForWorkbench } from './workbench.mjs';

export const checks = [
  {
    name: 'the workbench opens the fixtures folder',
    async run({ page }) {
      await waitForWorkbench(page);
      const explorer = page.locator('.explorer-folders-view');
      await explorer.getByText('integration-article.md').waitFor({ timeout: 30_000 });
    },
  },
  {
    name: 'Quick Open (Ctrl+P) opens the Markdown article in an editor',
    async run({ page }) {
      await openFile(page, 'integration-article.md');
      const text = await until(async () => {
        const t = await editorText(page);
        return t.includes('Bicycle makers brace') && t;
      }, 'the editor does not show the article headline');
      assert.match(text, /35%/);
    },
  },
];
