/**
 * Imported first by src/cli.ts, before any rule runs. V8 runs a regex through its bytecode
 * interpreter first and compiles it to machine code only once it is used again; the lexicon's
 * long alternations then pay twice (bytecode, then machine code) and the interpreter's slow pass in
 * between. A command-line run compiles each pattern once and uses most of them again on the next
 * paragraph, so compiling straight to machine code cut a 500-word article's run by about a fifth
 * (bench/RESULTS.md, "Command line"). Matching is the same either way: only when the machine code is
 * made changes.
 *
 * Compiling is most of what a regex costs a one-off run: a fact sheet of one article compiles some
 * 400 patterns and runs most of them on a few sentences. V8's regex optimizations (quick checks of
 * the next characters, a Boyer-Moore-style look-ahead over each alternation, merged text nodes) make
 * matching faster but compiling slower, and for `i` patterns they fold the case of every letter of
 * every word of a list again. Without them a 500-word article's run takes about 9% fewer
 * instructions and 6% less time (callgrind; alternating runs on 85 articles); they match exactly the
 * same strings. Past about a thousand words matching outweighs compiling and the optimizations pay
 * (a 19,000-word file took 1.7 s with them, 2.7 s without), as they do for a run over many articles
 * (`trade-facts index` took half as long again without them).
 */
import fs from 'node:fs';
import v8 from 'node:v8';

/** Up to this many bytes of articles a run compiles more than it matches (a 500-word article is about 3,000). */
const ONE_OFF_BYTES = 6_000;

/**
 * A fact sheet of short articles: the run that is over after a few hundred milliseconds. The
 * subcommands, standard input and longer articles keep V8's regex optimizations. Every argument that
 * names a file counts (an option's value rarely does).
 */
export const ONE_OFF = isOneOff(process.argv.slice(2));

function isOneOff(args: string[]): boolean {
  if (args[0] === 'check' || args[0] === 'mark' || args[0] === 'index' || args.includes('-')) return false;
  let files = 0;
  let bytes = 0;
  for (const a of args) {
    if (a.startsWith('-')) continue;
    try {
      const st = fs.statSync(a);
      if (!st.isFile()) return false;
      files++;
      bytes += st.size;
    } catch {
      // Not a file: an option's value, or a missing file (the CLI says so).
    }
  }
  return files > 0 && bytes <= ONE_OFF_BYTES;
}

// V8 prints an error for a flag it does not know, so the flags are set only on the V8 versions known
// to have them (Node 20 to 24 carry V8 11 to 13); elsewhere regexes simply keep V8's default.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major >= 9 && v8Major <= 13) v8.setFlagsFromString(ONE_OFF ? '--no-regexp-tier-up --no-regexp-optimization' : '--no-regexp-tier-up');
