// The extension in a real VS Code: activation, commands, and an analysis that matches the text.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TradeFactsTestApi as TradeFactsApi } from '../../src/extension/api';

const EXTENSION_ID = 'trade-facts.trade-facts';

/** The fixture folder: the opened workspace, else the repo's test/fixtures. */
function fixture(name: string): vscode.Uri {
  const ws = vscode.workspace.workspaceFolders?.[0];
  return ws ? vscode.Uri.joinPath(ws.uri, name) : vscode.Uri.file(path.resolve(__dirname, '../../../test/fixtures', name));
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function withTimeout<T>(p: Promise<T>, what: string, ms = 20_000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, rej) => setTimeout(() => rej(new Error(`timed out waiting for ${what}`)), ms))]);
}

describe('Trade Facts extension', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('is installed under its id', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  });

  it('activates on a plaintext article', async () => {
    const doc = await open('integration-article.txt');
    assert.equal(doc.languageId, 'plaintext');
    await waitFor('activation', () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('activates on a Markdown article', async () => {
    const doc = await open('integration-article.md');
    assert.equal(doc.languageId, 'markdown');
    await waitFor('activation', () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
  });

  it('registers its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('tradeFacts.analyzeActiveDocument'), 'tradeFacts.analyzeActiveDocument is not registered');
  });

  for (const name of ['integration-article.md', 'integration-article.txt']) {
    it(`finds figures in ${name} whose offsets match the document text`, async () => {
      const doc = await open(name);
      const ext = vscode.extensions.getExtension<TradeFactsApi>(EXTENSION_ID)!;
      const api = ext.isActive ? ext.exports : await ext.activate();
      const analysis = await withTimeout(api.whenAnalyzed(doc.uri), 'the analysis');
      assert.ok(analysis.figures.length > 0, 'no figures found');
      for (const f of analysis.figures) {
        const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
        assert.equal(doc.getText(range), f.text, `figure ${f.id} offsets ${f.start}-${f.end}`);
      }
      assert.deepEqual(api.getAnalysis(doc.uri), analysis, 'getAnalysis differs from whenAnalyzed');
    });
  }

  it('exports the public API, and its test hooks only because the test runner started VS Code (ExtensionMode.Test)', async () => {
    const ext = vscode.extensions.getExtension<TradeFactsApi>(EXTENSION_ID)!;
    const api = ext.isActive ? ext.exports : await ext.activate();
    for (const key of ['getAnalysis', 'whenAnalyzed', 'onDidAnalyze', 'getStatus'] as const) assert.equal(typeof api[key], 'function', key);
    // The hooks are added in activate() only for ExtensionMode.Test (src/extension/api.ts); an installed extension lacks them.
    for (const key of ['crashWorkerForTest', 'getDecorationRanges', 'setAnalysisBudgetForTest', 'resetWorkerForTest', 'getLog'] as const) assert.equal(typeof api[key], 'function', key);
  });

  it('offers the editor commands in the palette only when an editor is open', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus?: { commandPalette?: { command: string; when?: string }[] } } };
    const when = new Map((pkg.contributes.menus?.commandPalette ?? []).map((m) => [m.command, m.when]));
    for (const command of ['tradeFacts.analyzeActiveDocument', 'tradeFacts.toggleHighlights', 'tradeFacts.exportFactSheet']) {
      assert.equal(when.get(command), 'editorIsOpen', `${command} when-clause`);
    }
    for (const command of ['tradeFacts.showQuotes', 'tradeFacts.exportWorkspaceFactSheets', 'tradeFacts.openSample']) {
      assert.equal(when.get(command), undefined, `${command} is always offered`);
    }
  });

  it('runs tradeFacts.analyzeActiveDocument on the active article', async () => {
    await open('integration-article.md');
    const result = await vscode.commands.executeCommand<{ figures: unknown[] } | undefined>('tradeFacts.analyzeActiveDocument');
    assert.ok(result && result.figures.length > 0, 'the command returned no analysis');
  });
});
