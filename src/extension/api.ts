/**
 * What the extension offers other extensions (`vscode.extensions.getExtension(…).exports`), and
 * the extra hooks its integration tests use. The hooks reach into the worker and the views, so
 * `activate` adds them only in `ExtensionMode.Test`: an installed extension exports the public API alone.
 */
import type * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { ArticleStatus } from './analysisStore';
import type { AppliedRanges } from './highlights';
import type { StatusView } from './statusText';
import type { Timing } from './storeNotices';
import type { BeatSnapshot } from '../core/beat';
import type { BeatStatus } from './navigation/beatWorkspace';
import type { BeatNodeView } from './navigation/beatView';
import type { SourceCheck } from '../core/sources/types';

export interface TradeFactsApi {
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  whenAnalyzed(uri: vscode.Uri): Promise<Analysis>;
  /** Fires each time a document's analysis is applied (always for its current text). */
  onDidAnalyze: vscode.Event<{ document: vscode.TextDocument; analysis: Analysis }>;
  /** Where an open document stands (analysed, analysing, too large, binary, failed, not an article). */
  getStatus(uri: vscode.Uri): ArticleStatus | undefined;
  /** How long activate() took, in milliseconds. */
  activationMs: number;
}

/** Hooks for the integration tests only. */
export interface TestHooks {
  /** The highlight ranges last drawn in an editor, per kind. */
  getDecorationRanges(editor: vscode.TextEditor): AppliedRanges;
  /** Notices shown, and how long the last analysis of a document took. */
  getNotices(): readonly string[];
  getTiming(uri: vscode.Uri): Timing | undefined;
  /** What the status bar item shows (undefined when hidden). */
  getStatusBar(): StatusView | undefined;
  /** What the "Trade Facts" output channel holds. */
  getLog(): readonly string[];
  crashWorkerForTest(): void;
  /** A time budget for the next `times` analyses (undefined: the normal one), and forgetting past worker deaths. */
  setAnalysisBudgetForTest(ms: number | undefined, times?: number): void;
  resetWorkerForTest(): void;
  /** The context keys the walkthrough's completion events listen for, as set so far. */
  getWalkthroughKeys(): string[];
  /** The texts marked verified, disputed and changed in an editor, as drawn. */
  getCheckMarks(editor: vscode.TextEditor): Record<'verified' | 'disputed' | 'changed', string[]>;
  /** The checks status bar item's text and tooltip (undefined when hidden). */
  getChecksStatus(): string | undefined;
  /** Notices about check ledgers (unreadable, newer format, not movable). */
  getLedgerNotices(): readonly string[];
  /** The workspace's beat index and where indexing stands. */
  getBeat(): { snapshot: BeatSnapshot; status: BeatStatus };
  /** Resolves once the beat index has nothing left to index. */
  whenBeatIndexed(): Promise<void>;
  /** The Beat view's tree as plain data (labels, descriptions, what a click opens). */
  getBeatView(): BeatNodeView[];
  /** The source checks of a document's current analysis, once made (undefined after 30 s without). */
  whenSourceChecked(uri: vscode.Uri): Promise<Map<string, SourceCheck> | undefined>;
  /** The sources status bar item's text and tooltip (undefined when hidden). */
  getSourcesStatus(): { text: string; tooltip: string } | undefined;
  /** The sources skipped, each with why. */
  getSkippedSources(): string[];
}

export type TradeFactsTestApi = TradeFactsApi & TestHooks;

/** The API with the test hooks added (only called in ExtensionMode.Test). */
export function withTestHooks(api: TradeFactsApi, hooks: TestHooks): TradeFactsTestApi {
  return { ...api, ...hooks };
}
