import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { LedgerStore } from './ledger/ledgerStore';
import { summarizeChecks, type CheckStatus, type FactKind } from '../core/ledger';
import { toRange } from './convert';
import { factFlags } from './factFlags';
import type { SourceStore } from './sources/sourceStore';

const kindLabel = (kind: FactKind): string =>
  ({ tariff: vscode.l10n.t('Tariff rates'), figure: vscode.l10n.t('Figures'), person: vscode.l10n.t('People'), organization: vscode.l10n.t('Organizations'), quote: vscode.l10n.t('Quotes') })[kind];
const statusWord = (status: CheckStatus): string =>
  ({
    unchecked: vscode.l10n.t({ message: 'unchecked', comment: ['A fact\'s check status in the checklist'] }),
    verified: vscode.l10n.t({ message: 'verified', comment: ['A fact\'s check status in the checklist'] }),
    disputed: vscode.l10n.t({ message: 'disputed', comment: ['A fact\'s check status in the checklist'] }),
    changed: vscode.l10n.t({ message: 'changed', comment: ['A fact\'s check status in the checklist: edited since it was checked'] }),
  })[status];
const STATUS_ICON = { unchecked: '$(circle-large-outline)', disputed: '$(error)', changed: '$(warning)', verified: '$(pass-filled)' } as const;

export interface ChecklistItem extends vscode.QuickPickItem {
  start?: number;
  end?: number;
}

/**
 * The pre-publication checklist: what is unchecked, disputed, changed or flagged, grouped by kind,
 * then marks whose fact is gone; picking an entry selects it in the text.
 */
export function checklistItems(analyses: AnalysisStore, ledgers: LedgerStore, document: vscode.TextDocument, sources?: SourceStore): ChecklistItem[] {
  const anchoring = ledgers.anchoring(document);
  const analysis = analyses.current(document);
  if (!anchoring || !analysis) return [];
  const flagged = new Map(factFlags(analysis, sources?.checks(document)).map((f) => [f.factId, f.code === 'no-speaker' ? vscode.l10n.t('no speaker') : f.message]));
  const items: ChecklistItem[] = [];
  for (const kind of ['tariff', 'figure', 'quote', 'person', 'organization'] as FactKind[]) {
    const rows: ChecklistItem[] = [];
    anchoring.facts.forEach((f, i) => {
      if (f.kind !== kind) return;
      const c = anchoring.checks[i];
      const flag = [f.id, ...f.alsoIds].map((id) => flagged.get(id)).find(Boolean);
      if (c.status === 'verified' && !flag) return;
      const line = document.positionAt(f.start).line + 1;
      rows.push({
        label: `${STATUS_ICON[c.status]} ${document.getText(toRange(document, f)).slice(0, 80)}`,
        description: `${statusWord(c.status)}${flag ? ` · ${flag}` : ''}`,
        detail: c.note ? vscode.l10n.t('line {0} · {1}', line, c.note) : vscode.l10n.t('line {0}', line),
        start: f.start,
        end: f.end,
      });
    });
    if (rows.length) items.push({ label: kindLabel(kind), kind: vscode.QuickPickItemKind.Separator }, ...rows);
  }
  if (anchoring.orphans.length) {
    items.push({ label: vscode.l10n.t('Marks whose fact is gone'), kind: vscode.QuickPickItemKind.Separator });
    for (const o of anchoring.orphans) items.push({ label: `$(trash) ${o.text}`, description: vscode.l10n.t('{0} · no longer in the text', statusWord(o.status)), detail: o.note || undefined });
  }
  return items;
}

/** "Checked 3 of 5 figures": one line of the checks item's tooltip. */
function checkedOfKind(kind: FactKind, done: number, total: number): string {
  switch (kind) {
    case 'tariff':
      return vscode.l10n.t('Checked {0} of {1} tariff rates', done, total);
    case 'figure':
      return vscode.l10n.t('Checked {0} of {1} figures', done, total);
    case 'person':
      return vscode.l10n.t('Checked {0} of {1} people', done, total);
    case 'organization':
      return vscode.l10n.t('Checked {0} of {1} organizations', done, total);
    case 'quote':
      return vscode.l10n.t('Checked {0} of {1} quotes', done, total);
  }
}

/** `Trade Facts: Show Checklist`, and the status bar item "Checked 12 of 20 facts" that opens it. */
export function registerChecklist(analyses: AnalysisStore, ledgers: LedgerStore, sources?: SourceStore): { disposables: vscode.Disposable[]; shown(): string | undefined } {
  const item = vscode.window.createStatusBarItem('tradeFacts.checks', vscode.StatusBarAlignment.Right, 99);
  item.name = vscode.l10n.t('Trade Facts checks');
  item.command = 'tradeFacts.showChecklist';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const anchoring = doc && analyses.handles(doc) ? ledgers.anchoring(doc) : undefined;
    if (!anchoring || !anchoring.facts.length) return item.hide();
    const s = summarizeChecks(anchoring);
    const done = s.byStatus.verified + s.byStatus.disputed;
    item.text = vscode.l10n.t('$(checklist) Checked {0} of {1}', done, s.total);
    const kinds = (['figure', 'tariff', 'person', 'organization', 'quote'] as FactKind[])
      .filter((k) => s.byKind[k].total)
      .map((k) => checkedOfKind(k, s.byKind[k].verified + s.byKind[k].disputed, s.byKind[k].total));
    const attention = [
      s.byStatus.disputed && vscode.l10n.t('{0} disputed', s.byStatus.disputed),
      s.byStatus.changed && vscode.l10n.t('{0} changed since checked', s.byStatus.changed),
      s.orphans && vscode.l10n.t('{0} marks whose fact is gone', s.orphans),
    ].filter(Boolean);
    item.tooltip = `${kinds.join('\n')}${attention.length ? `\n\n${attention.join(', ')}` : ''}\n\n${vscode.l10n.t('Click for the checklist.')}`;
    item.backgroundColor = s.byStatus.disputed || s.byStatus.changed ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  update();
  return {
    shown: () => (item.text && item.tooltip ? `${item.text}\n${String(item.tooltip)}` : undefined),
    disposables: [
      item,
      ledgers.onDidChange(update),
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.commands.registerCommand('tradeFacts.showChecklist', async (opts?: { pick?: number }) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor || !analyses.handles(editor.document)) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: open an article to see its checklist.'));
          return undefined;
        }
        await ledgers.ready(editor.document);
        const items = checklistItems(analyses, ledgers, editor.document, sources);
        if (!items.length) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: every fact of this article is verified, and nothing is flagged.'));
          return [];
        }
        // Scripts and tests may pick the Nth entry without the picker.
        const picked = opts?.pick !== undefined ? items.filter((i) => i.start !== undefined)[opts.pick] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Trade Facts: checklist before publication'), matchOnDescription: true, matchOnDetail: true });
        if (picked?.start !== undefined && picked.end !== undefined) {
          const range = toRange(editor.document, { start: picked.start, end: picked.end });
          editor.selection = new vscode.Selection(range.start, range.end);
          editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }
        return items.map((i) => `${i.label}${i.description ? ` — ${i.description}` : ''}`);
      }),
    ],
  };
}
