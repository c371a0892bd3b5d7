// Issue 15 in the real VS Code: the Outline, Find All References, highlights, rename (with a
// lookalike who shares the surname), workspace symbols and the Beat view with a flag of each kind,
// on the original articles in test/fixtures/beat/ and drafts written here and removed after.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, inside, tradeFacts, waitFor } from './editorHelpers';
import type { BeatNodeView } from '../../src/extension/navigation/beatView';

const STEEL = 'beat/steel-quota.md';
const LATE = 'drafts/beat-late.md';
const BINARY = 'drafts/beat-scan.txt';
const LATE_TEXT = [
  '# Mills ask Ottawa for patience',
  '',
  'Rosa Delacriox, president of the Canadian Steel Producers Association, said on Friday that',
  'members would wait for the quota talks before cutting shifts.',
  '',
].join('\n');

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  await (await tradeFacts()).whenAnalyzed(doc.uri);
  return doc;
}

const textAt = (doc: vscode.TextDocument, r: vscode.Range) => doc.getText(r);
const base = (uri: vscode.Uri | string) => String(uri).split('/').pop();

/** Every symbol of the tree, depth first, with its parent's name. */
function flatten(symbols: vscode.DocumentSymbol[], parent = ''): Array<{ s: vscode.DocumentSymbol; parent: string }> {
  return symbols.flatMap((s) => [{ s, parent }, ...flatten(s.children ?? [], s.name)]);
}

async function beatReady(files: string[]): Promise<void> {
  const api = await tradeFacts();
  await waitFor(`the beat index to hold ${files.join(', ')}`, async () => {
    await api.whenBeatIndexed();
    const have = api.getBeat().snapshot.articles.map((a) => a.file);
    return files.every((f) => have.includes(fixture(f).toString()));
  }, 60_000);
}

const section = (view: BeatNodeView[], label: string) => view.find((n) => n.label === label);

