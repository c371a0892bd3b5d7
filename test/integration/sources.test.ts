// Issue 14 in the real VS Code: the reporter's sources (a transcript and a press release written
// into drafts/) are indexed in the source worker, and the article's quotes and figures show where
// they are in them: on the hover card, in the Quotes panel, as Problems entries; the card's link
// opens the source at its line, and "Accept as source" writes the match into the check ledger.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixture, hoverText, inside, tradeFacts, waitFor } from './editorHelpers';
import type { QuotesPanelSnapshot } from '../../src/extension/quotes/quotesViewProvider';

const DIR = 'drafts/sources-it';
const ARTICLE = 'drafts/sources-article.md';
const TRANSCRIPT = [
  '1', '00:12:20,000 --> 00:12:24,500', 'INTERVIEWER: Minister, where do the talks stand this week?', '',
  '2', '00:12:25,000 --> 00:12:30,900', 'LEE: Frankly, we will not accept a deal that leaves our steel mills', '',
  '3', '00:12:31,000 --> 00:12:34,000', 'exposed to a flood of cheap imports.', '',
  '4', '00:12:35,200 --> 00:12:39,000', 'Our exporters shipped more steel last year than in any year', '',
  '5', '00:12:39,100 --> 00:12:42,000', 'since the first plant opened.', '',
].join('\n');
const RELEASE = '# Half-year figures\n\nOverall steel exports reached $4.2bn last year, the highest on record.\n';
const TEXT = [
  '# Steel talks stall',
  '',
  'Trade Minister Kim Lee said the quota talks had entered a third month.',
  '',
  '"We will accept a deal that leaves our steel mills exposed to a flood of cheap imports," Lee said.',
  '',
  '"Our exporters shipped more steel last year than in any year since the first plant opened," Lee said.',
  '',
  'Overall steel exports reached $4.2 billion last year, the ministry said.',
  '',
].join('\n');

const write = (name: string, text: string) => vscode.workspace.fs.writeFile(fixture(name), new TextEncoder().encode(text));

/** The command links of a hover, decoded: [command, argument]. */
function links(markdown: string): Array<[string, Record<string, unknown>]> {
  return [...markdown.matchAll(/\]\(command:(tradeFacts\.\w+)\?([^)]+)\)/g)].map((m) => [m[1], JSON.parse(decodeURIComponent(m[2]))[0]]);
}
const plain = (h: string) => h.replace(/\\(.)/g, '$1');

