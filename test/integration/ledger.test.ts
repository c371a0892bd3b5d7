// Issue 13 in the real VS Code: the desk's check ledger. Facts are marked through the hover card's
// links and quick fixes, the text is edited around and inside them, the document is closed and read
// again from disk, and every status, Problems entry and severity is asserted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, hoverText, inside, sleep, tradeFacts, waitFor, withSetting } from './editorHelpers';
import type { QuotesPanelSnapshot } from '../../src/extension/quotes/quotesViewProvider';

const ARTICLE = 'drafts/ledger-article.md';
const MOVED = 'drafts/ledger-article-final.md';
const TEXT = [
  '# Ostrenia answers the steel duty',
  '',
  'Ostrenia will put a 15% tariff on Valdorian steel from June, Trade Minister Lena Marchetti said on Friday.',
  '',
  'Steel shipments to Ostrenia were worth $4.2 billion last year, the Valdorian Steel Board said.',
  '',
  '“We did not start this,” Ms. Marchetti told reporters in the capital.',
  '',
  '“Nobody gains from a duty spiral,” one trader said quietly.',
  '',
].join('\n');

const ledgerUri = (article: string) => fixture(`.trade-facts/${article}.json`);
async function readLedger(article = ARTICLE): Promise<{ format: number; entries: Record<string, { kind: string; text: string; status: string; note: string; source: string; by: string; ignoredChecks?: string[] }> }> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(ledgerUri(article))));
}
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

/** The command links of a hover, decoded: [command, argument]. */
function links(markdown: string): Array<[string, { uri: string; id: string }]> {
  return [...markdown.matchAll(/\]\(command:(tradeFacts\.\w+)\?([^)]+)\)/g)].map((m) => [m[1], JSON.parse(decodeURIComponent(m[2]))[0]]);
}

async function open(name = ARTICLE): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture(name)));
  await (await tradeFacts()).whenAnalyzed(editor.document.uri);
  return editor;
}

/** A hover's text with markdown escapes removed, as a person reads it. */
const plain = (h: string) => h.replace(/\\(.)/g, '$1');

async function diagnostics(doc: vscode.TextDocument, code: string): Promise<vscode.Diagnostic[]> {
  return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Trade Facts' && d.code === code);
}

async function quickFix(doc: vscode.TextDocument, at: vscode.Position, title: RegExp): Promise<vscode.CodeAction> {
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at))) ?? [];
  const found = actions.find((a) => title.test(a.title));
  assert.ok(found, `no quick fix ${title}; offered: ${actions.map((a) => a.title).join(' | ')}`);
  return found;
}

