/**
 * `vscode.l10n.t` for the modules kept free of a runtime `vscode` import, so the Node unit tests
 * load them (statusText, articleRules, factFlags, the hover cards, the worker's messages).
 * activate() hands it `vscode.l10n`; until then (Node tests) it fills the English text's `{0}` and
 * `{name}` placeholders itself, as VS Code does when there is no translation.
 * Those modules also import the `vscode` types: vscode-l10n-dev collects `l10n.t(...)` calls only
 * from files that import 'vscode'.
 */
import type * as vscode from 'vscode';
import { fillPlaceholders } from '../shared/panelStrings';

type Translate = typeof vscode.l10n.t;
type Args = Record<string, unknown> | unknown[];

/** The English text with its placeholders filled, taking the arguments `vscode.l10n.t` takes. */
const english = ((first: string | { message: string; args?: Args }, ...rest: unknown[]): string => {
  if (typeof first !== 'string') return fillPlaceholders(first.message, first.args ?? []);
  const args = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as Args) : rest;
  return fillPlaceholders(first, args);
}) as Translate;

let current: Pick<typeof vscode.l10n, 't'> = { t: english };

/** Call as `l10n.t(...)`, exactly like `vscode.l10n.t(...)`. */
export const l10n: Pick<typeof vscode.l10n, 't'> = {
  t: ((...args: unknown[]) => (current.t as (...a: unknown[]) => string)(...args)) as Translate,
};

/** activate(): from now on these modules speak through VS Code's translations. */
export function useTranslations(source: Pick<typeof vscode.l10n, 't'>): void {
  current = source;
}
