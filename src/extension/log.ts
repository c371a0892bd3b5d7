import * as vscode from 'vscode';

/**
 * The "Trade Facts" output channel. Failures are written there every time, but a reporter is
 * told at most once per kind of failure, so a broken worker cannot become a storm of pop-ups.
 */
export class TradeFactsLog implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Trade Facts', { log: true });
  private readonly told = new Set<string>();
  /** Every line written, for the tests (bounded). */
  readonly lines: string[] = [];

  info(message: string): void {
    this.channel.info(message);
    this.remember(`info: ${message}`);
  }

  /** Logs a failure; the first of each `kind` is also shown to the user, with a way to the log. */
  failure(kind: string, message: string, err?: unknown): void {
    const detail = err instanceof Error ? err.message : err === undefined ? '' : String(err);
    this.channel.error(detail ? `${message} (${detail})` : message);
    this.remember(`error: ${kind}: ${message}`);
    if (this.told.has(kind)) return;
    this.told.add(kind);
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window.showErrorMessage(vscode.l10n.t({ message: 'Trade Facts: {0}', args: [message], comment: ['{0} is a whole message; "Trade Facts" is the extension\'s name'] }), showLog).then((a) => {
      if (a === showLog) this.channel.show(true);
    });
  }

  /** Wraps a command so a failure is reported in words and logged, never thrown at VS Code. */
  guard<A extends unknown[], R>(kind: string, message: string, run: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
    return async (...args: A) => {
      try {
        return await run(...args);
      } catch (err) {
        this.failure(kind, message, err);
        return undefined;
      }
    };
  }

  private remember(line: string): void {
    this.lines.push(line);
    if (this.lines.length > 500) this.lines.splice(0, 100);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
