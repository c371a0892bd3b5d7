import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { statusView } from '../../src/extension/statusText';
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
