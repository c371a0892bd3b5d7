/** The --sources part of `trade-facts check`: reading the sources and checking each article against them. */
import path from 'node:path';
import type { Article } from '../core/render';
import { needsLook } from '../core/sources/describe';
import { loadSources } from '../node/sources/loadSources';
import { UsageError } from './common';

/**
 * Takes `--sources PATH…` (every argument after it up to the next option) and `--sources=PATH` out
 * of the arguments; `sources` is null when none is given.
 */
export function sourceArgs(args: readonly string[]): { sources: string[] | null; rest: string[] } {
  const rest: string[] = [];
  let sources: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--sources=')) {
      (sources ??= []).push(a.slice('--sources='.length));
      continue;
    }
    if (a !== '--sources') {
      rest.push(a);
      continue;
    }
    sources ??= [];
    const before = sources.length;
    while (i + 1 < args.length && !args[i + 1].startsWith('-')) sources.push(args[++i]);
    if (sources.length === before) throw new UsageError('check: --sources needs at least one path');
  }
  return { sources, rest };
}

/** Reads the sources, puts each article's source checks on it, reports skipped files on standard error; resolves to the number of facts needing a look. */
export async function checkSources(articles: Article[], paths: readonly string[]): Promise<number> {
  const { library, skipped, notes } = await loadSources(paths);
  for (const line of skipped) process.stderr.write(`trade-facts: source ${line}; skipped\n`);
  for (const line of notes) process.stderr.write(`trade-facts: source ${line}\n`);
  if (skipped.length) process.stderr.write(`trade-facts: ${skipped.length} source${skipped.length === 1 ? '' : 's'} skipped, ${library.fileCount} read\n`);
  let flagged = 0;
  for (const a of articles) {
    // An article inside the sources' folder is not a source of itself (named as loadSources names files).
    a.sources = library.check(a.analysis, path.relative(process.cwd(), path.resolve(a.file)) || a.file);
    for (const c of a.sources.values()) if (needsLook(c)) flagged++;
  }
  return flagged;
}
