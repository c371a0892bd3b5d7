import * as vscode from 'vscode';
import { entityAt } from '../../core/beat';
import type { AnalysisStore } from '../analysisStore';
import { toOffset, toRange } from '../convert';
import { analysisFor } from './analysisFor';
import type { BeatWorkspace } from './beatWorkspace';
import { placeLocation } from './places';

/**
 * Find All References (Shift+F12) on a person or organization: every mention in the article, then
 * the mentions in the beat's other articles, from the index.
 */
export function registerReferences(store: AnalysisStore, beat: BeatWorkspace): vscode.Disposable[] {
  const provider: vscode.ReferenceProvider = {
    async provideReferences(document, position, _context, token) {
      const analysis = await analysisFor(store, document, token);
      const hit = analysis && entityAt(analysis, toOffset(document, position));
      if (!hit) return undefined;
      const here = hit.mentions.map((m) => new vscode.Location(document.uri, toRange(document, m)));
      const self = document.uri.toString();
      // The beat's lists as of now, built in slices if a change is not in them yet.
      const elsewhere = ((await beat.fresh()).entity(hit.kind, hit.entity.name)?.articles ?? [])
        .filter((a) => a.file !== self)
        .flatMap((a) => a.places.map((p) => placeLocation(a.file, p)));
      return [...here, ...elsewhere];
    },
  };
  return [vscode.languages.registerReferenceProvider('*', provider)];
}
