import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { LedgerStore } from './ledger/ledgerStore';
import { summarizeChecks, type FactKind } from '../core/ledger';
import { toRange } from './convert';
import { factFlags } from './factFlags';
import type { SourceStore } from './sources/sourceStore';

const KIND_LABEL: Record<FactKind, string> = { tariff: 'Tariff rates', figure: 'Figures', person: 'People', organization: 'Organizations', quote: 'Quotes' };
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
  const flagged = new Map(factFlags(analysis, sources?.checks(document)).map((f) => [f.factId, f.code === 'no-speaker' ? 'no speaker' : f.message]));
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
        description: `${c.status}${flag ? ` · ${flag}` : ''}`,
        detail: c.note ? `line ${line} · ${c.note}` : `line ${line}`,
        start: f.start,
        end: f.end,
      });
    });
    if (rows.length) items.push({ label: KIND_LABEL[kind], kind: vscode.QuickPickItemKind.Separator }, ...rows);
  }
  if (anchoring.orphans.length) {
    items.push({ label: 'Marks whose fact is gone', kind: vscode.QuickPickItemKind.Separator });
    for (const o of anchoring.orphans) items.push({ label: `$(trash) ${o.text}`, description: `${o.status} · no longer in the text`, detail: o.note || undefined });
  }
  return items;
}

/** `Trade Facts: Show Checklist`, and the status bar item "Checked 12 of 20 facts" that opens it. */
export function registerChecklist(analyses: AnalysisStore, ledgers: LedgerStore, sources?: SourceStore): { disposables: vscode.Disposable[]; shown(): string | undefined } {
  const item = vscode.window.createStatusBarItem('tradeFacts.checks', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Trade Facts checks';
  item.command = 'tradeFacts.showChecklist';
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const anchoring = doc && analyses.handles(doc) ? ledgers.anchoring(doc) : undefined;
    if (!anchoring || !anchoring.facts.length) return item.hide();
    const s = summarizeChecks(anchoring);
    const done = s.byStatus.verified + s.byStatus.disputed;
    item.text = `$(checklist) Checked ${done} of ${s.total}`;
    const kinds = (['figure', 'tariff', 'person', 'organization', 'quote'] as FactKind[])
      .filter((k) => s.byKind[k].total)
      .map((k) => `Checked ${s.byKind[k].verified + s.byKind[k].disputed} of ${s.byKind[k].total} ${KIND_LABEL[k].toLowerCase()}`);
    const attention = [s.byStatus.disputed && `${s.byStatus.disputed} disputed`, s.byStatus.changed && `${s.byStatus.changed} changed since checked`, s.orphans && `${s.orphans} marks whose fact is gone`].filter(Boolean);
    item.tooltip = `${kinds.join('\n')}${attention.length ? `\n\n${attention.join(', ')}` : ''}\n\nClick for the checklist.`;
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
          void vscode.window.showInformationMessage('Trade Facts: open an article to see its checklist.');
          return undefined;
        }
        await ledgers.ready(editor.document);
        const items = checklistItems(analyses, ledgers, editor.document, sources);
        if (!items.length) {
          void vscode.window.showInformationMessage('Trade Facts: every fact of this article is verified, and nothing is flagged.');
          return [];
        }
        // Scripts and tests may pick the Nth entry without the picker.
        const picked = opts?.pick !== undefined ? items.filter((i) => i.start !== undefined)[opts.pick] : await vscode.window.showQuickPick(items, { title: 'Trade Facts: checklist before publication', matchOnDescription: true, matchOnDetail: true });
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