describe('source check: the reporter’s sources in the editor', function () {
  this.timeout(90_000);
  let doc: vscode.TextDocument;

  before(async () => {
    await write(`${DIR}/interview-lee.srt`, TRANSCRIPT);
    await write(`${DIR}/release.md`, RELEASE);
    await write(`${DIR}/broken.docx`, 'PK\u0003\u0004 this is not a Word document');
    await write(ARTICLE, TEXT);
    await vscode.workspace.getConfiguration('tradeFacts').update('sources', [`${DIR}/**`], vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('tradeFacts').update('checkerName', 'Dana Reyes', vscode.ConfigurationTarget.Global);
    doc = await vscode.workspace.openTextDocument(fixture(ARTICLE));
    await vscode.window.showTextDocument(doc);
    const api = await tradeFacts();
    await api.whenAnalyzed(doc.uri);
    await waitFor('the article checked against the two sources', async () => (await api.whenSourceChecked(doc.uri))?.size && api.getSourcesStatus()?.text.includes('2') && true, 60_000);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The workbench remembers the open side bar view: leave the Explorer as the next page expects.
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.workspace.getConfiguration('tradeFacts').update('sources', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('tradeFacts').update('checkerName', undefined, vscode.ConfigurationTarget.Global);
    for (const f of [fixture(DIR), fixture(ARTICLE), fixture('.trade-facts/drafts/sources-article.md.json')]) await vscode.workspace.fs.delete(f, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('sources: a verbatim quote’s card says where it is in the transcript, at which time', async () => {
    const h = await waitFor('the Source line on the card', async () => {
      const t = plain(await hoverText(doc.uri, inside(doc, 'Our exporters')));
      return /Verbatim in interview-lee\.srt at 00:12:35/.test(t) && t;
    });
    assert.match(h, /Open source/);
    assert.match(h, /Accept as source/);
  });

  it('sources: the altered quote (a dropped “not”) is a Problems entry, and its card shows the difference', async () => {
    const d = await waitFor('the source-altered entry', () => {
      const ds = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'Trade Facts' && x.code === 'source-altered');
      return ds.length > 0 && ds;
    });
    assert.equal(d.length, 1);
    assert.equal(d[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d[0].message, /“not” left out \(a negation or number differs\)/);
    assert.equal(doc.getText(d[0].range).slice(0, 20), 'We will accept a dea');
    const h = plain(await hoverText(doc.uri, inside(doc, 'We will accept')));
    assert.match(h, /Altered from interview-lee\.srt at 00:12:25: a negation or number differs/);
    assert.doesNotMatch(h, /Accept as source/, 'an altered quote cannot be accepted as sourced');
  });

  it('sources: the Quotes panel gives each quote a source badge', async () => {
    await vscode.commands.executeCommand('tradeFacts.showQuotes');
    const group = await waitFor('the badges in the panel', async () => {
      const snap = await vscode.commands.executeCommand<QuotesPanelSnapshot>('_tradeFacts.quotesPanel.snapshot');
      const g = snap?.rendered?.groups.find((x) => x.speaker === 'Kim Lee');
      return g?.sources?.some((s) => s.startsWith('Verbatim')) && g;
    }, 30_000);
    assert.deepEqual(group.sources, ['Altered · interview-lee.srt at 00:12:25', 'Verbatim · interview-lee.srt at 00:12:35']);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  });

  it('sources: the card’s link opens the transcript at the quote’s line', async () => {
    await vscode.window.showTextDocument(doc);
    const h = await hoverText(doc.uri, inside(doc, 'Our exporters'));
    const open = links(h).find(([c]) => c === 'tradeFacts.openSource');
    assert.ok(open, `no Open source link in: ${h}`);
    assert.ok(await vscode.commands.executeCommand(open[0], open[1]));
    const editor = await waitFor('the transcript in an editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('interview-lee.srt') && e;
    });
    assert.equal(editor.selection.active.line + 1, 15);
    assert.equal(editor.document.lineAt(14).text, 'Our exporters shipped more steel last year than in any year');
  });

  it('sources: “Accept as source” marks the figure verified with the source in the ledger', async () => {
    await vscode.window.showTextDocument(doc);
    const h = await hoverText(doc.uri, inside(doc, '$4.2 billion'));
    assert.match(plain(h), /Found in release\.md, line 3 as “\$4\.2bn”/);
    const accept = links(h).find(([c]) => c === 'tradeFacts.acceptSource');
    assert.ok(accept, `no Accept as source link in: ${h}`);
    assert.equal(await vscode.commands.executeCommand(accept[0], accept[1]), 'drafts/sources-it/release.md, line 3');
    const ledger = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixture('.trade-facts/drafts/sources-article.md.json'))));
    const entry = Object.values(ledger.entries as Record<string, { text: string; status: string; source: string; by: string }>).find((e) => e.text === '$4.2 billion');
    assert.deepEqual(entry && [entry.status, entry.source, entry.by], ['verified', 'drafts/sources-it/release.md, line 3', 'Dana Reyes']);
  });

  it('sources: the exported fact sheet has a Source check column and a Source line under each quote', async () => {
    await vscode.window.showTextDocument(doc);
    const r = await vscode.commands.executeCommand<{ opened?: vscode.TextDocument }>('tradeFacts.exportFactSheet', { format: 'md', destination: 'editor' });
    const sheet = r?.opened?.getText() ?? '';
    assert.match(sheet, /\| Source check \|/);
    assert.match(sheet, /Found in release\.md, line 3 as “\$4\.2bn”/);
    assert.match(sheet, /- Source: Altered from interview-lee\.srt at 00:12:25: “not” left out/);
    if (r?.opened) {
      await vscode.window.showTextDocument(r.opened);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.window.showTextDocument(doc);
  });

  it('sources: a source changed on disk is read again, and an unreadable one is skipped with one line and a count', async () => {
    const api = await tradeFacts();
    assert.ok(api.getSkippedSources().some((s) => /broken\.docx is not a readable Word document/.test(s)), api.getSkippedSources().join('\n'));
    assert.match(api.getSourcesStatus()?.tooltip ?? '', /1 skipped/);
    assert.ok(api.getLog().some((l) => /Source drafts\/sources-it\/broken\.docx is not a readable Word document; skipped/.test(l)));
    await write(`${DIR}/release.md`, RELEASE.replace('$4.2bn', '$4.9bn'));
    const figure = (await api.whenAnalyzed(doc.uri)).figures.find((f) => f.text === '$4.2 billion')!;
    await waitFor('the figure checked against the new release', async () => {
      return (await api.whenSourceChecked(doc.uri))?.get(figure.id)?.status === 'different';
    }, 45_000);
  });
});