describe('navigation: an article and a beat the VS Code way', function () {
  this.timeout(120_000);

  before(async () => {
    await vscode.workspace.fs.delete(fixture(LATE)).then(undefined, () => undefined);
    await beatReady(['beat/steel-quota.md', 'beat/tire-duties.md', 'beat/port-strike.txt']);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of [LATE, BINARY]) await vscode.workspace.fs.delete(fixture(f), { useTrash: false }).then(undefined, () => undefined);
  });

  it('navigation: the Outline groups people, organizations, tariff rates, quotes and figures, each selecting its place', async () => {
    const doc = await open(STEEL);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return flatten(s ?? []).some((x) => x.s.name === 'Tariff rates') && s;
    });
    const all = flatten(symbols);
    const children = (group: string) => all.filter((x) => x.parent === group).map((x) => x.s);
    // VS Code orders the groups by where each starts; each kind is one group.
    assert.deepEqual(all.filter((x) => ['People', 'Organizations', 'Tariff rates', 'Quotes', 'Figures'].includes(x.s.name)).map((x) => x.s.name).sort(), ['Figures', 'Organizations', 'People', 'Quotes', 'Tariff rates']);
    for (const g of ['People', 'Organizations', 'Tariff rates', 'Quotes', 'Figures']) {
      const starts = children(g).map((s) => doc.offsetAt(s.range.start));
      assert.ok(starts.length && starts.every((x, i) => i === 0 || starts[i - 1] <= x), `${g} in text order`);
    }
    assert.deepEqual(children('Tariff rates').map((s) => s.name), ['Canada → Brazilian steel: 35%']);
    assert.equal(textAt(doc, children('Tariff rates')[0].selectionRange), '35%');
    assert.deepEqual(children('People').map((s) => s.name), ['Ilse Marrowby', 'Tobias Marrowby']);
    assert.equal(textAt(doc, children('People')[1].selectionRange), 'Tobias Marrowby');
    assert.deepEqual(children('Quotes').map((s) => s.name), ['Ilse Marrowby', 'Tobias Marrowby']);
    assert.ok(children('Figures').some((s) => textAt(doc, s.selectionRange) === '$4.2 billion'));
  });

  it('navigation: Find All References on "Ms. Marrowby" lists her mentions here and in another article, not the economist’s', async () => {
    const doc = await open(STEEL);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, inside(doc, 'Marrowby told'));
    const here = refs.filter((r) => r.uri.toString() === doc.uri.toString());
    assert.deepEqual(here.map((r) => textAt(doc, r.range)), ['Ilse Marrowby', 'Marrowby', 'Marrowby']);
    const tobias = doc.getText().indexOf('Tobias');
    assert.ok(here.every((r) => doc.offsetAt(r.range.start) < tobias), 'no mention of Tobias Marrowby');
    const elsewhere = refs.filter((r) => r.uri.toString() !== doc.uri.toString());
    assert.deepEqual(elsewhere.map((r) => base(r.uri)), ['port-strike.txt']);
    const other = await vscode.workspace.openTextDocument(elsewhere[0].uri);
    assert.equal(textAt(other, elsewhere[0].range), 'Ilse Marrowby');
  });

  it('navigation: the cursor on a name highlights that entity’s other mentions only', async () => {
    const doc = await open(STEEL);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, inside(doc, 'Marrowby said.'));
    assert.deepEqual(highlights.map((h) => textAt(doc, h.range)), ['Tobias Marrowby', 'Marrowby']);
    // Off a name Trade Facts leaves the cursor to VS Code's own word highlighter: only that word.
    const off = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, inside(doc, 'patient'));
    assert.ok((off ?? []).every((h) => textAt(doc, h.range) === 'patient'), `off a name: ${(off ?? []).map((h) => textAt(doc, h.range)).join(', ')}`);
  });

  it('navigation: rename (F2) changes every mention of the minister, titles kept, and leaves Mr. Marrowby alone', async () => {
    const doc = await open(STEEL);
    const at = inside(doc, 'Marrowby told');
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, at);
    assert.equal(prepared.placeholder, 'Ilse Marrowby');
    assert.equal(textAt(doc, prepared.range), 'Marrowby');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'Ilse Marlowe');
    const edits = edit.get(doc.uri);
    assert.deepEqual(edits.map((e) => [textAt(doc, e.range), e.newText]), [['Ilse Marrowby', 'Ilse Marlowe'], ['Marrowby', 'Marlowe'], ['Marrowby', 'Marlowe']]);
    const text = doc.getText();
    const renamed = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start)).reduce((t, e) => t.slice(0, doc.offsetAt(e.range.start)) + e.newText + t.slice(doc.offsetAt(e.range.end)), text);
    assert.match(renamed, /Trade Minister Ilse Marlowe said/);
    assert.match(renamed, /Ms\. Marlowe told/);
    assert.match(renamed, /Tobias Marrowby, a port economist/);
    assert.match(renamed, /"Contractors will pay first," Mr\. Marrowby said\./);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, inside(doc, 'patient'))));
  });

  it('navigation: Go to Symbol in Workspace (Ctrl+T) finds people across every article', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Marrowby');
    const ours = symbols.filter((s) => /Marrowby$/.test(s.name));
    const where = ours.map((s) => `${s.name} @ ${base(s.location.uri)}`).sort();
    assert.deepEqual(where, ['Ilse Marrowby @ port-strike.txt', 'Ilse Marrowby @ steel-quota.md', 'Tobias Marrowby @ steel-quota.md']);
    const rosa = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'rosa delacroix')).filter((s) => s.name === 'Rosa Delacroix');
    assert.deepEqual(rosa.map((s) => s.containerName).sort(), ['port-strike.txt · chief executive', 'tire-duties.md · president']);
  });

  it('navigation: the Beat view flags a spelling, a title and a figure, each one click from both places', async () => {
    const api = await tradeFacts();
    const flags = section(api.getBeatView(), 'Flags');
    assert.ok(flags, 'a Flags section');
    const ours = (re: RegExp) => flags.children.find((f) => re.test(f.label) && f.children.every((p) => p.opens?.file.includes('/beat/')));
    const spelling = ours(/“Ilse Marrowby” and “Ilse Marowby”/);
    const title = ours(/Rosa Delacroix is “chief executive” in port-strike\.txt and “president” in tire-duties\.md/);
    const figure = ours(/steel imports.*\$4\.2 billion in steel-quota\.md, \$3\.8 billion in tire-duties\.md/);
    assert.ok(spelling && title && figure, `flags: ${flags.children.map((f) => f.label).join(' | ')}`);
    // Each place selects what it is about: the two spellings, the person given each title, the two values.
    const cases = [
      [spelling, ['“Ilse Marrowby”', '“Ilse Marowby”'], ['Ilse Marrowby', 'Ilse Marowby']],
      [title, ['“chief executive”', '“president”'], ['Rosa Delacroix', 'Rosa Delacroix']],
      [figure, ['“$4.2 billion”', '“$3.8 billion”'], ['$4.2 billion', '$3.8 billion']],
    ] as const;
    for (const [flag, reads, selects] of cases) {
      assert.deepEqual(flag.children.map((p) => p.label), reads);
      for (const [i, place] of flag.children.entries()) {
        await vscode.commands.executeCommand(place.command!.command, ...(place.command!.arguments ?? []));
        const editor = await waitFor(`${place.opens!.file} open`, () => vscode.window.activeTextEditor?.document.uri.toString() === place.opens!.file && vscode.window.activeTextEditor);
        assert.equal(editor.selection.start.line, place.opens!.line);
        assert.equal(editor.document.getText(editor.selection), selects[i]);
      }
    }
    const people = section(api.getBeatView(), 'People')!;
    const ilse = people.children.find((p) => p.label === 'Ilse Marrowby')!;
    assert.equal(ilse.description, 'Trade Minister · 2 articles · 4 mentions');
    assert.deepEqual(ilse.children.map((a) => `${a.label}: ${a.description}`), ['port-strike.txt: Trade Minister · 1 mention', 'steel-quota.md: Trade Minister · 3 mentions']);
    const tariffs = section(api.getBeatView(), 'Tariff rates')!;
    assert.ok(tariffs.children.some((t) => t.label === 'Canada → Brazilian steel: 35%' && /^steel-quota\.md, line 3$/.test(t.description ?? '')));
  });

  it('navigation: a draft created, fixed and saved, then deleted updates the index each time; a binary file is counted as skipped', async () => {
    const api = await tradeFacts();
    const late = fixture(LATE).toString();
    const lateFlag = () => api.getBeat().snapshot.flags.find((f) => f.kind === 'spelling' && f.places.some((p) => p.file === late));
    await vscode.workspace.fs.writeFile(fixture(LATE), new TextEncoder().encode(LATE_TEXT));
    await vscode.workspace.fs.writeFile(fixture(BINARY), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2]));
    const flag = await waitFor('a spelling flag for the new draft', lateFlag, 60_000);
    assert.deepEqual(flag.places.map((p) => p.reads).sort(), ['Rosa Delacriox', 'Rosa Delacroix']);
    const skipped = await waitFor('the binary file counted', () => api.getBeat().status.skipped.find((s) => s.file === fixture(BINARY).toString()));
    assert.match(skipped.reason, /binary/);
    assert.ok(section(api.getBeatView(), 'Skipped files')?.children.some((c) => c.label === 'beat-scan.txt'));

    // Fixed in the editor and saved: merged from the editor's analysis.
    const doc = await open(LATE);
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('Delacriox');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 9)), 'Delacroix'));
    await doc.save();
    await waitFor('the spelling flag gone after the save', () => !lateFlag());
    await waitFor('the draft listed under Rosa Delacroix', () => api.getBeat().snapshot.people.find((p) => p.name === 'Rosa Delacroix')?.articles.some((a) => a.file === late));

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(fixture(LATE), { useTrash: false });
    await vscode.workspace.fs.delete(fixture(BINARY), { useTrash: false });
    await waitFor('the deleted draft out of the index', () => !api.getBeat().snapshot.articles.some((a) => a.file === late) && !api.getBeat().status.skipped.some((s) => s.file === fixture(BINARY).toString()));
  });
});
