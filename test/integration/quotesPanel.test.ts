// The quotes side panel (issue 5) in a real VS Code: what its webview shows (read back from its
// DOM through the extension's test hook), clicks that select a quote, live edits, following editors.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TradeFactsTestApi as TradeFactsApi } from '../../src/extension/api';
import type { QuotesPanelSnapshot } from '../../src/extension/quotes/quotesViewProvider';
import { groupQuotes } from '../../src/core/quoteGroups';
import type { Analysis } from '../../src/core/types';
import { hoverText, namedUntitled, withSetting } from './editorHelpers';

const EXTENSION_ID = 'trade-facts.trade-facts';
const ARTICLE = 'quotes-panel-article.md';
const UNSAFE = 'quotes-panel-unsafe.md';
const TITLES = 'quotes-panel-titles.md';

function fixture(name: string): vscode.Uri {
  const ws = vscode.workspace.workspaceFolders?.[0];
  return ws ? vscode.Uri.joinPath(ws.uri, name) : vscode.Uri.file(path.resolve(__dirname, '../../../test/fixtures', name));
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`quotes panel: timed out after ${ms} ms waiting for ${what}${last ? `; last: ${JSON.stringify(last)}` : ''}`);
    last = await snapshot().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const snapshot = async () => (await vscode.commands.executeCommand<QuotesPanelSnapshot>('_tradeFacts.quotesPanel.snapshot'))!;
const receive = (message: unknown) => vscode.commands.executeCommand('_tradeFacts.quotesPanel.receive', message);

async function api(): Promise<TradeFactsApi> {
  const ext = vscode.extensions.getExtension<TradeFactsApi>(EXTENSION_ID)!;
  return ext.isActive ? ext.exports : ext.activate();
}

async function open(name: string): Promise<{ doc: vscode.TextDocument; analysis: Analysis }> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  await vscode.window.showTextDocument(doc);
  const analysis = await (await api()).whenAnalyzed(doc.uri);
  return { doc, analysis };
}

/** Waits until the panel's DOM shows `name` with its analysis rendered, and returns what it shows. */
async function shown(name: string, extra: (s: QuotesPanelSnapshot) => boolean = () => true) {
  const s = await waitFor(`the panel to show ${name}`, async () => {
    const s = await snapshot();
    return s.rendered?.summary.startsWith(`${name} ·`) && extra(s) && s;
  });
  return s.rendered!;
}

/** Closes every editor, reverting unsaved untitled ones first so no "Save?" dialog keeps them open. */
async function closeEveryEditor(): Promise<void> {
  for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
    if (!tab.isDirty || !(tab.input instanceof vscode.TabInputText)) continue;
    const doc = await vscode.workspace.openTextDocument(tab.input.uri);
    await vscode.window.showTextDocument(doc, { viewColumn: tab.group.viewColumn });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const left = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
  assert.deepEqual(left, [], 'quotes panel: every editor closed before the test');
}

/** Quote text without the trailing comma or stop that closes it inside the marks. */
const bare = (t: string) => t.replace(/[,.\s]+$/, '');

