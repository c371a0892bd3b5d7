import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { legend, statusView } from '../../src/extension/statusText';
import type { ArticleStatus } from '../../src/extension/analysisStore';

const STORY =
  'The United States raised tariffs on Valdorian steel to 25% from 10%, Commerce Secretary Dana Whitfield said on Monday. ' +
  'Exports to the bloc fell 12% to $3.1 billion, the Harbor Steel Association said. ' +
  '"We will not back down," Whitfield said.\n';

describe('status bar: what it says for each article status', () => {
  const a = analyze(STORY);

  it('status bar: an analysed article shows every count, organizations included', () => {
    const v = statusView('ready', a)!;
    assert.match(v.text, /^\$\(quote\) \d+ figures? · \d+ tariff rates? · \d+ (people|person) · \d+ organizations? · \d+ quotes?$/, `status bar: ${v.text}`);
    assert.ok(a.organizations.length > 0, 'status bar: the story names an organization');
    assert.match(v.text, new RegExp(`${a.organizations.length} organizations?`), 'status bar: the organization count');
    assert.match(v.tooltip, /Click to open the Quotes panel/, 'status bar: the tooltip says what a click does');
    // The colour legend: each kind with its default colour's name.
    for (const kind of ['figures', 'tariff rates', 'people', 'organizations', 'quotes']) assert.match(v.tooltip, new RegExp(`\\w+ = ${kind}`), `status bar: the legend names ${kind}`);
  });

  const table: Array<[ArticleStatus, string | undefined, RegExp, RegExp]> = [
    ['analysing', undefined, /sync~spin/, /reading this article/],
    ['tooLarge', 'Trade Facts: big.md is 3000 KB, over the 2048 KB limit (setting tradeFacts.maxFileSizeKB), so it is not analysed.', /too large/, /over the 2048 KB limit/],
    ['binary', 'Trade Facts: blob.txt looks like binary data, not an article, so it is not analysed.', /not text/, /binary data, not an article/],
    ['failed', "Trade Facts' analysis stopped unexpectedly; it will restart on your next edit.", /analysis stopped/, /restart on your next edit/],
    ['failed', undefined, /analysis stopped/, /output channel/],
  ];
  for (const [status, reason, text, tooltip] of table) {
    it(`status bar: ${status}${reason ? '' : ' (no reason given)'}`, () => {
      const v = statusView(status, undefined, reason)!;
      assert.match(v.text, text, `status bar: ${status} text`);
      assert.match(v.tooltip, tooltip, `status bar: ${status} tooltip`);
      assert.doesNotMatch(v.tooltip, /exit code/, `status bar: ${status} has no exit code`);
    });
  }

  it('status bar: a binary file is not called too large, and a skipped article never spins', () => {
    for (const status of ['tooLarge', 'binary', 'failed'] as const) {
      assert.doesNotMatch(statusView(status, a)!.text, /spin/, `status bar: ${status} does not spin`);
    }
    assert.doesNotMatch(statusView('binary')!.text, /too large/, 'status bar: binary is not too large');
  });

  it('status bar: hidden for what is not an article', () => assert.equal(statusView('notArticle'), undefined));
});

describe('status bar: the colour legend matches the contributed colours', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
    contributes: { colors: Array<{ id: string; defaults: Record<string, string> }> };
  };
  const hue = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
    const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    return (h * 60 + 360) % 360;
  };
  const NAMED: Record<string, [number, number]> = { red: [340, 380], yellow: [35, 65], green: [90, 170], blue: [190, 250], purple: [255, 300] };
  const KIND_COLOUR: Record<string, string> = { figures: 'figure', 'tariff rates': 'tariff', people: 'person', organizations: 'organization', quotes: 'quote' };
  for (const [kind, id] of Object.entries(KIND_COLOUR)) {
    it(`status bar: the legend's colour for ${kind} is the hue of tradeFacts.${id}Background (light and dark) and its high-contrast border`, () => {
      const name = new RegExp(`(\\w+) = ${kind}`).exec(legend())?.[1] ?? '';
      const [lo, hi] = NAMED[name] ?? [NaN, NaN];
      const colour = (cid: string) => pkg.contributes.colors.find((c) => c.id === cid)!.defaults;
      const bg = colour(`tradeFacts.${id}Background`);
      for (const hex of [bg.light, bg.dark, colour(`tradeFacts.${id}Border`).highContrast]) {
        const h = hue(hex);
        assert.ok((h >= lo && h <= hi) || (h + 360 >= lo && h + 360 <= hi), `${kind}: "${name}" but ${hex} has hue ${h.toFixed(0)}`);
      }
    });
  }
});

describe('walkthrough: the colour legend says what the status bar says', () => {
  it('walkthrough: open-article.md lists each colour with the kind the status bar legend gives it', () => {
    const md = fs.readFileSync(path.join(__dirname, '../../media/walkthrough/open-article.md'), 'utf8');
    const pairs = [...legend().matchAll(/(\w+) = ([\w ]+?)(?= ·| \()/g)].map((m) => [m[1], m[2]]);
    assert.equal(pairs.length, 5);
    for (const [colour, kind] of pairs) assert.match(md, new RegExp(`\\| ${colour} \\| ${kind}\\b`), `${colour} = ${kind}`);
  });
});
