/** The source check in the editor: the store of sources, its status bar item and its commands. */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import type { LedgerStore } from '../ledger/ledgerStore';
import type { TradeFactsLog } from '../log';
import { SourceStore } from './sourceStore';
import { registerSourceCommands } from './sourceCommands';
import { registerSourcesStatus } from './sourcesStatus';

export function registerSources(analyses: AnalysisStore, ledgers: LedgerStore, log: TradeFactsLog) {
  const store = new SourceStore(analyses, log);
  const status = registerSourcesStatus(store);
  return {
    store,
    status,
    disposables: [
      store,
      ...status.disposables,
      ...registerSourceCommands(analyses, ledgers, store),
      vscode.commands.registerCommand('tradeFacts.readSourcesAgain', async () => {
        await store.rescan(true, true);
        return store.summary();
      }),
    ],
  };
}
