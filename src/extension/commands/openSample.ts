import * as vscode from 'vscode';

/** The original article shipped in the extension (samples/ is in the .vsix for the walkthrough). */
export const SAMPLE_ARTICLE = 'harbor-steel-tariffs.md';

/**
 * `Trade Facts: Open Sample Article`: the bundled article as an untitled Markdown copy, so a first
 * try never edits the installed extension. Reads through workspace.fs, which also works on the web.
 */
export function registerOpenSample(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand('tradeFacts.openSample', async () => {
    const file = vscode.Uri.joinPath(context.extensionUri, 'samples', SAMPLE_ARTICLE);
    try {
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const doc = await vscode.workspace.openTextDocument({ content, language: 'markdown' });
      return await vscode.window.showTextDocument(doc, { preview: false });
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Trade Facts: the sample article could not be opened ({0}).', (err as Error).message));
      return undefined;
    }
  });
}
