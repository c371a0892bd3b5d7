// Draws media/icon.png (128×128, transparent corners) from media/icon.svg with the harness's
// headless chromium. Run by hand after changing the SVG: `node scripts/render-icon.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './vscode/browser.mjs';

const media = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'media');
const svg = fs.readFileSync(path.join(media, 'icon.svg'), 'utf8');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(media, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log(`wrote ${path.join(media, 'icon.png')}`);
