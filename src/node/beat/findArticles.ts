/**
 * The article files under the paths given: files as named, folders walked for Markdown and text
 * articles. Left out: fact sheets ("x.facts.md"), hidden folders (".git", ".trade-facts"),
 * node_modules, and symbolic links to folders (they can loop). A folder that cannot be read is
 * reported, not fatal.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../../core/beat/report';
import { FACT_SHEET_FILE } from '../../core/readArticle';

export const ARTICLE_FILE = /\.(?:md|markdown|txt)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface FoundArticles {
  files: string[];
  /** Paths that could not be read, with why. */
  skipped: SkippedFile[];
  /** Fact sheets passed over (they are our own output, not articles). */
  factSheets: number;
}

export function findArticles(paths: readonly string[]): FoundArticles {
  const found: FoundArticles = { files: [], skipped: [], factSheets: 0 };
  const seen = new Set<string>();
  const add = (file: string) => {
    if (FACT_SHEET_FILE.test(file)) found.factSheets++;
    else if (!seen.has(path.resolve(file))) {
      seen.add(path.resolve(file));
      found.files.push(file);
    }
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      found.skipped.push({ file: dir, reason: `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIPPED_FOLDERS.has(e.name)) walk(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_FILE.test(e.name)) add(p);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      found.skipped.push({ file: p, reason: 'does not exist' });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else add(p);
  }
  return found;
}
