import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { LedgerStore } from './ledger/ledgerStore';
import { QuotesViewProvider } from './quotes/quotesViewProvider';
import type { SourceStore } from './sources/sourceStore';

/** A person's name from the command's argument ("Wendy Cutler" or { name: "Wendy Cutler" }); "" clears the filter. */
function personName(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg.trim();
  if (typeof arg === 'object' && arg !== null && typeof (arg as { name?: unknown }).name === 'string') {
    return (arg as { name: string }).name.trim();
  }
  return undefined;
}

/**
 * The quotes side panel (issue 5) and "Trade Facts: Show Quotes Panel", which opens it, filtered on
 * a person when given one. Two internal commands (underscore, not in the palette) let the
 * integration tests read what the panel shows and send it the messages a click would.
 */
export function registerQuotesView(context: vscode.ExtensionContext, store: AnalysisStore, ledgers?: LedgerStore, sources?: SourceStore): vscode.Disposable[] {
  const provider = new QuotesViewProvider(context.extensionUri, store, ledgers, sources);
  // A mark changes the quote's badge.
  if (ledgers) context.subscriptions.push(ledgers.onDidChange((uri) => provider.checksChanged(uri)));
  // So does a source check (a badge per quote).
  if (sources) context.subscriptions.push(sources.onDidChange((uri) => provider.checksChanged(uri)));
  return [
    provider,
    vscode.window.registerWebviewViewProvider(QuotesViewProvider.viewId, provider),
    vscode.commands.registerCommand('tradeFacts.showQuotes', async (arg?: unknown) => {
      await vscode.commands.executeCommand(`${QuotesViewProvider.viewId}.focus`);
      const name = personName(arg);
      if (name !== undefined) provider.setFilter(name);
    }),
    vscode.commands.registerCommand('_tradeFacts.quotesPanel.snapshot', () => provider.snapshot()),
    vscode.commands.registerCommand('_tradeFacts.quotesPanel.receive', (message: unknown) => provider.receive(message)),
  ];
}
