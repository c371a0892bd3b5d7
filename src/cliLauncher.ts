/**
 * The command line's entry: runs the bundled CLI (dist/cli-main.js) from V8's code cache when one is
 * beside it. Each run is a new process that would otherwise parse and compile the whole bundle
 * again; with the cache the functions it ran last time are not compiled anew. The cache is
 * written after the first run (and again when it is another build's, or V8 rejects it: another Node). A
 * folder that cannot be written to only means no cache: the CLI runs the same either way.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRequire, wrap } from 'node:module';
// Before the script is compiled: V8 accepts a code cache only under the flags it was made with, and
// the CLI sets them (regexTier.ts) as it starts.
import { ONE_OFF } from './cli/regexTier';

const file = path.join(__dirname, 'cli-main.js');
// A one-off fact sheet runs under other regex flags than the subcommands and sheets of many files, so
// each has a cache of its own: alternating between them never rejects and rewrites the other's.
const cacheFile = `${file}${ONE_OFF ? '' : '.many'}.v8cache`;
// V8 checks a code cache against the source's length only: a rebuilt bundle of the same length would
// run another build's compiled functions. The cache file starts with the key of the bundle file it was
// made from (its size, inode and modification and change times, as read from the file the source is
// read from), and is used only for that file: a rebuild, a copy or a reinstall writes a new file with a
// new change time. Hashing the bundle instead cost every run about 3 ms (loading node:crypto, then
// 550 KB of SHA-256).
const fd = fs.openSync(file, 'r');
const stat = fs.fstatSync(fd, { bigint: true });
const key = Buffer.from(`trade-facts ${stat.size} ${stat.ino} ${stat.mtimeNs} ${stat.ctimeNs}\n`);
const source = fs.readFileSync(fd, 'utf8');
fs.closeSync(fd);
let cachedData: Buffer | undefined;
try {
  const stored = fs.readFileSync(cacheFile);
  cachedData = stored.length > key.length && stored.subarray(0, key.length).equals(key) ? stored.subarray(key.length) : undefined;
} catch {
  cachedData = undefined;
}
// The bundle has no import() of a package (that would need an experimental loader here): mammoth is required.
const script = new vm.Script(wrap(source), { filename: file, cachedData });
if (!cachedData || script.cachedDataRejected) {
  // At exit, so the functions this run compiled are in the cache too.
  process.once('exit', () => {
    try {
      // Written whole under another name, then renamed: a run starting meanwhile never reads half a cache.
      const part = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(part, Buffer.concat([key, script.createCachedData()]));
      fs.renameSync(part, cacheFile);
    } catch {
      // A read-only install: run without a cache.
    }
  });
}
const compiled = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: { exports: unknown }, filename: string, dirname: string) => void;
const mainModule = { exports: {} };
compiled.call(mainModule.exports, mainModule.exports, createRequire(file), mainModule, file, __dirname);
