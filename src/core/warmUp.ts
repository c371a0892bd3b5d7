/**
 * A warm-up of the incremental analysis, for the analysis worker to run when it starts: the sample
 * article analysed with a paragraph cache, then typed into as a reporter types (a word at a time in
 * several paragraphs, a character deleted, a new paragraph). A keystroke runs code a full analysis
 * does not (the memos' reuse, the document passes over moved facts), and V8 optimizes a function
 * only once it has run a while, on another thread: without a warm-up the first keystrokes in a
 * document pay for it (in the bench, the first ~15 edits of a 10,000-word article cost 20-100 ms
 * where a later one costs ~10, and most of the 5% target's misses are those).
 * It changes no later result: its paragraph cache (and every memo of the document in it) is dropped,
 * and what it leaves in the module-level memos of pure functions of a text (a sentence, a name) is
 * the answer any document would get for that text (test/unit/warmUp.test.ts compares analyses after
 * it with a fresh process's).
 * The command line never calls it (a process per file has no second keystroke).
 */
import { analyze } from './analyze';
import { ParagraphCache } from './extract';
import { WARM_UP_ARTICLE } from './warmUpArticle';

/** Each step of the warm-up is one analysis: a caller may run them one per event-loop turn. */
export function* warmUpSteps(): Generator<void, number, void> {
  const cache = new ParagraphCache();
  let text = WARM_UP_ARTICLE;
  let runs = 0;
  const run = (next: string): void => {
    text = next;
    analyze(text, { cache });
    runs++;
  };
  run(text);
  yield;
  // Seeded (the same warm-up every time): a few words typed into paragraphs down the article.
  let seed = 7;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let word = 0; word < 12; word++) {
    let at = text.indexOf(' ', Math.floor(random() * text.length));
    if (at < 0) at = text.length;
    for (const ch of ' tariff') {
      run(text.slice(0, at) + ch + text.slice(at));
      at++;
      yield;
    }
    // A typo taken back.
    run(text.slice(0, at - 1) + text.slice(at));
    yield;
  }
  // A new paragraph, then joined again.
  const end = text.indexOf('\n\n', text.length >> 1);
  if (end > 0) {
    run(`${text.slice(0, end)}\n\nThe ministry said${text.slice(end)}`);
    yield;
    run(text.slice(0, end) + text.slice(end + '\n\nThe ministry said'.length));
    yield;
  }
  return runs;
}

/** Runs the whole warm-up at once; returns the number of analyses it made. */
export function warmUp(): number {
  const steps = warmUpSteps();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
