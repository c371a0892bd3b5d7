/**
 * A warm-up of the incremental analysis, for the analysis worker to run after its first answer.
 * A keystroke runs code a full analysis does not (the memos' reuse, the document passes over moved
 * facts), and V8 optimizes a function only once it has run a while, on another thread, and again
 * when it meets objects of other shapes: without a warm-up the first keystrokes in a document pay
 * for it (in the bench, the first ~15 edits of a 10,000-word article cost 20-100 ms where a later
 * one costs ~10, and they set the p95). Typed into the document just analysed, with its own cache,
 * each keystroke taken back at once, the warm-up meets the shapes and paths that document's typing
 * will (a warm-up on a small sample article left about four times as much of that optimizing in the
 * first keystrokes). Without a document, or with one too long to type into cheaply, it types into
 * the sample article with a cache of its own.
 * It changes no later result: after each keystroke taken back the document's cache has seen its
 * text again (and an incremental analysis equals a fresh one whatever the cache saw before:
 * test/unit/typingChains.test.ts), and what it leaves in the module-level memos of pure functions
 * of a text (a sentence, a name) is the answer any document would get for that text
 * (test/unit/warmUp.test.ts compares analyses after it with a fresh process's).
 * The command line never calls it (a process per file has no second keystroke).
 */
import { analyze } from './analyze';
import { ParagraphCache } from './extract';
import { WARM_UP_ARTICLE } from './warmUpArticle';

/** Keystrokes typed into a document (each then taken back): two analyses each. */
export const DOCUMENT_KEYSTROKES = 20;
/** A longer document warms up on the sample instead (a keystroke there costs too much to make 40). */
const LONGEST_DOCUMENT = 150_000;

/** The document the worker answered first: its text, and its cache after that analysis. */
export interface WarmUpDocument {
  text: string;
  cache: ParagraphCache;
}

/**
 * Each step of the warm-up is one keystroke (in a document, typed and taken back): a caller may run
 * them one per event-loop turn, and may stop between two (the document's cache has then seen its text).
 */
export function* warmUpSteps(doc?: WarmUpDocument): Generator<void, number, void> {
  if (!doc || doc.text.length > LONGEST_DOCUMENT || doc.cache.text !== doc.text || doc.text.length < 2) return yield* sampleSteps();
  const { text, cache } = doc;
  let seed = 7;
  const random = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  for (let i = 0; i < DOCUMENT_KEYSTROKES; i++) {
    const at = 1 + Math.floor(random() * (text.length - 1));
    analyze(text.slice(0, at) + 'etaoinshrd'[i % 10] + text.slice(at), { cache });
    analyze(text, { cache });
    yield;
  }
  return 2 * DOCUMENT_KEYSTROKES;
}

/** The sample article analysed with a cache of its own, then typed into as a reporter types (a word at a time in several paragraphs, a character deleted, a new paragraph). */
function* sampleSteps(): Generator<void, number, void> {
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
export function warmUp(doc?: WarmUpDocument): number {
  const steps = warmUpSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
