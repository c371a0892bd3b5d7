import { spawnSync } from 'node:child_process';
import os from 'node:os';

/** Who marks a fact by default: git's `user.name` (as seen from `cwd`), else the account name, else "unknown". */
export function defaultMarker(cwd: string): string {
  try {
    const git = spawnSync('git', ['config', 'user.name'], { cwd, encoding: 'utf8', timeout: 5000 });
    const name = git.status === 0 ? git.stdout.trim() : '';
    if (name) return name;
  } catch {
    // no git: fall through
  }
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
