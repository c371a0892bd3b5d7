import * as vscode from 'vscode';

/**
 * The open document of a URI. An untitled name ("Untitled-1") is reused by later documents, and the
 * closed one can linger in `workspace.textDocuments` for a moment: the newest one not closed wins.
 */
export function openDocumentOf(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = uri.toString();
  let found: vscode.TextDocument | undefined;
  for (const d of vscode.workspace.textDocuments) if (!d.isClosed && d.uri.toString() === key) found = d;
  return found;
}
