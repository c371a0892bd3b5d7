import * as vscode from 'vscode';

/** The one place where the core's UTF-16 offsets become editor ranges, and back. */
export function toRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toRanges(document: vscode.TextDocument, spans: readonly { start: number; end: number }[]): vscode.Range[] {
  return spans.map((s) => toRange(document, s));
}

/** The offset of a position, for finding which fact a hover is over. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** 1-based line of an offset, as a reporter counts lines. */
export function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}
