// Stopping what a harness run started, also on Ctrl+C: code-server's group, then this process's
// other children (chromium and its helpers) by pid.
import { descendants } from './server.mjs';

/** Synchronous, so signal handlers can use it. */
export function killChildren() {
  for (const pid of descendants(process.pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {}
  }
}

/** Runs `cleanup` then exits on SIGINT/SIGTERM/SIGHUP; returns a function that removes the handlers. */
export function onStopSignals(cleanup) {
  const handler = (sig) => {
    cleanup();
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, handler);
  return () => ['SIGINT', 'SIGTERM', 'SIGHUP'].forEach((sig) => process.off(sig, handler));
}
