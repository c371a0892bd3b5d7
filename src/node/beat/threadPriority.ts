/**
 * Index workers in the editor run below the extension host's priority, so on a busy machine the
 * host's thread gets a core before they do. Linux gives each thread its own nice value (its id is
 * read from /proc/thread-self); elsewhere the call would lower the whole process, so nothing is done.
 */
import fs from 'node:fs';
import os from 'node:os';

/** Lowers the calling thread's priority to `nice`; false where a thread cannot be lowered alone. */
export function lowerThisThread(nice = 10): boolean {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid === process.pid) return false;
    os.setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
