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
