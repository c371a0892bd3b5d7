import type * as vscode from 'vscode';

/** How long one analysis took, for the tests and the report. */
export interface Timing {
  /** Time the worker spent in analyze(). */
  workerMs: number;
  /** From reading the text to the result being applied. */
  roundTripMs: number;
  /** Of that, time spent on the extension host's main thread (read text, post, apply). */
  mainThreadMs: number;
  cachedParagraphs: number;
}

/** The words a reporter sees when an article is over the size limit. */
export function tooLargeNotice(doc: vscode.TextDocument, kb: number, limitKB: number): string {
  const name = doc.isUntitled ? doc.uri.path : doc.uri.path.split('/').pop();
  return `Trade Facts: ${name} is ${Math.round(kb)} KB, over the ${limitKB} KB limit (setting tradeFacts.maxFileSizeKB), so it is not analysed.`;
}
