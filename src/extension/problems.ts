import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { LedgerStore } from './ledger/ledgerStore';
import { toRange } from './convert';
import type { FactTarget } from './ledger/markCommands';
import { factAt } from './cards/factAt';
import { factFlags } from './factFlags';
import { lineOf } from './convert';
import { openDocumentOf } from './openDocument';
import type { SourceStore } from './sources/sourceStore';

/** The Problems panel's categories, each with its own code and a severity setting. */
export const PROBLEM_CATEGORIES = {
  'no-speaker': { setting: 'noSpeaker' },
  'figure-check': { setting: 'figureCheck' },
  disputed: { setting: 'disputed' },
  changed: { setting: 'changed' },
  spelling: { setting: 'spelling' },
  'source-altered': { setting: 'sourceAltered' },
  'source-different': { setting: 'sourceDifferent' },
} as const;
export type ProblemCode = keyof typeof PROBLEM_CATEGORIES;

/** Each category in words, for its quick fix (a function: translated when asked, never at load). */
const categoryLabel = (code: ProblemCode): string =>
  ({
    'no-speaker': vscode.l10n.t('quote without a speaker'),
    'figure-check': vscode.l10n.t('figure check'),
    disputed: vscode.l10n.t('disputed fact'),
    changed: vscode.l10n.t('fact changed since it was checked'),
    spelling: vscode.l10n.t('name spelled two ways'),
    'source-altered': vscode.l10n.t('quote altered from its source'),
    'source-different': vscode.l10n.t('figure different in its source'),
  })[code];

type Level = 'off' | 'hint' | 'information' | 'warning';
// A function, not a table: the module loads before VS Code's enums exist in some hosts (the web smoke test).
const severity = (l: Exclude<Level, 'off'>): vscode.DiagnosticSeverity =>
  l === 'hint' ? vscode.DiagnosticSeverity.Hint : l === 'information' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
/** Defaults that keep a fresh article quiet: only a desk's own marks (disputed, changed) warn. */
const DEFAULTS: Record<ProblemCode, Level> = { 'no-speaker': 'hint', 'figure-check': 'hint', disputed: 'warning', changed: 'warning', spelling: 'information', 'source-altered': 'warning', 'source-different': 'warning' };

/** Each category's level, read once per update. */
function levels(): Record<ProblemCode, Level> {
  const config = vscode.workspace.getConfiguration('tradeFacts.problems');
  const codes = Object.keys(PROBLEM_CATEGORIES) as ProblemCode[];
  return Object.fromEntries(codes.map((c) => [c, config.get<Level>(PROBLEM_CATEGORIES[c].setting, DEFAULTS[c])])) as Record<ProblemCode, Level>;
}

/** What a diagnostic is about, kept beside it (diagnostics reach code actions as copies). */
interface Problem {
  diagnostic: vscode.Diagnostic;
  problem: ProblemCode;
  factId: string;
}

/** "Disputed: wrong year (Ana Ruiz)": the note and who disputed it, when the ledger has them. */
function disputedMessage(note: string, by: string): string {
  if (note && by) return vscode.l10n.t('Disputed: {0} ({1})', note, by);
  if (note) return vscode.l10n.t('Disputed: {0}', note);
  return by ? vscode.l10n.t('Disputed ({0})', by) : vscode.l10n.t('Disputed');
}

function problemDiagnostic(range: vscode.Range, message: string, sev: vscode.DiagnosticSeverity, problem: ProblemCode): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, sev);
  d.source = 'Trade Facts';
  d.code = problem;
  return d;
}

/**
 * The Problems panel: quotes without a speaker, figure checks, disputed facts, facts changed since
 * they were checked, names spelled two ways; each category's severity is a setting (off, hint,
 * information, warning). Checks a desk chose to ignore (kept in the ledger) are left out. Quick
 * fixes on every fact: Mark Verified, Dispute…, Clear Mark; on a problem: Ignore This Check.
 */
export function registerProblems(analyses: AnalysisStore, ledgers: LedgerStore, sources?: SourceStore): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('tradeFacts');
  const problems = new Map<string, Problem[]>();
  const update = (document: vscode.TextDocument) => {
    const analysis = analyses.current(document);
    if (!analysis || !analyses.handles(document)) {
      problems.delete(document.uri.toString());
      return collection.delete(document.uri);
    }
    const checks = ledgers.checks(document);
    const out: Problem[] = [];
    const level = levels();
    const add = (code: ProblemCode, span: { start: number; end: number }, factId: string, message: string) => {
      const l = level[code];
      if (l === 'off' || checks?.get(factId)?.ignoredChecks.includes(code)) return;
      out.push({ diagnostic: problemDiagnostic(toRange(document, span), message, severity(l), code), problem: code, factId });
    };
    for (const f of factFlags(analysis, sources?.checks(document))) add(f.code, f, f.factId, f.message);
    const anchoring = ledgers.anchoring(document);
    anchoring?.facts.forEach((f, i) => {
      const c = anchoring.checks[i];
      if (c.status === 'disputed') add('disputed', f, f.id, disputedMessage(c.note, c.by));
      if (c.status === 'changed') add('changed', f, f.id, vscode.l10n.t('Changed since it was checked: it read “{0}”, now “{1}”. Check it again.', c.was ?? '', f.text));
    });
    problems.set(document.uri.toString(), out);
    collection.set(document.uri, out.map((p) => p.diagnostic));
  };
  const refresh = (uri: vscode.Uri) => {
    const document = openDocumentOf(uri);
    if (document) update(document);
  };
  const actions: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      const analysis = analyses.current(document);
      if (!analysis || !analyses.handles(document)) return [];
      const out: vscode.CodeAction[] = [];
      const uri = document.uri.toString();
      const action = (title: string, command: string, target: FactTarget, diagnostics?: vscode.Diagnostic[]) => {
        const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        a.command = { title, command, arguments: [target] };
        if (diagnostics) a.diagnostics = diagnostics;
        out.push(a);
      };
      const ours = problems.get(uri) ?? [];
      for (const d of context.diagnostics) {
        if (d.source !== 'Trade Facts') continue;
        const p = ours.find((x) => x.problem === d.code && x.diagnostic.range.isEqual(d.range) && x.diagnostic.message === d.message);
        if (p) action(vscode.l10n.t('Trade Facts: Ignore this check ({0})', categoryLabel(p.problem)), 'tradeFacts.ignoreCheck', { uri, id: p.factId, code: p.problem }, [d]);
      }
      const card = factAt(analysis, document.offsetAt(range.start), (o) => lineOf(document, o));
      if (card) {
        const status = ledgers.checks(document)?.get(card.id)?.status ?? 'unchecked';
        if (status !== 'verified') action(vscode.l10n.t('Trade Facts: Mark verified'), 'tradeFacts.markVerified', { uri, id: card.id });
        if (status !== 'disputed') action(vscode.l10n.t('Trade Facts: Dispute…'), 'tradeFacts.disputeFact', { uri, id: card.id });
        if (status !== 'unchecked') action(vscode.l10n.t('Trade Facts: Clear mark'), 'tradeFacts.clearMark', { uri, id: card.id });
      }
      return out;
    },
  };
  return [
    collection,
    analyses.onDidAnalyze(({ document }) => update(document)),
    ledgers.onDidChange(refresh),
    ...(sources ? [sources.onDidChange(refresh)] : []),
    vscode.workspace.onDidCloseTextDocument((d) => {
      problems.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tradeFacts') && vscode.workspace.textDocuments.forEach(update)),
    vscode.languages.registerCodeActionsProvider('*', actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  ];
}
