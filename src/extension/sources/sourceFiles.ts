/**
 * Which files are the reporter's sources in the editor: the `tradeFacts.sources` globs, relative
 * to each workspace folder (an absolute glob is read where it points: listed, so allowed). A glob
 * climbing out of its folder ("../…") is refused, so nothing outside the workspace is read unless
 * listed by its absolute path.
 */
import * as vscode from 'vscode';
import { isSourceFile } from '../../core/sources/read';

/** Most source files indexed; more are named once in the output channel. */
export const MAX_EDITOR_SOURCES = 10_000;

export const DEFAULT_SOURCES = ['sources/**', 'notes/**'];

/** The globs of the setting, each as a pattern VS Code can search and watch; `refused` are those that leave the workspace. */
export function sourcePatterns(): { patterns: vscode.RelativePattern[]; refused: string[] } {
  const globs = vscode.workspace.getConfiguration('tradeFacts').get<string[]>('sources', DEFAULT_SOURCES).filter((g) => typeof g === 'string' && g.trim());
  const patterns: vscode.RelativePattern[] = [];
  const refused: string[] = [];
  for (const glob of globs) {
    const g = glob.trim().replace(/\\/g, '/');
    if (/^(?:[a-zA-Z]:)?\//.test(g)) {
      // Absolute: the folder part before the first wildcard is the base.
      const parts = g.split('/');
      const wild = parts.findIndex((p) => /[*?{[]/.test(p));
      const base = wild < 0 ? parts.slice(0, -1).join('/') : parts.slice(0, wild).join('/');
      const rest = wild < 0 ? parts[parts.length - 1] : parts.slice(wild).join('/');
      patterns.push(new vscode.RelativePattern(vscode.Uri.file(base || '/'), rest));
    } else if (g.split('/').includes('..')) refused.push(glob);
    else for (const folder of vscode.workspace.workspaceFolders ?? []) patterns.push(new vscode.RelativePattern(folder, g));
  }
  return { patterns, refused };
}

/** The source files the patterns match now, each once, with only the formats the check reads. */
export async function findSources(patterns: readonly vscode.RelativePattern[], token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const seen = new Map<string, vscode.Uri>();
  for (const p of patterns) {
    const found = await vscode.workspace.findFiles(p, '**/{node_modules,.git,.trade-facts}/**', MAX_EDITOR_SOURCES + 1, token);
    for (const u of found) if (isSourceFile(u.path)) seen.set(u.toString(), u);
    if (token?.isCancellationRequested) break;
  }
  return [...seen.values()];
}

/** How a source is named to the reporter and in the index: its workspace-relative path. */
export const sourceName = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