describe('check ledger: marks in the editor, kept with the article', function () {
  this.timeout(60_000);

  before(async () => {
    await vscode.workspace.fs.writeFile(fixture(ARTICLE), new TextEncoder().encode(TEXT));
    await vscode.workspace.getConfiguration('tradeFacts').update('checkerName', 'Dana Reyes', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('tradeFacts').update('checkerName', undefined, vscode.ConfigurationTarget.Global);
    for (const f of [fixture(ARTICLE), fixture(MOVED), fixture('.trade-facts')]) await vscode.workspace.fs.delete(f, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('ledger: "Mark verified" in a figure’s card records it in .trade-facts/<path>.json, and the card then says who verified it', async () => {
    const { document: doc } = await open();
    const api = await tradeFacts();
    const at = inside(doc, '$4.2 billion');
    const before = await waitFor('the card with its check links', async () => {
      const h = await hoverText(doc.uri, at);
      return /Not checked yet/.test(h) && h;
    });
    const link = links(before).find(([c]) => c === 'tradeFacts.markVerified');
    assert.ok(link, `no Mark verified link in: ${before}`);
    assert.ok(await vscode.commands.executeCommand(link[0], link[1]));
    const ledger = await readLedger();
    const entries = Object.values(ledger.entries);
    assert.equal(entries.length, 1);
    assert.deepEqual([entries[0].kind, entries[0].text, entries[0].status, entries[0].by], ['figure', '$4.2 billion', 'verified', 'Dana Reyes']);
    // Sorted keys, one entry per fact, a final newline: readable diffs.
    const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(ledgerUri(ARTICLE)));
    assert.match(raw, /\n$/);
    const after = await hoverText(doc.uri, at);
    assert.match(after, /Verified\*\* by Dana Reyes/);
    assert.ok(!links(after).some(([c]) => c === 'tradeFacts.markVerified'), 'no second Mark verified');
    assert.deepEqual(api.getCheckMarks(vscode.window.activeTextEditor!).verified, ['$4.2 billion']);
    assert.match(api.getChecksStatus() ?? '', /Checked 1 of \d+/);
  });

  it('ledger: "Dispute…" as a quick fix on the tariff rate records the note and source, and the Problems panel warns', async () => {
    const { document: doc } = await open();
    const fix = await quickFix(doc, inside(doc, '15%'), /Dispute/);
    const [target] = fix.command!.arguments as [{ uri: string; id: string }];
    assert.equal(target.uri, doc.uri.toString());
    // The note and source a person types into the two input boxes.
    assert.ok(await vscode.commands.executeCommand(fix.command!.command, { ...target, note: 'The decree says 12%', source: 'Gazette no. 114' }));
    const entry = Object.values((await readLedger()).entries).find((e) => e.kind === 'tariff');
    assert.deepEqual([entry?.status, entry?.note, entry?.source], ['disputed', 'The decree says 12%', 'Gazette no. 114']);
    const problems = await waitFor('a disputed problem', async () => { const d = await diagnostics(doc, 'disputed'); return d.length > 0 && d; });
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(problems[0].message, /The decree says 12%/);
    assert.match(plain(await hoverText(doc.uri, inside(doc, '15%'))), /Disputed\*\*[\s\S]*Source: Gazette no\. 114/);
  });

  it('ledger: text added elsewhere keeps every mark on its fact; a fact edited in place becomes changed; undo brings the mark back', async () => {
    const editor = await open();
    const doc = editor.document;
    const api = await tradeFacts();
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '\nBy a staff reporter\n'));
    await api.whenAnalyzed(doc.uri);
    await waitFor('marks after the insert', () => api.getCheckMarks(editor).verified.includes('$4.2 billion') && api.getCheckMarks(editor).disputed.includes('15%'));
    // "$4.2 billion" edited to "$4.7 billion": changed, never silently verified.
    const at = doc.getText().indexOf('$4.2 billion');
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at + 3), doc.positionAt(at + 4)), '7'));
    await api.whenAnalyzed(doc.uri);
    await waitFor('the changed mark', () => api.getCheckMarks(editor).changed.includes('$4.7 billion'));
    assert.ok(!api.getCheckMarks(editor).verified.includes('$4.7 billion'));
    const changed = await waitFor('a changed problem', async () => { const d = await diagnostics(doc, 'changed'); return d.length > 0 && d; });
    assert.match(changed[0].message, /\$4\.2 billion/);
    assert.match(plain(await hoverText(doc.uri, inside(doc, '$4.7 billion'))), /Changed since it was checked[\s\S]*\$4\.2 billion/);
    await vscode.commands.executeCommand('undo');
    await api.whenAnalyzed(doc.uri);
    await waitFor('the mark back after undo', () => api.getCheckMarks(editor).verified.includes('$4.2 billion'));
    await doc.save();
  });

  it('ledger: a ledger changed on disk while the article is open (git pull, another window) is merged in, and the next mark loses none of it', async () => {
    const editor = await open();
    const api = await tradeFacts();
    const doc = editor.document;
    const analysis = await api.whenAnalyzed(doc.uri);
    // Another window verifies the minister; this one then verifies the board. Both marks stay.
    const ledger = await readLedger();
    const person = analysis.people.find((p) => p.name === 'Lena Marchetti')!;
    ledger.entries[`person:Lena Marchetti:other`] = { kind: 'person', text: 'Lena Marchetti', sentence: '', occurrence: 1, status: 'verified', note: 'spelling checked', source: 'ministry site', by: 'Sam Okoro', at: new Date().toISOString() } as never;
    await vscode.workspace.fs.writeFile(ledgerUri(ARTICLE), new TextEncoder().encode(JSON.stringify(ledger, null, 2) + '\n'));
    await waitFor('the other window’s mark', async () => /Verified\*\* by Sam Okoro/.test(await hoverText(doc.uri, doc.positionAt(person.mentions[0].start + 1))), 20_000);
    const org = analysis.organizations.find((o) => /Steel Board/.test(o.name))!;
    assert.ok(await vscode.commands.executeCommand('tradeFacts.markVerified', { uri: doc.uri.toString(), id: org.id }));
    const entries = Object.values((await readLedger()).entries);
    assert.ok(entries.some((e) => e.kind === 'person' && e.by === 'Sam Okoro'), 'the other window’s mark is kept');
    assert.ok(entries.some((e) => e.kind === 'organization' && e.status === 'verified'), 'this window’s mark is written');
    assert.ok(entries.some((e) => e.kind === 'figure' && e.status === 'verified') && entries.some((e) => e.kind === 'tariff' && e.status === 'disputed'), 'earlier marks kept');
  });

  it('ledger: closed and opened again, every status is read back from the file', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await sleep(300);
    const editor = await open();
    const api = await tradeFacts();
    await waitFor('marks read from disk', () => api.getCheckMarks(editor).verified.includes('$4.2 billion') && api.getCheckMarks(editor).disputed.includes('15%'));
  });

  it('ledger: Problems severities follow tradeFacts.problems.*; "Ignore this check" is kept in the ledger', async () => {
    const { document: doc } = await open();
    // The trader's quote has no named speaker (described only): a hint by default, quiet in the Problems panel.
    const quoteAt = inside(doc, 'Nobody gains');
    const speakerless = async () => (await diagnostics(doc, 'no-speaker')).filter((d) => d.range.contains(quoteAt));
    const api = await tradeFacts();
    const q = (await api.whenAnalyzed(doc.uri)).quotes.find((x) => x.text.startsWith('Nobody gains'));
    assert.ok(q, 'the quote is found');
    if (q.speaker) {
      // A described speaker counts as a speaker: no problem to show, whatever the severity.
      await withSetting('problems.noSpeaker', 'warning', async () => assert.deepEqual(await speakerless(), []));
      return;
    }
    assert.equal((await waitFor('the no-speaker hint', async () => { const d = await speakerless(); return d.length > 0 && d; }))[0].severity, vscode.DiagnosticSeverity.Hint);
    await withSetting('problems.noSpeaker', 'warning', async () => {
      const d = await waitFor('a warning', async () => (await speakerless()).find((x) => x.severity === vscode.DiagnosticSeverity.Warning));
      assert.ok(d);
    });
    await withSetting('problems.noSpeaker', 'off', async () => {
      await waitFor('no problem when off', async () => (await speakerless()).length === 0);
    });
    const fix = await quickFix(doc, quoteAt, /Ignore this check/);
    assert.ok(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])));
    await waitFor('the ignored check gone', async () => (await speakerless()).length === 0);
    assert.ok(Object.values((await readLedger()).entries).some((e) => e.ignoredChecks?.includes('no-speaker')));
  });

  it('ledger: the Quotes panel shows each quote’s check', async () => {
    const { document: doc } = await open();
    const api = await tradeFacts();
    const quote = (await api.whenAnalyzed(doc.uri)).quotes.find((q) => q.text.startsWith('We did not start'))!;
    await vscode.commands.executeCommand('tradeFacts.showQuotes');
    assert.ok(await vscode.commands.executeCommand('tradeFacts.markVerified', { uri: doc.uri.toString(), id: quote.id }));
    const panel = await waitFor('the badge in the panel', async () => {
      const snap = await vscode.commands.executeCommand<QuotesPanelSnapshot>('_tradeFacts.quotesPanel.snapshot');
      // What the webview's DOM shows, read back from it.
      const g = snap?.rendered?.groups.find((x) => x.quotes.some((q) => q.startsWith('We did not start')));
      return g?.checks?.some((c) => /verified/.test(c)) && g;
    });
    // Only the marked quote carries a badge.
    assert.deepEqual(panel.checks!.map((c, i) => [panel.quotes[i].slice(0, 10), c]), panel.quotes.map((q) => [q.slice(0, 10), q.startsWith('We did not start') ? '✓ verified' : '']));
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });

  it('ledger: the checklist lists what is unchecked, disputed or changed, grouped by kind, and picking one selects it', async () => {
    const editor = await open();
    // The article's ledger is read when it opens: wait for its marks rather than race them (a loaded
    // CI run once listed the disputed 15% as unchecked).
    const api = await tradeFacts();
    await waitFor('the ledger read for the reopened article', () => api.getCheckMarks(editor).disputed.includes('15%'));
    const rows = await vscode.commands.executeCommand<string[]>('tradeFacts.showChecklist', { pick: 0 });
    assert.ok(rows.includes('Tariff rates'), rows.join('\n'));
    assert.ok(rows.some((r) => /15%.*disputed/.test(r)), rows.join('\n'));
    assert.ok(!rows.some((r) => /\$4\.2 billion/.test(r)), 'a verified fact with no flag is not on the checklist');
    assert.equal(editor.document.getText(editor.selection), '15%');
  });

  it('ledger: the fact sheet carries each fact’s status, note and source', async () => {
    await open();
    const result = await vscode.commands.executeCommand<{ written: string[] }>('tradeFacts.exportFactSheet', { format: 'md', destination: 'editor' });
    assert.ok(result);
    const sheet = vscode.window.activeTextEditor!.document.getText();
    assert.match(sheet, /verified/);
    assert.match(sheet, /The decree says 12%/);
    assert.match(sheet, /Gazette no\. 114/);
  });

  it('ledger: the workspace export writes each article’s checks into its sheet', async () => {
    const result = await vscode.commands.executeCommand<{ written: vscode.Uri[] }>('tradeFacts.exportWorkspaceFactSheets', { format: 'csv', include: 'drafts/ledger-article.md', overwrite: true });
    assert.equal(result.written.length, 1);
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(result.written[0]));
    assert.match(csv, /disputed/);
    assert.match(csv, /Gazette no\. 114/);
    await vscode.workspace.fs.delete(result.written[0]);
  });

  it('ledger: renaming the article in VS Code moves its ledger', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(fixture(ARTICLE), fixture(MOVED));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the ledger moved', async () => (await exists(ledgerUri(MOVED))) && !(await exists(ledgerUri(ARTICLE))));
    const editor = await open(MOVED);
    const api = await tradeFacts();
    await waitFor('marks after the move', () => api.getCheckMarks(editor).verified.includes('$4.2 billion'));
  });

  it('ledger: a name spelled two ways is a Problems entry of its own (information by default, a setting turns it off)', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: 'Trade Minister Lena Marchetti said the 15% tariff on Valdorian steel would stay.\n\n“We did not start this,” Ms. Marchettti told reporters.\n',
    });
    await vscode.window.showTextDocument(doc);
    await (await tradeFacts()).whenAnalyzed(doc.uri);
    const flagged = await waitFor('the spelling entry', async () => {
      const d = await diagnostics(doc, 'spelling');
      return d.length > 0 && d;
    });
    assert.equal(flagged[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(flagged[0].message, /Lena Marchetti.*Marchettti/);
    await withSetting('problems.spelling', 'off', async () => {
      await waitFor('no spelling entry when off', async () => (await diagnostics(doc, 'spelling')).length === 0);
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ledger: an untitled article keeps its marks in memory, and no ledger file is written', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: TEXT });
    const editor = await vscode.window.showTextDocument(doc);
    const api = await tradeFacts();
    const fact = (await api.whenAnalyzed(doc.uri)).figures.find((f) => f.text === '$4.2 billion')!;
    assert.equal(await vscode.commands.executeCommand('tradeFacts.markVerified', { uri: doc.uri.toString(), id: fact.id }), true);
    await waitFor('the mark in memory', () => api.getCheckMarks(editor).verified.includes('$4.2 billion'));
    assert.equal(await exists(fixture('.trade-facts/Untitled-1.json')), false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ledger: where the ledger cannot be written (read-only folder, a file in the way), marks stay in memory and "Save Check Ledger As…" keeps them in a file', async () => {
    const blocked = 'blocked/ledger-article.md';
    await vscode.workspace.fs.writeFile(fixture(blocked), new TextEncoder().encode(TEXT));
    // A file where the ledger's folder (.trade-facts/blocked/) must go: no ledger can be written there.
    await vscode.workspace.fs.writeFile(fixture('.trade-facts/blocked'), new TextEncoder().encode('not a folder'));
    const copy = fixture('drafts/ledger-copy.json');
    try {
      const editor = await open(blocked);
      const doc = editor.document;
      const api = await tradeFacts();
      const fact = (await api.whenAnalyzed(doc.uri)).figures.find((f) => f.text === '$4.2 billion')!;
      assert.equal(await vscode.commands.executeCommand('tradeFacts.markVerified', { uri: doc.uri.toString(), id: fact.id }), true, 'the mark is taken, in memory');
      await waitFor('the mark in memory', () => api.getCheckMarks(editor).verified.includes('$4.2 billion'));
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture('.trade-facts/blocked'))), 'not a folder', 'the file in the way is untouched');
      assert.equal(await vscode.commands.executeCommand('tradeFacts.saveLedgerAs', { uri: doc.uri.toString(), target: copy.toString() }), true);
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(copy)));
      assert.ok(Object.values(saved.entries as Record<string, { text: string; status: string; by: string }>).some((e) => e.text === '$4.2 billion' && e.status === 'verified' && e.by === 'Dana Reyes'), JSON.stringify(saved));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const f of [fixture('blocked'), fixture('.trade-facts/blocked'), copy]) await vscode.workspace.fs.delete(f, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('ledger: a ledger that is not valid JSON is left byte for byte, marks are read-only and say why', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const broken = '{ "format": 1, "entries": { oops\n';
    await vscode.workspace.fs.writeFile(ledgerUri(MOVED), new TextEncoder().encode(broken));
    const { document: doc } = await open(MOVED);
    const api = await tradeFacts();
    await waitFor('a notice about the ledger', () => api.getLedgerNotices().some((n) => /read-only/.test(n)));
    const card = await waitFor('a read-only card', async () => {
      const h = await hoverText(doc.uri, inside(doc, '$4.2 billion'));
      return /read-only/.test(h) && h;
    });
    assert.ok(!links(card).length, 'no mark links on a read-only ledger');
    const fact = (await api.whenAnalyzed(doc.uri)).figures.find((f) => f.text === '$4.2 billion')!;
    assert.equal(await vscode.commands.executeCommand('tradeFacts.markVerified', { uri: doc.uri.toString(), id: fact.id }), false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(ledgerUri(MOVED))), broken);
  });
});
