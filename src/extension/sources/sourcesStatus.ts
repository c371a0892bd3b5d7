/** A status bar item while sources are configured: how many are indexed, and in its tooltip how many were skipped (named in the output channel). */
import * as vscode from 'vscode';
import type { SourceStore } from './sourceStore';

export function registerSourcesStatus(sources: SourceStore): { disposables: vscode.Disposable[]; shown(): { text: string; tooltip: string } | undefined } {
  const item = vscode.window.createStatusBarItem('tradeFacts.sources', vscode.StatusBarAlignment.Right, 98);
  item.name = vscode.l10n.t('Trade Facts sources');
  item.command = 'tradeFacts.readSourcesAgain';
  let shown: { text: string; tooltip: string } | undefined;
  const update = () => {
    const s = sources.summary();
    if (!s.files && !s.skipped) {
      shown = undefined;
      return item.hide();
    }
    const text = `$(references) ${s.files}${s.skipped ? ` $(warning) ${s.skipped}` : ''}`;
    const lines = [vscode.l10n.t('{0} sources checked against ({1} words)', s.files, s.words.toLocaleString())];
    if (s.skipped) lines.push(vscode.l10n.t('{0} skipped: see the Trade Facts output channel', s.skipped));
    shown = { text, tooltip: lines.join('\n') };
    item.text = text;
    item.tooltip = shown.tooltip;
    item.show();
  };
  update();
  return { disposables: [item, sources.onDidChangeSummary(update)], shown: () => shown };
}
