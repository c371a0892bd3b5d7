/**
 * The source files a command line names: a file, a folder (every source file under it), or a glob
 * ("notes/**\/*.srt"). Folders are walked without following links; node_modules and dot folders
 * are left out; at most MAX_SOURCE_FILES files are taken.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isSourceFile } from '../../core/sources/read';

/** Most source files one check reads; more are named as skipped. */
export const MAX_SOURCE_FILES = 10_000;

/** A glob as a RegExp over '/'-separated paths: `**` any folders, `*` and `?` within a name, `{a,b}` either. */
export function globRegExp(glob: string): RegExp {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      src += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) src += '\\{';
      else {
        src += `(?:${glob.slice(i + 1, close).split(',').map((a) => a.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close;
      }
    } else src += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${src}$`);
}

const isGlob = (p: string): boolean => /[*?{]/.test(p);

function walk(dir: string, out: string[], limit: number): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (out.length >= limit) return;
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out, limit);
    else if (e.isFile() && isSourceFile(e.name)) out.push(p);
  }
}

/** The files the given paths name, each once, in order; `missing` are paths that name nothing. */
export function findSourceFiles(paths: readonly string[], cwd = process.cwd()): { files: string[]; missing: string[]; truncated: boolean } {
  const files: string[] = [];
  const missing: string[] = [];
  const limit = MAX_SOURCE_FILES + 1;
  for (const p of paths) {
    const before = files.length;
    if (isGlob(p)) {
      const norm = p.replace(/\\/g, '/');
      const base = norm.split('/').findIndex((part) => isGlob(part));
      const root = path.resolve(cwd, norm.split('/').slice(0, base).join('/') || '.');
      const re = globRegExp(path.resolve(cwd, norm).replace(/\\/g, '/'));
      const under: string[] = [];
      walk(root, under, limit * 4);
      files.push(...under.filter((f) => re.test(f.replace(/\\/g, '/'))));
    } else {
      const abs = path.resolve(cwd, p);
      let stat: fs.Stats | null = null;
      try {
        stat = fs.statSync(abs);
      } catch {
        stat = null;
      }
      if (stat?.isDirectory()) walk(abs, files, limit);
      else if (stat) files.push(abs);
    }
    if (files.length === before) missing.push(p);
  }
  const unique = [...new Set(files)];
  return { files: unique.slice(0, MAX_SOURCE_FILES), missing, truncated: unique.length > MAX_SOURCE_FILES };
}
