import * as vscode from 'vscode';
import type { HighlightKind } from './highlightSpans';

/** The colour id stem of each kind, as contributed in package.json ("tradeFacts.figureBackground"). */
const COLOUR: Record<HighlightKind, string> = {
  figures: 'figure',
  tariffs: 'tariff',
  people: 'person',
  organizations: 'organization',
  quotes: 'quote',
};

/** One decoration type per kind, created once and reused for every editor. */
export function createDecorationTypes(): Record<HighlightKind, vscode.TextEditorDecorationType> {
  const make = (kind: HighlightKind) =>
    vscode.window.createTextEditorDecorationType({
      backgroundColor: new vscode.ThemeColor(`tradeFacts.${COLOUR[kind]}Background`),
      border: '1px solid',
      borderColor: new vscode.ThemeColor(`tradeFacts.${COLOUR[kind]}Border`),
      borderRadius: '2px',
      overviewRulerColor: new vscode.ThemeColor(`tradeFacts.${COLOUR[kind]}Ruler`),
      overviewRulerLane: kind === 'quotes' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
      // Text typed at a highlight's end is not part of it (until the next analysis says so).
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
    });
  return {
    figures: make('figures'),
    tariffs: make('tariffs'),
    people: make('people'),
    organizations: make('organizations'),
    quotes: make('quotes'),
  };
}
