import type * as vscode from 'vscode';
import type { Analysis } from '../../core/types';
import type { AnalysisStore } from '../analysisStore';

/**
 * The analysis of the document's current text, waiting for the worker if it is still running
 * (the Outline asks right after a file opens); undefined when the document is not an article, its
 * analysis failed or was skipped, or the text changed meanwhile (its offsets would not fit).
 */
export async function analysisFor(store: AnalysisStore, document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
  if (!store.handles(document)) return undefined;
  const now = store.current(document);
  if (now) return now;
  // Only wait for an analysis under way: asking again for a failed or skipped one would retry it on every Outline refresh.
  if (store.status(document) !== 'analysing') return undefined;
  const version = document.version;
  const analysis = await store.whenAnalyzed(document.uri).catch(() => undefined);
  if (token?.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
  return analysis;
}
