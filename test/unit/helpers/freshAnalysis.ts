// Run by test/unit/warmUp.test.ts in a process of its own: a fresh process's analyses (no warm-up)
// of the texts in the JSON file named on the command line, each whole and after a chain of edits
// typed with a paragraph cache, printed as JSON.
import fs from 'node:fs';
import { analysesOf } from './warmUpTexts';

const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as string[];
process.stdout.write(JSON.stringify(analysesOf(texts)));
