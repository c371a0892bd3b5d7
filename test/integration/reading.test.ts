// Issue 16 in the real VS Code: reading long-line articles wrapped without overriding the
// reader's own settings, and the walkthrough's steps ticking when they are done.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, tradeFacts, withSetting } from './editorHelpers';
import type { WrapResult } from '../../src/extension/walkthrough';

const wrapOf = (languageId: string) => vscode.workspace.getConfiguration('editor', { languageId }).inspect<string>('wordWrap');

async function clearWrap(languageId: string): Promise<void> {
  await vscode.workspace.getConfiguration('editor', { languageId }).update('wordWrap', undefined, vscode.ConfigurationTarget.Global, true);
}

describe('reading: long lines wrapped', () => {
  afterEach(async () => {
    for (const l of ['plaintext', 'markdown']) await clearWrap(l);
  });

  it('reading: "Wrap Long Lines in Articles" turns word wrap on for each article language, in the user settings for that language only', async () => {
    await clearWrap('plaintext');
    await clearWrap('markdown');
    const result = await vscode.commands.executeCommand<WrapResult>('tradeFacts.wrapLongLines');
    assert.deepEqual(result, { wrapped: ['plaintext', 'markdown'], kept: [] });
    assert.equal(wrapOf('plaintext')?.globalLanguageValue, 'on');
    assert.equal(wrapOf('markdown')?.globalLanguageValue, 'on');
    // Only the article languages: other languages and the global value are untouched.
    assert.equal(wrapOf('json')?.globalLanguageValue, undefined);
    assert.equal(vscode.workspace.getConfiguration('editor').inspect('wordWrap')?.globalValue, undefined);
  });

  it('reading: a word wrap the reader already chose for a language is kept', async () => {
    await vscode.workspace.getConfiguration('editor', { languageId: 'markdown' }).update('wordWrap', 'bounded', vscode.ConfigurationTarget.Global, true);
    const result = await vscode.commands.executeCommand<WrapResult>('tradeFacts.wrapLongLines');
    assert.deepEqual(result, { wrapped: ['plaintext'], kept: ['markdown'] });
    assert.equal(wrapOf('markdown')?.globalLanguageValue, 'bounded');
    assert.equal(wrapOf('plaintext')?.globalLanguageValue, 'on');
  });

  it('reading: it follows tradeFacts.languages', async () => {
    await withSetting('languages', ['markdown'], async () => {
      const result = await vscode.commands.executeCommand<WrapResult>('tradeFacts.wrapLongLines');
      assert.deepEqual(result, { wrapped: ['markdown'], kept: [] });
      assert.equal(wrapOf('plaintext')?.globalLanguageValue, undefined);
    });
  });
});

describe('reading: the walkthrough ticks its steps', () => {
  const steps = () =>
    (vscode.extensions.getExtension('trade-facts.trade-facts')!.packageJSON as { contributes: { walkthroughs: Array<{ steps: Array<{ id: string; completionEvents: string[] }> }> } }).contributes
      .walkthroughs[0].steps;

  it('reading: "Open an article" and "Hover a figure" complete on context keys the extension sets, not only on commands', async () => {
    const byId = Object.fromEntries(steps().map((s) => [s.id, s.completionEvents]));
    assert.ok(byId.openArticle.includes('onContext:tradeFacts.articleAnalyzed'), JSON.stringify(byId.openArticle));
    assert.ok(byId.hoverFigure.includes('onContext:tradeFacts.cardShown'), JSON.stringify(byId.hoverFigure));
    assert.ok(byId.wrapLines.includes('onCommand:tradeFacts.wrapLongLines'));
  });

  it('reading: the context keys are set once an article is analysed and a card is shown (the step conditions hold)', async () => {
    const { document: doc } = await openFixture('editor-article.md');
    const api = await tradeFacts();
    const analysis = await api.whenAnalyzed(doc.uri);
    const f = analysis.figures[0];
    assert.ok((await hoverText(doc.uri, doc.positionAt(f.start + 1))).length > 0, 'a card is shown');
    // VS Code has no API to read a context key; the extension reports the keys it has set.
    assert.deepEqual(api.getWalkthroughKeys(), ['tradeFacts.articleAnalyzed', 'tradeFacts.cardShown']);
  });
});
