// Bad input in a real VS Code: binary text, other schemes, documents closed mid-analysis, a worker
// that crashes. Nothing may throw at VS Code, leave an unhandled rejection, or pop up a storm.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TradeFactsTestApi as TradeFactsApi } from '../../src/extension/api';

const ARTICLE = 'The United States raised tariffs on steel to 25% from 10%, Commerce Secretary Dana Whitfield said.\n';
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

async function api(): Promise<TradeFactsApi> {
  const ext = vscode.extensions.getExtension<TradeFactsApi>('trade-facts.trade-facts')!;
  return ext.isActive ? ext.exports : ext.activate();
}

const rejects = (p: Promise<unknown>) => p.then(() => undefined, (e: Error) => e);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`robustness: timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

describe('Robustness in the editor', () => {
  before(() => process.on('unhandledRejection', onUnhandled));
  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('robustness: records how long activate() took (read by npm run bench)', async () => {
    const a = await api();
    assert.ok(a.activationMs > 0 && Number.isFinite(a.activationMs));
    const out = path.resolve(__dirname, '../../../test-results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'activation.json'), JSON.stringify({ ms: a.activationMs, version: vscode.version }));
    assert.ok(a.getLog().some((l) => /Activated in/.test(l)), 'the output channel says it activated');
  });

  it('robustness: binary data opened as text is ignored without a pop-up', async () => {
    const a = await api();
    const notices = a.getNotices().length;
    const doc = await vscode.workspace.openTextDocument({ content: 'PK\u0003\u0004\u0000\u0000binary\u0000data 25% $5 billion', language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
    const err = await rejects(a.whenAnalyzed(doc.uri));
    assert.match(String((err as Error)?.message), /looks like binary data/);
    assert.equal(a.getAnalysis(doc.uri), undefined);
    assert.equal(a.getNotices().length, notices, 'no notice for binary data');
    assert.ok(a.getLog().some((l) => /looks like binary data/.test(l)), 'logged in the output channel');
  });

  it('robustness: documents of other schemes (diffs, virtual documents) are left alone', async () => {
    const a = await api();
    const provider = vscode.workspace.registerTextDocumentContentProvider('trade-facts-test', { provideTextDocumentContent: () => ARTICLE });
    try {
      let doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('trade-facts-test:/draft.md'));
      doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
      await vscode.window.showTextDocument(doc);
      const err = await rejects(a.whenAnalyzed(doc.uri));
      assert.match(String((err as Error)?.message), /does not analyse/);
      await sleep(300);
      assert.equal(a.getAnalysis(doc.uri), undefined);
    } finally {
      provider.dispose();
    }
  });

  it('robustness: a document closed while it is analysed is dropped cleanly', async () => {
    const a = await api();
    // Large enough (~1 MB) that the worker is still busy when the editor closes.
    const doc = await vscode.workspace.openTextDocument({ content: ARTICLE.repeat(9000), language: 'markdown' });
    await vscode.window.showTextDocument(doc);
    const pending = rejects(a.whenAnalyzed(doc.uri));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const result = await pending;
    assert.ok(result instanceof Error, 'the wait ends with the reason, not with a result for a closed document');
    assert.match(result.message, /closed/);
    await sleep(500);
    assert.equal(a.getAnalysis(doc.uri), undefined, 'nothing kept for a closed document');
  });

  it('robustness: a crashed worker is reported once, and the next analysis starts a new one', async () => {
    const a = await api();
    const before = a.getLog().filter((l) => l.startsWith('error: analysis')).length;
    const doc = await vscode.workspace.openTextDocument({ content: ARTICLE.repeat(3000), language: 'markdown' });
    await vscode.window.showTextDocument(doc);
    const pending = rejects(a.whenAnalyzed(doc.uri));
    a.crashWorkerForTest();
    const err = await pending;
    assert.ok(err instanceof Error, 'the request in flight fails');
    const after = a.getLog().filter((l) => l.startsWith('error: analysis')).length;
    assert.equal(after, before + 1, 'one line in the log');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'Update: ');
    await vscode.workspace.applyEdit(edit);
    const analysis = await a.whenAnalyzed(doc.uri);
    assert.ok(analysis.tariffs.length > 0, 'a new worker analysed the edited text');
  });

  it('robustness: the status bar names why an article is not analysed, also after switching away and back', async () => {
    const a = await api();
    const binary = await vscode.workspace.openTextDocument({ content: 'PK\u0003\u0004\u0000\u0000binary\u0000data 25%', language: 'plaintext' });
    await vscode.window.showTextDocument(binary);
    await waitFor('the binary status', () => a.getStatus(binary.uri) === 'binary');
    await waitFor('the status bar to say "not text"', () => /not text/.test(a.getStatusBar()?.text ?? ''));
    assert.doesNotMatch(a.getStatusBar()!.text, /too large/, 'robustness: binary is not "too large"');
    const story = await vscode.workspace.openTextDocument({ content: ARTICLE, language: 'plaintext' });
    await vscode.window.showTextDocument(story);
    await a.whenAnalyzed(story.uri);
    await waitFor('the counts', () => /\d+ figures? · \d+ tariff rates? · \d+ (people|person) · \d+ organizations? · \d+ quotes?/.test(a.getStatusBar()?.text ?? ''));
    await vscode.window.showTextDocument(binary);
    await waitFor('"not text" again, not a spinner', () => /not text/.test(a.getStatusBar()?.text ?? ''));
    await sleep(300);
    assert.doesNotMatch(a.getStatusBar()!.text, /spin/, 'robustness: no spinner for a skipped document');
  });

  it('robustness: an analysis over its time budget is stopped, reported once in words, and the article is tried once more', async () => {
    const a = await api();
    a.resetWorkerForTest();
    const errors = () => a.getLog().filter((l) => l.startsWith('error: analysis'));
    const before = errors().length;
    a.setAnalysisBudgetForTest(1, 1); // the first request only; the retry gets the normal budget
    try {
      const doc = await vscode.workspace.openTextDocument({ content: ARTICLE.repeat(3000), language: 'markdown' });
      await vscode.window.showTextDocument(doc);
      const analysis = await waitFor('the retry, without any edit', () => a.getAnalysis(doc.uri), 30_000);
      assert.ok(analysis.tariffs.length > 0, 'robustness: the retry analysed the article');
      assert.equal(errors().length, before + 1, 'robustness: one line in the log');
      const line = errors().at(-1)!;
      assert.match(line, /took longer than 1 seconds? and was stopped; it will restart on your next edit/, `robustness: the reason in words: ${line}`);
      assert.doesNotMatch(line, /exit code|worker/, 'robustness: no internals for the reporter');
      await waitFor('the counts after the retry', () => /\d+ figures/.test(a.getStatusBar()?.text ?? ''));
      assert.equal(a.getStatus(doc.uri), 'ready');
    } finally {
      a.setAnalysisBudgetForTest(undefined);
      a.resetWorkerForTest();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('robustness: a retry that fails too is not retried in a loop; after three stops analysis pauses, and says so', async () => {
    const a = await api();
    a.resetWorkerForTest();
    const errors = () => a.getLog().filter((l) => l.startsWith('error: analysis'));
    const before = errors().length;
    a.setAnalysisBudgetForTest(1);
    try {
      const doc = await vscode.workspace.openTextDocument({ content: ARTICLE.repeat(3000), language: 'markdown' });
      const editor = await vscode.window.showTextDocument(doc);
      await waitFor('the first request and its retry to fail', () => errors().length >= before + 2, 30_000);
      await sleep(1500);
      assert.equal(errors().length, before + 2, 'robustness: tried once more, then left until the next edit');
      assert.equal(a.getStatus(doc.uri), 'failed');
      assert.match(a.getStatusBar()?.text ?? '', /analysis stopped/, 'robustness: the status bar says it stopped');
      assert.match(String(a.getStatusBar()?.tooltip), /took longer than/, 'robustness: the tooltip says why');
      // The third stop within a minute: the worker is not started again.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
      await waitFor('the third stop', () => errors().length >= before + 3, 30_000);
      const err = (await rejects(a.whenAnalyzed(doc.uri))) as Error;
      assert.match(String(err?.message), /keeps stopping, so it is paused\. Reload the window/, 'robustness: paused, in words');
      await waitFor('the status bar to say why', () => /keeps stopping/.test(String(a.getStatusBar()?.tooltip)));
      assert.match(a.getStatusBar()?.text ?? '', /analysis stopped/, 'robustness: the status bar says it stopped');
      const other = await vscode.workspace.openTextDocument({ content: 'Steel imports rose 4% in May.', language: 'plaintext' });
      await vscode.window.showTextDocument(other);
      await vscode.window.showTextDocument(doc);
      await sleep(300);
      assert.match(a.getStatusBar()?.text ?? '', /analysis stopped/, 'robustness: still "stopped" after switching back, not a spinner');
    } finally {
      a.setAnalysisBudgetForTest(undefined);
      a.resetWorkerForTest();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    const doc = await vscode.workspace.openTextDocument({ content: ARTICLE, language: 'markdown' });
    await vscode.window.showTextDocument(doc);
    assert.ok((await a.whenAnalyzed(doc.uri)).tariffs.length > 0, 'robustness: analysis works again after a reset');
  });

  it('robustness: nothing above left an unhandled rejection in the extension host', () => {
    assert.deepEqual(unhandled.map(String), []);
  });
});
