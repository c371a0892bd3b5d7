// Finds word lists pasted into code: a regex alternation of five or more words
// ("steel|aluminum|autos|cars|wine") anywhere under src/ but src/core/lexicon/. Words belong in
// the lexicon, where each list lives once. Usage: node scripts/lib/lexiconLint.mjs [DIR…]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LEXICON = path.join(root, 'src/core/lexicon') + path.sep;
// One alternative: a word, maybe with inner dots, hyphens, apostrophes, spaces or escapes, and a
// short optional tail ("s?", "(?:s|es)?"); five of them joined by "|".
const ALT = String.raw`[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F.'’\\ -]*(?:\?|\(\?:[a-z|]{1,12}\)\??)?`;
const RUN = new RegExp(`(?:${ALT}\\|){4,}${ALT}`, 'g');

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.tsx?$/.test(e.name)) yield p;
  }
}

/** Every pasted word list under the given folders: { file, line, text }. */
export function findWordLists(dirs = [path.join(root, 'src')]) {
  const out = [];
  for (const dir of dirs) {
    for (const file of files(path.resolve(root, dir))) {
      if (file.startsWith(LEXICON)) continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return; // comments may list words
        for (const m of line.matchAll(RUN)) out.push({ file: path.relative(root, file), line: i + 1, text: m[0].slice(0, 80) });
      });
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = findWordLists(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  for (const f of found) console.log(`${f.file}:${f.line}  ${f.text}`);
  console.log(`${found.length} word list(s) outside src/core/lexicon/`);
  process.exitCode = found.length ? 1 : 0;
}
