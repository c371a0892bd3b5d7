import assert from 'node:assert/strict';
import { isArticle, skipReason, type ArticleDocument } from '../../src/extension/articleRules';

/** A document as the rules see it: "file:/news/harbor-steel.md" in markdown. */
function doc(uri: string, languageId = 'markdown'): ArticleDocument {
  const [scheme, ...rest] = uri.split(':');
  return { uri: { scheme, path: rest.join(':'), toString: () => uri }, languageId, isUntitled: scheme === 'untitled' };
}

const LANGUAGES = ['plaintext', 'markdown'];

describe('article rules: which documents are articles', () => {
  const table: Array<[string, ArticleDocument, boolean]> = [
    ['a Markdown file', doc('file:/news/harbor-steel.md'), true],
    ['a plain-text file', doc('file:/news/harbor-steel.txt', 'plaintext'), true],
    ['an untitled draft', doc('untitled:Untitled-1', 'plaintext'), true],
    ['a remote file', doc('vscode-remote:/home/desk/draft.md'), true],
    ['a virtual folder file', doc('vscode-vfs:/github/desk/draft.md'), true],
    ['a JSON file', doc('file:/news/data.json', 'json'), false],
    ['a diff view', doc('git:/news/harbor-steel.md'), false],
    ['the output panel', doc('output:extension-output-trade-facts', 'log'), false],
    ['a fact sheet by its name', doc('file:/news/harbor-steel.facts.md'), false],
    ['a CSV fact sheet', doc('file:/news/harbor-steel.facts.csv', 'plaintext'), false],
    ['a story about facts', doc('file:/news/facts.md'), true],
  ];
  for (const [area, d, expected] of table) {
    it(`article rules: ${area}`, () => assert.equal(isArticle(d, LANGUAGES), expected, `article rules: ${area}`));
  }

  it('article rules: a fact sheet the export opened untitled', () => {
    const sheet = doc('untitled:Untitled-2');
    assert.equal(isArticle(sheet, LANGUAGES, new Set(['untitled:Untitled-2'])), false, 'article rules: the opened sheet');
    assert.equal(isArticle(sheet, LANGUAGES), true, 'article rules: the same draft otherwise');
  });

  it('article rules: the languages setting decides', () => {
    assert.equal(isArticle(doc('file:/a.md'), ['plaintext']), false, 'article rules: markdown left out');
  });
});

describe('article rules: why an article is not analysed', () => {
  const story = 'Tariffs on Chinese imports rose to 30%, Trade Minister Anna Berg said.\n';
  const table: Array<[string, string, number, string | undefined, RegExp?]> = [
    ['a short story', story, 2048, undefined],
    ['a story over the limit', story.repeat(40), 2, 'tooLarge', /harbor\.md is 3 KB, over the 2 KB limit \(setting tradeFacts\.maxFileSizeKB\)/],
    ['a story just under the limit', 'x'.repeat(1024), 1, undefined],
    ['a zip opened as text', 'PK\u0003\u0004\u0000\u0000binary', 2048, 'binary', /harbor\.md looks like binary data, not an article/],
    ['euros count as three bytes', '€'.repeat(400), 1, 'tooLarge'],
  ];
  for (const [area, text, limitKB, reason, words] of table) {
    it(`article rules: ${area}`, () => {
      const got = skipReason(doc('file:/news/harbor.md'), text, limitKB);
      assert.equal(got?.reason, reason, `article rules: ${area}`);
      if (words) assert.match(got!.message, words, `article rules: ${area} in words`);
    });
  }
});
