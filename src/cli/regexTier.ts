/**
 * Imported first by src/cli.ts, before any rule runs. V8 runs a regex through its bytecode
 * interpreter first and compiles it to machine code only once it is used again; the lexicon's
 * long alternations then pay twice (bytecode, then machine code) and the interpreter's slow pass in
 * between. A command-line run compiles each pattern once and uses most of them again on the next
 * paragraph, so compiling straight to machine code cut a 500-word article's run by about a fifth
 * (bench/RESULTS.md, "Command line"). Matching is the same either way: only when the machine code is
 * made changes.
 *
 * Compiling is most of what a regex costs a one-off run: a run compiles some 400 patterns and runs
 * most of them on a few sentences. V8's regex optimizations (quick checks of the next characters,
 * a Boyer-Moore-style look-ahead over each alternation, merged text nodes) make matching long texts
 * faster but compiling slower, and for `i` patterns they fold the case of every letter of every
 * word of a list again. Without them a 500-word article's run takes about 9% fewer instructions and
 * 6% less time (callgrind; alternating runs on 43 articles); they match exactly the same strings.
 */
import v8 from 'node:v8';

// V8 prints an error for a flag it does not know, so the flags are set only on the V8 versions known
// to have them (Node 20 to 24 carry V8 11 to 13); elsewhere regexes simply keep V8's default.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (v8Major >= 9 && v8Major <= 13) v8.setFlagsFromString('--no-regexp-tier-up --no-regexp-optimization');
