/** Reads the sources a command names into a library, with one line per file skipped or read in part. */
import path from 'node:path';
import { SourceLibrary } from '../../core/sources/library';
import { findSourceFiles, MAX_SOURCE_FILES } from './findSources';
import { readSourceFile } from './readSourceFile';

export interface LoadedSources {
  library: SourceLibrary;
  /** "sources/broken.docx is not a readable Word document": one line per file left out. */
  skipped: string[];
  /** "sources/interview.srt: cue at line 25 has no timing; skipped": parts left out of files read. */
  notes: string[];
}

/** Finds and reads the sources named by `paths` (files, folders, globs), relative to `cwd`. */
export async function loadSources(paths: readonly string[], cwd = process.cwd()): Promise<LoadedSources> {
  const library = new SourceLibrary();
  const { files, missing, truncated } = findSourceFiles(paths, cwd);
  const skipped = missing.map((p) => `${p} names no source file`);
  if (truncated) skipped.push(`only the first ${MAX_SOURCE_FILES} source files were read`);
  const notes: string[] = [];
  for (const file of files) {
    const name = path.relative(cwd, file) || file;
    const read = await readSourceFile(file, name);
    if (!read.ok) {
      skipped.push(`${read.file} ${read.reason}`);
      continue;
    }
    library.put(read.doc);
    notes.push(...read.doc.problems.map((p) => `${name}: ${p}`));
  }
  return { library, skipped, notes };
}
