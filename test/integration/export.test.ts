// Fact sheet export in a real VS Code: the command writes the right file and never clobbers one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportResult } from '../../src/extension/export/shared';
import type { WorkspaceExportArgs } from '../../src/extension/export/workspace';
import type { TradeFactsTestApi as TradeFactsApi } from '../../src/extension/api';

const ARTICLE = `# Seoul weighs reply to U.S. steel duties

South Korea may answer with retaliatory duties of 15% on $2.4 billion of American farm goods, Trade Minister Hana Seo said on Monday.

“We will answer in proportion,” Ms. Seo said.
`;

async function openArticle(content = ARTICLE): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ content, language: 'markdown' });
  await vscode.window.showTextDocument(doc);
  return doc;
}

const exportSheet = (args: object) => vscode.commands.executeCommand<ExportResult | undefined>('tradeFacts.exportFactSheet', args);

describe('Export Fact Sheet', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-export-'));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a CSV fact sheet that parses back to the article’s facts', async () => {
    await openArticle();
    const target = vscode.Uri.file(path.join(dir, 'seoul.facts.csv'));
    const result = await exportSheet({ format: 'csv', destination: target });
    assert.equal(result?.written[0]?.fsPath, target.fsPath);
    const csv = fs.readFileSync(target.fsPath, 'utf8');
    const lines = csv.trim().split(/\r\n/);
    assert.ok(csv.startsWith('\uFEFF'), 'a UTF-8 byte-order mark first');
    assert.match(lines[0], /^kind,text,value,unit,status,note,source,line,/); // trim() took the byte-order mark
    assert.ok(lines.some((l) => l.startsWith('figure:money,$2.4 billion,2400000000,USD')), csv);
    assert.ok(lines.some((l) => l.startsWith('tariff,15%,15,')), 'the retaliatory duty is a tariff row');
  });

  it('writes JSON in the command line’s schema', async () => {
    const doc = await openArticle();
    const target = vscode.Uri.file(path.join(dir, 'seoul.facts.json'));
    await exportSheet({ format: 'json', destination: target });
    const obj = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    assert.equal(obj.schema, 3);
    for (const f of obj.figures) assert.equal(doc.getText().slice(f.start, f.end), f.text);
    for (const kind of ['people', 'organizations', 'figures', 'tariffs', 'quotes']) {
      for (const fact of obj[kind]) assert.ok(Array.isArray(fact.because), `every ${kind} entry has its reasons (because)`);
    }
  });

  it('does not overwrite an existing file unless told to', async () => {
    await openArticle();
    const target = path.join(dir, 'keep.facts.md');
    fs.writeFileSync(target, 'an editor’s notes');
    const kept = await exportSheet({ format: 'md', destination: vscode.Uri.file(target), overwrite: false });
    assert.equal(kept?.written.length, 0);
    assert.equal(fs.readFileSync(target, 'utf8'), 'an editor’s notes');
    await exportSheet({ format: 'md', destination: vscode.Uri.file(target), overwrite: true });
    assert.match(fs.readFileSync(target, 'utf8'), /^# Fact sheet: Seoul weighs reply/);
  });

  it('opens an HTML sheet in an untitled editor with no script', async () => {
    await openArticle();
    const result = await exportSheet({ format: 'html', destination: 'editor' });
    const html = result?.opened?.getText() ?? '';
    assert.ok(result?.opened?.isUntitled);
    assert.match(html, /<h1>Seoul weighs reply to U\.S\. steel duties<\/h1>/);
    assert.ok(!/<script/i.test(html));
  });

  it('leaves its own fact sheets alone: no highlights or quotes from an exported sheet', async () => {
    await openArticle();
    const result = await exportSheet({ format: 'md', destination: 'editor' });
    const sheet = result!.opened!;
    assert.match(sheet.getText(), /^# Fact sheet: /);
    const ext = vscode.extensions.getExtension<TradeFactsApi>('trade-facts.trade-facts')!;
    const api = ext.isActive ? ext.exports : await ext.activate();
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(api.getAnalysis(sheet.uri), undefined, 'the untitled sheet is not analysed');
    const err = await api.whenAnalyzed(sheet.uri).then(() => undefined, (e: Error) => e);
    assert.match(String(err?.message), /does not analyse/);
    const saved = vscode.Uri.file(path.join(dir, 'seoul.facts.md'));
    fs.writeFileSync(saved.fsPath, sheet.getText());
    const reopened = await vscode.workspace.openTextDocument(saved);
    await vscode.window.showTextDocument(reopened);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(api.getAnalysis(reopened.uri), undefined, 'a saved .facts.md is not analysed either');
  });

  it('refuses to write the fact sheet over the article itself', async () => {
    const article = path.join(dir, 'own.md');
    fs.writeFileSync(article, ARTICLE);
    const doc = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(doc);
    const result = await exportSheet({ format: 'md', destination: doc.uri, overwrite: true });
    assert.equal(result?.written.length, 0);
    assert.equal(fs.readFileSync(article, 'utf8'), ARTICLE, 'the article is untouched');
  });

  it('says there is nothing to export for an article without facts', async () => {
    await openArticle('Just a note to self about lunch.');
    const result = await exportSheet({ format: 'md', destination: vscode.Uri.file(path.join(dir, 'nothing.md')) });
    assert.equal(result?.written.length, 0);
    assert.ok(!fs.existsSync(path.join(dir, 'nothing.md')));
  });
});

describe('Export Fact Sheets for Workspace', () => {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const sub = folder ? path.join(folder.uri.fsPath, `export-tmp-${process.pid}`) : '';
  before(() => {
    assert.ok(folder, 'the test workbench opens a folder');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'one.md'), ARTICLE);
    fs.writeFileSync(path.join(sub, 'two.txt'), 'Canada imposed a 25% surtax on $16.6 billion of U.S. goods.\n');
    fs.writeFileSync(path.join(sub, 'two.facts.md'), 'old sheet');
    fs.mkdirSync(path.join(sub, 'pair'));
    fs.writeFileSync(path.join(sub, 'pair', 'story.md'), ARTICLE);
    fs.writeFileSync(path.join(sub, 'pair', 'story.txt'), 'Ottawa set a 25% surtax on $16.6 billion of U.S. goods.\n');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (sub) fs.rmSync(sub, { recursive: true, force: true });
  });

  it('writes one sheet beside each article and keeps existing sheets when asked to', async () => {
    const include = `export-tmp-${process.pid}/**/*.{md,txt}`;
    const args: WorkspaceExportArgs = { format: 'md', include, overwrite: false };
    const result = await vscode.commands.executeCommand<ExportResult>('tradeFacts.exportWorkspaceFactSheets', args);
    assert.ok(result.written.some((u) => path.relative(sub, u.fsPath) === 'one.facts.md'));
    // story.md and story.txt would share story.facts.md: each keeps a sheet of its own.
    const pair = result.written.filter((u) => path.relative(sub, u.fsPath).startsWith('pair'));
    assert.equal(new Set(pair.map((u) => u.fsPath)).size, 2, 'two distinct sheets for the pair');
    const sources = pair.map((u) => /^- File: (.*)$/m.exec(fs.readFileSync(u.fsPath, 'utf8'))?.[1] ?? '').map((f) => path.basename(f)).sort();
    assert.deepEqual(sources, ['story.md', 'story.txt']);
    assert.equal(fs.readFileSync(path.join(sub, 'two.facts.md'), 'utf8'), 'old sheet');
    assert.match(fs.readFileSync(path.join(sub, 'one.facts.md'), 'utf8'), /Hana Seo|15%/);
    assert.equal(result.skipped.length, 1);
  });
});
