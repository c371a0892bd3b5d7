// The beat index turned off and on again at runtime (tradeFacts.index.enabled), in the real VS
// Code: off, no worker runs and no workspace file is read, Go to Symbol in Workspace, references
// and the Beat view use the open articles; on again, the fixture workspace is indexed again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, inside, tradeFacts, waitFor } from './editorHelpers';

const TIRES = 'beat/tire-duties.md';
const ALL = ['beat/steel-quota.md', 'beat/tire-duties.md', 'beat/port-strike.txt'];
const base = (uri: vscode.Uri | string) => String(uri).split('/').pop();
const openFiles = () => new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));

async function setIndex(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('tradeFacts').update('index.enabled', value, vscode.ConfigurationTarget.Global);
}

async function indexedAgain(): Promise<void> {
  const api = await tradeFacts();
  await waitFor('the workspace indexed again', async () => {
    await api.whenBeatIndexed();
    const have = api.getBeat().snapshot.articles.map((a) => a.file);
    return api.getBeat().status.enabled && ALL.every((f) => have.includes(fixture(f).toString()));
  }, 60_000);
}

const symbols = (query: string) => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);

describe('beat index setting: off and on again without a reload', function () {
  this.timeout(120_000);
  let previous: boolean | undefined;

  before(async () => {
    previous = vscode.workspace.getConfiguration('tradeFacts').inspect<boolean>('index.enabled')?.globalValue;
    await indexedAgain();
  });
  after(async () => {
    await setIndex(previous);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The suites after this one find the workspace indexed, as they would without it.
    await indexedAgain();
  });

  it('beat index setting: off stops the run and its workers, drops the index, and reads no file that is not open', async () => {
    const api = await tradeFacts();
    assert.ok(api.getBeat().status.workers > 0, 'the index workers are running before the setting is turned off');
    // A full run under way when the setting changes.
    void vscode.commands.executeCommand('tradeFacts.rebuildBeatIndex');
    await waitFor('a rebuild under way', () => api.getBeat().status.indexing);
    await setIndex(false);
    await waitFor('the index off, its workers ended', () => !api.getBeat().status.enabled && api.getBeat().status.workers === 0 && !api.getBeat().status.indexing);
    await api.whenBeatIndexed();
    const open = openFiles();
    const listed = api.getBeat().snapshot.articles.map((a) => a.file);
    assert.deepEqual(listed.filter((f) => !open.has(f)), [], 'only open documents in the beat');
    assert.deepEqual(api.getBeat().status.skipped, []);
    for (const f of ALL.filter((f) => !open.has(fixture(f).toString()))) assert.ok(!listed.includes(fixture(f).toString()), `${f} not indexed`);
    // A run still under way when the index went off ends without a word: after the log says the
    // index is off, it says nothing of a run indexed or cancelled.
    await new Promise((r) => setTimeout(r, 1_000));
    const log = api.getLog();
    const off = log.map((l) => /Beat index: off/.test(l)).lastIndexOf(true);
    assert.ok(off >= 0, 'the log says the index is off');
    assert.deepEqual(log.slice(off).filter((l) => /Beat index: (indexed|cancelled after)/.test(l)), []);
    assert.deepEqual(api.getBeat().snapshot.articles.map((a) => a.file).filter((f) => !openFiles().has(f)), [], 'nothing from the stopped run arrives later');
  });

  it('beat index setting: off, Ctrl+T and references find the people of the open article, and no other', async () => {
    const api = await tradeFacts();
    const doc = await vscode.workspace.openTextDocument(fixture(TIRES));
    await vscode.window.showTextDocument(doc);
    await api.whenAnalyzed(doc.uri);
    await waitFor('the open article in the beat', async () => {
      await api.whenBeatIndexed();
      return api.getBeat().snapshot.articles.some((a) => a.file === doc.uri.toString());
    });
    const rosa = (await symbols('rosa delacroix')).filter((s) => s.name === 'Rosa Delacroix');
    assert.deepEqual(rosa.map((s) => [base(s.location.uri), s.containerName]), [['tire-duties.md', 'tire-duties.md · president']]);
    // Ilse Marrowby is named only in articles that are not open.
    const open = openFiles();
    const marrowby = (await symbols('Marrowby')).filter((s) => /Marrowby$/.test(s.name));
    assert.deepEqual(marrowby.filter((s) => !open.has(s.location.uri.toString())).map((s) => base(s.location.uri)), []);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(doc, 'Delacroix'));
    assert.deepEqual(refs.map((r) => base(r.uri)), ['tire-duties.md'], 'references from the open article only');
    assert.equal(api.getBeat().status.workers, 0, 'still no index worker');
  });

  it('beat index setting: off, the Beat view says so with a way to the setting, and Rebuild says the index is off', async () => {
    const api = await tradeFacts();
    const [first, ...sections] = api.getBeatView();
    assert.equal(first.label, 'Turn on the beat index…');
    assert.deepEqual([first.command?.command, ...(first.command?.arguments ?? [])], ['workbench.action.openSettings', 'tradeFacts.index.enabled']);
    assert.equal(first.opens, undefined);
    assert.ok(sections.find((s) => s.label === 'People')?.children.some((p) => p.label === 'Rosa Delacroix'), 'the open article’s people listed');
    const articles = api.getBeat().status.articles;
    await vscode.commands.executeCommand('tradeFacts.rebuildBeatIndex');
    await waitFor('the rebuild answered', () => api.getLog().some((l) => /rebuild asked for while the index is off/.test(l)));
    assert.deepEqual([api.getBeat().status.indexing, api.getBeat().status.workers, api.getBeat().status.articles], [false, 0, articles]);
  });

  it('beat index setting: on again, the fixture workspace is indexed again and Ctrl+T finds people in closed articles', async () => {
    const api = await tradeFacts();
    await setIndex(true);
    await indexedAgain();
    assert.ok(api.getBeat().status.workers > 0, 'index workers running again');
    assert.notEqual(api.getBeatView()[0]?.label, 'Turn on the beat index…');
    const marrowby = (await symbols('Marrowby')).filter((s) => /Marrowby$/.test(s.name)).map((s) => `${s.name} @ ${base(s.location.uri)}`).sort();
    assert.deepEqual(marrowby, ['Ilse Marrowby @ port-strike.txt', 'Ilse Marrowby @ steel-quota.md', 'Tobias Marrowby @ steel-quota.md']);
    const doc = await vscode.workspace.openTextDocument(fixture(TIRES));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(doc, 'Delacroix'));
    assert.deepEqual([...new Set(refs.map((r) => base(r.uri)))].sort(), ['port-strike.txt', 'tire-duties.md']);
  });
});