describe('Quotes panel (issue 5)', function () {
  this.timeout(60_000);

  before(async () => {
    await open(ARTICLE);
    await vscode.commands.executeCommand('tradeFacts.showQuotes', '');
  });
  after(async () => {
    await vscode.commands.executeCommand('tradeFacts.showQuotes', '');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The workbench remembers the open side bar view: leave the Explorer as the next page expects.
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  it('lists every quote of the fixture article, grouped by speaker as the analysis says', async () => {
    const { analysis } = await open(ARTICLE);
    const panel = await shown(ARTICLE);
    const listed = panel.groups.flatMap((g) => g.quotes).map(bare);
    assert.deepEqual(listed.slice().sort(), [
      'Closed for inventory until Monday',
      'Nobody wants to pay the duty and then find the shelves empty',
      'Our orders for the spring are down by a third',
      'We have never seen the autumn this quiet',
    ], `quotes panel: the quotes listed, in ${JSON.stringify(panel)}`);
    const expected = groupQuotes(analysis).map((g) => ({
      speaker: g.speaker ?? 'No speaker found',
      count: String(g.quotes.length),
      flagged: g.speaker === null,
      quotes: g.quotes.map((q) => q.text),
    }));
    assert.deepEqual(panel.groups.map(({ speaker, count, flagged, quotes }) => ({ speaker, count, flagged, quotes })), expected, 'quotes panel: groups');
    assert.equal(panel.empty, '', 'quotes panel: no empty-state text beside a list');
  });

  it('names the speakers the article gives, with the notice on the door left unattributed', async () => {
    await open(ARTICLE);
    const panel = await shown(ARTICLE);
    const speakerOf = (text: string) => panel.groups.find((g) => g.quotes.some((q) => q.startsWith(text)))?.speaker;
    assert.equal(speakerOf('We have never seen'), 'Ingrid Solberg', 'quotes panel: speaker of the first quote');
    assert.equal(speakerOf('Our orders'), 'Tomas Varga', 'quotes panel: speaker of the second quote');
    assert.equal(speakerOf('Nobody wants'), 'Tomas Varga', 'quotes panel: "Varga said" goes to Tomas Varga');
    assert.equal(speakerOf('Closed for inventory'), 'No speaker found', 'quotes panel: the notice has no speaker');
    const solberg = panel.groups.find((g) => g.speaker === 'Ingrid Solberg');
    assert.match(solberg?.details ?? '', /operations director/, 'quotes panel: title shown under the speaker');
  });

  it('selects a quote in the editor when the panel asks to reveal it (what a click sends)', async () => {
    const { doc, analysis } = await open(ARTICLE);
    await shown(ARTICLE);
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const quote = analysis.quotes.find((q) => q.text.startsWith('Closed for inventory'))!;
    await receive({ type: 'reveal', quoteId: quote.id });
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document, doc, 'quotes panel: the article stays the active editor');
    assert.equal(active.document.getText(active.selection), quote.text, 'quotes panel: the selection is the quote');
  });

  it('ignores malformed messages from the webview', async () => {
    await open(ARTICLE);
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    for (const bad of [null, 'reveal', { type: 'reveal' }, { type: 'reveal', quoteId: 42 }, { type: 'reveal', quoteId: 'q1"><b>' }, { type: 'run', command: 'x' }]) {
      await receive(bad);
    }
    await receive({ type: 'reveal', quoteId: 'q999' });
    assert.ok(vscode.window.activeTextEditor!.selection.isEmpty, 'quotes panel: nothing was selected');
  });

  it('copies a quote with its attribution', async () => {
    const { analysis } = await open(ARTICLE);
    const quote = analysis.quotes.find((q) => q.text.startsWith('Our orders'))!;
    await vscode.env.clipboard.writeText('');
    await receive({ type: 'copy', quoteId: quote.id });
    const copied = await vscode.env.clipboard.readText();
    assert.equal(quote.speaker, 'Tomas Varga', 'quotes panel: the fixture names its speaker');
    assert.equal(copied, '“Our orders for the spring are down by a third,” said Tomas Varga, chief executive at Nordwheel Imports.', 'quotes panel: copied attribution');
  });

  it('copies with the speaker\'s title and affiliation as the article gives them (issue 16)', async () => {
    const { analysis } = await open(TITLES);
    await shown(TITLES);
    const copied: string[] = [];
    for (const quote of analysis.quotes) {
      await vscode.env.clipboard.writeText('');
      await receive({ type: 'copy', quoteId: quote.id });
      copied.push(await vscode.env.clipboard.readText());
    }
    assert.deepEqual(copied, [
      '“We will answer this in kind,” said Elise Marchand, Canada\'s Prime Minister.',
      '“Our door stays open,” said Ana Ruiz, Mexico\'s Economy Minister.',
      '“We are studying the measure,” said a ministry spokesperson.',
      '“We are reviewing our options,” said the Coastal Sawmill Workers Union.',
    ], 'quotes panel: copied attributions');
  });

  it('offers "Show quotes by …" on a person\'s card only when that person has quotes (issue 16)', async () => {
    const { doc, analysis } = await open(TITLES);
    const person = (name: string) => {
      const p = analysis.people.find((x) => x.name === name);
      assert.ok(p, `quotes panel: ${name} among ${analysis.people.map((x) => x.name).join(', ')}`);
      return p;
    };
    const quoted = person('Elise Marchand');
    const silent = person('Gerrit Osterloh');
    assert.equal(analysis.quotes.filter((q) => q.speakerId === silent.id).length, 0, 'quotes panel: the fixture never quotes the broker');
    const card = (p: { mentions: { start: number }[] }) => hoverText(doc.uri, doc.positionAt(p.mentions[0].start + 1));
    const quotedCard = await card(quoted);
    assert.match(quotedCard, /\[Show quotes by Elise Marchand\]\(command:tradeFacts\.showQuotes\?/, 'quotes panel: the quoted person links to the panel');
    const silentCard = await card(silent);
    assert.match(silentCard, /\*\*Person\*\* · Gerrit Osterloh/, 'quotes panel: the hover is the broker\'s card');
    assert.match(silentCard, /0 quotes/, 'quotes panel: the card counts no quotes');
    assert.doesNotMatch(silentCard, /Show quotes|tradeFacts\.showQuotes/, 'quotes panel: no link to an empty filter');
  });

  it('shows a quote added by an edit, then drops it when the edit is undone', async () => {
    // An untitled copy of the fixture, so no run can ever leave the edit saved in the fixture file.
    const text = (await vscode.workspace.openTextDocument(fixture(ARTICLE))).getText();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    const name = doc.uri.path;
    const hasNewQuote = (s: QuotesPanelSnapshot) => s.rendered!.groups.some((g) => g.quotes.some((q) => q.startsWith('We will reopen the north gate')));
    await shown(name, (s) => s.rendered!.groups.length > 0);
    const added = '\n“We will reopen the north gate on Monday,” said Ingrid Solberg.\n';
    try {
      await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, added));
      await shown(name, hasNewQuote);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('undo');
      assert.equal(doc.getText(), text, 'quotes panel: undo restored the text');
      await shown(name, (s) => s.rendered!.groups.length > 0 && !hasNewQuote(s));
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('follows the last article, not the last editor: a fact sheet, a JSON file or the Output panel leave it showing, named (issue 16)', async () => {
    await closeEveryEditor();
    const { doc } = await open(ARTICLE);
    const count = (await shown(ARTICLE)).groups.length;
    assert.ok(count > 0, 'quotes panel: the article has quotes');
    const stillArticle = async (what: string) => {
      // Give a wrong switch time to happen before looking.
      await new Promise((r) => setTimeout(r, 700));
      const s = await snapshot();
      assert.equal(s.document, doc.uri.toString(), `quotes panel: still on the article with ${what} focused`);
      assert.ok(s.rendered?.summary.startsWith(`${ARTICLE} ·`), `quotes panel: the article's quotes shown with ${what} focused: ${JSON.stringify(s.rendered)}`);
      assert.equal(s.rendered?.groups.length, count, `quotes panel: all its groups with ${what} focused`);
      assert.equal(s.description, ARTICLE, `quotes panel: the view's title line names the article with ${what} focused`);
    };
    const sheet = (await vscode.commands.executeCommand<{ opened?: vscode.TextDocument }>('tradeFacts.exportFactSheet', { format: 'md', destination: 'editor' }))?.opened;
    assert.ok(sheet && vscode.window.activeTextEditor?.document === sheet, 'quotes panel: the fact sheet is the active editor');
    await stillArticle('a fact sheet');
    const json = await namedUntitled(`not-an-article-${Date.now()}.json`, '{ "quote": "not an article" }', 'json');
    await vscode.window.showTextDocument(json, vscode.ViewColumn.Beside);
    await stillArticle('a JSON file');
    await vscode.commands.executeCommand('workbench.action.output.toggleOutput');
    await stillArticle('the Output panel');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });

  it('switches when another article becomes active, and goes empty only when no article is open (issue 16)', async () => {
    await closeEveryEditor();
    // Kept open in tabs of their own (not one preview tab, which the second would replace).
    const pinned = async (name: string) => {
      const doc = await vscode.workspace.openTextDocument(fixture(name));
      await vscode.window.showTextDocument(doc, { preview: false });
      return { doc };
    };
    const first = await pinned(ARTICLE);
    await shown(ARTICLE);
    const second = await pinned('integration-article.md');
    await shown('integration-article.md');
    assert.equal((await snapshot()).description, 'integration-article.md', 'quotes panel: the title line follows');
    const json = await namedUntitled(`not-an-article-${Date.now()}.json`, '{ "quote": "not an article" }', 'json');
    await vscode.window.showTextDocument(json, vscode.ViewColumn.Beside);
    // Closing the article shown brings back the one read before it, still open in its tab.
    const tabOf = (d: vscode.TextDocument) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === d.uri.toString())!;
    await vscode.window.tabGroups.close(tabOf(second.doc));
    await shown(ARTICLE);
    assert.equal(vscode.window.activeTextEditor?.document, json, 'quotes panel: the JSON file kept the focus');
    await vscode.window.tabGroups.close(tabOf(first.doc));
    const s = await waitFor('the "open a file" empty state', async () => {
      const s = await snapshot();
      return s.rendered?.empty === 'Open a text or Markdown file' && s;
    });
    assert.equal(s.rendered!.groups.length, 0, 'quotes panel: no quotes of a closed article');
    assert.equal(s.description, '', 'quotes panel: no article named');
    await closeEveryEditor();
  });

  it('drops stale quotes for the reason when the article goes over the size limit, and when its language is left out', async () => {
    const body = '"We will keep the port open," said Ingrid Solberg, operations director at the Halden Port Authority.\n\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: body.repeat(20) });
    await vscode.window.showTextDocument(doc);
    try {
      await (await api()).whenAnalyzed(doc.uri);
      await waitFor('the quotes', async () => (await snapshot()).rendered?.groups.length);
      await withSetting('maxFileSizeKB', 1, async () => {
        const s = await waitFor('the size-limit reason', async () => {
          const s = await snapshot();
          return /over the 1 KB limit/.test(s.rendered?.empty ?? '') && s;
        });
        assert.equal(s.rendered!.groups.length, 0, 'quotes panel: no stale quotes');
      });
      await waitFor('the quotes back under the normal limit', async () => (await snapshot()).rendered?.groups.length);
      await withSetting('languages', ['plaintext'], async () => {
        await waitFor('the "open a file" empty state', async () => (await snapshot()).rendered?.empty === 'Open a text or Markdown file');
      });
      await waitFor('the quotes back with markdown', async () => (await snapshot()).rendered?.groups.length);
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('says so when a document has no quotes', async () => {
    // A name of its own: a new "Untitled-1" opened right after the last test's was closed has been seen
    // (4 runs in 36 of this suite) to come up holding the closed one's 20-quote text, which the panel then rightly showed.
    const doc = await namedUntitled(`no-quotes-${Date.now()}.txt`, 'Steel imports rose 4% in May.', 'plaintext');
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.getText(), 'Steel imports rose 4% in May.', 'quotes panel: the new document holds its own text');
    await waitFor('the "no quotes" empty state', async () => (await snapshot()).rendered?.empty === 'No quotes in this document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens filtered on a person named by "Show Quotes Panel"', async () => {
    await open(ARTICLE);
    await shown(ARTICLE);
    await vscode.commands.executeCommand('tradeFacts.showQuotes', 'Tomas Varga');
    const panel = (await waitFor('the filter', async () => {
      const s = await snapshot();
      return s.rendered?.filter === 'Tomas Varga' && s;
    })).rendered!;
    assert.deepEqual(panel.groups.map((g) => [g.speaker, g.quotes.length]), [['Tomas Varga', 2]], 'quotes panel: only his two quotes stay');
    // A name with no quotes says so rather than showing an empty list.
    await vscode.commands.executeCommand('tradeFacts.showQuotes', 'Nobody Byname');
    const none = (await waitFor('the second filter', async () => {
      const s = await snapshot();
      return s.rendered?.filter === 'Nobody Byname' && s;
    })).rendered!;
    assert.equal(none.groups.length, 0);
    assert.equal(none.empty, 'No quotes match “Nobody Byname”', 'quotes panel: says nothing matched');
    await vscode.commands.executeCommand('tradeFacts.showQuotes', '');
    await waitFor('the filter to clear', async () => (await snapshot()).rendered?.filter === '');
  });

  it('shows markup inside a quote as text', async () => {
    await open(UNSAFE);
    const panel = await shown(UNSAFE);
    const text = panel.groups.flatMap((g) => g.quotes).join('\n');
    for (const literal of ['<script>', '</script>', '<img src=x onerror=document.title=', '</div>']) {
      assert.ok(text.includes(literal), `quotes panel: "${literal}" shown as text in ${JSON.stringify(text)}`);
    }
  });
});
