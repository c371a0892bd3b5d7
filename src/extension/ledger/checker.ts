import * as vscode from 'vscode';

interface GitApi {
  repositories: Array<{ rootUri: vscode.Uri; getConfig(key: string): Promise<string> }>;
}

/**
 * Who marks a fact: the setting `tradeFacts.checkerName`, else git's `user.name` for the article's
 * repository (through VS Code's git extension, so it works remotely too), else "unknown".
 */
export async function checkerName(uri: vscode.Uri): Promise<string> {
  const own = vscode.workspace.getConfiguration('tradeFacts').get<string>('checkerName', '').trim();
  if (own) return own;
  try {
    const git = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    const api = git && (git.isActive ? git.exports : await git.activate()).getAPI(1);
    const repo = api?.repositories.find((r) => uri.path.startsWith(r.rootUri.path)) ?? api?.repositories[0];
    const name = repo ? (await repo.getConfig('user.name')).trim() : '';
    if (name) return name;
  } catch {
    // no git extension, or no repository: fall through
  }
  return 'unknown';
}
