// Helpers for the editor tests (highlights, hovers, live re-analysis): reach the extension's API,
// open fixtures and untitled articles, change settings and put them back, read hovers.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TradeFactsTestApi as TradeFactsApi } from '../../src/extension/api';

export async function tradeFacts(): Promise<TradeFactsApi> {
  const ext = vscode.extensions.getExtension<TradeFactsApi>('trade-facts.trade-facts');
  if (!ext) throw new Error('the Trade Facts extension is not installed');
  return ext.isActive ? ext.exports : ext.activate();
}

export function fixture(name: string): vscode.Uri {
  const ws = vscode.workspace.workspaceFolders?.[0];
  return ws ? vscode.Uri.joinPath(ws.uri, name) : vscode.Uri.file(path.resolve(__dirname, '../../../test/fixtures', name));
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture(name)));
}

export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language, content }));
}

/**
 * A named untitled document ("untitled:notes.json") holding `content`: unlike "Untitled-N", its
 * name is never reused by a later test while VS Code still winds the old one down.
 */
export async function namedUntitled(name: string, content: string, language: string): Promise<vscode.TextDocument> {
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:${name}`)), language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  return doc;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sets a tradeFacts setting for the duration of `body`, then puts the old value back. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('tradeFacts');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration('tradeFacts').update(key, before, vscode.ConfigurationTarget.Global);
  }
}

/** The text of every hover at a position, as one string. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

/** Where the first `needle` (after `after`) starts in the document, plus one character. */
export function inside(doc: vscode.TextDocument, needle: string, after = 0): vscode.Position {
  const at = doc.getText().indexOf(needle, after);
  if (at < 0) throw new Error(`"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + 1);
}
