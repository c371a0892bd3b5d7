import * as vscode from 'vscode';
import { baseName, type BeatEntity } from '../../core/beat';
import type { BeatWorkspace } from './beatWorkspace';
import { placeLocation } from './places';

const MAX_RESULTS = 2_000;

/** Whether the query's letters appear in the name in order ("imarr" finds "Ilse Marrowby"), as VS Code matches symbols. */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase().replace(/\s+/g, '')) {
    at = n.indexOf(ch, at) + 1;
    if (!at) return false;
  }
  return true;
}

/** Go to Symbol in Workspace (Ctrl+T): the beat's people and organizations, one entry per article that names them. */
export function registerWorkspaceSymbols(beat: BeatWorkspace): vscode.Disposable[] {
  const provider: vscode.WorkspaceSymbolProvider = {
    async provideWorkspaceSymbols(query) {
      const snap = (await beat.fresh()).snapshot;
      const out: vscode.SymbolInformation[] = [];
      const add = (list: BeatEntity[], kind: vscode.SymbolKind) => {
        for (const e of list) {
          if (!matchesQuery(e.name, query)) continue;
          for (const a of e.articles) {
            if (out.length >= MAX_RESULTS || !a.places.length) return;
            const container = [baseName(a.file), a.titles[0]].filter(Boolean).join(' · ');
            out.push(new vscode.SymbolInformation(e.name, kind, container, placeLocation(a.file, a.places[0])));
          }
        }
      };
      add(snap.people, vscode.SymbolKind.Object);
      add(snap.organizations, vscode.SymbolKind.Module);
      return out;
    },
  };
  return [vscode.languages.registerWorkspaceSymbolProvider(provider)];
}
