/**
 * The ledger on disk, for the command line (the extension goes through the workspace file system
 * with the same pure functions): where an article's ledger is, reading it safely, and writing it
 * atomically, merged with whatever changed on disk meanwhile, never over a file it could not read.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { LEDGER_DIR, emptyLedger, ledgerPathFor, mergeLedgers, parseLedger, serializeLedger, type Ledger } from '../core/ledger';

/** Where an article's ledger lives. */
export interface LedgerLocation {
  /** The folder holding (or to hold) `.trade-facts/`. */
  root: string;
  /** The ledger file: `<root>/.trade-facts/<article's path from root>.json`. */
  file: string;
}

/** The nearest folder at or above the article's that holds `.trade-facts/`, else the article's own folder. */
export function locateLedger(articlePath: string): LedgerLocation {
  const article = path.resolve(articlePath);
  let root = path.dirname(article);
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (isDirectory(path.join(dir, LEDGER_DIR))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  const rel = ledgerPathFor(path.relative(root, article)) ?? ledgerPathFor(path.basename(article))!;
  return { root, file: path.join(root, ...rel.split('/')) };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A ledger read from disk: usable (with the text it was read from, null when there was no file), or refused with a reason. */
export type LedgerFile =
  | { ok: true; file: string; ledger: Ledger; text: string | null }
  | { ok: false; readOnly: true; file: string; reason: string };

/** Reads a ledger file; a missing file is an empty ledger, anything unreadable is refused (read-only). Never throws. */
export function readLedgerFile(file: string): LedgerFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, file, ledger: emptyLedger(), text: null };
    return { ok: false, readOnly: true, file, reason: code === 'EISDIR' ? 'is a directory, not a ledger file' : `cannot be read (${code ?? 'error'})` };
  }
  const read = parseLedger(text);
  return read.ok ? { ok: true, file, ledger: read.ledger, text } : { ...read, file };
}

/**
 * Writes `ledger` over the file `base` was read from: if the file changed on disk since (another
 * window, a git pull), the two are merged first, losing no entry; if it can no longer be read, or
 * was not readable to begin with, nothing is written. Atomic: a temporary file beside it, then a
 * rename. Returns what was written, or why not.
 */
export function writeLedgerFile(base: LedgerFile & { ok: true }, ledger: Ledger): { ok: true; ledger: Ledger } | { ok: false; reason: string } {
  const now = readLedgerFile(base.file);
  if (!now.ok) return { ok: false, reason: now.reason };
  const merged = now.text === base.text ? ledger : mergeLedgers(ledger, now.ledger, base.ledger);
  const tmp = `${base.file}.${crypto.randomUUID()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(base.file), { recursive: true });
    fs.writeFileSync(tmp, serializeLedger(merged), { flag: 'wx' });
    fs.renameSync(tmp, base.file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    return { ok: false, reason: `cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return { ok: true, ledger: merged };
}
