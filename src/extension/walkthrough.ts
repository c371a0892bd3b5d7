import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';

/**
 * The walkthrough ticks its steps when they are done, whatever way the reader did them: context
 * keys its completion events listen for (`onContext:…` in package.json), set when an article has
 * been analysed and when a fact card has been shown, by mouse or keyboard. A command alone
 * (`onCommand:`) would miss articles opened before the walkthrough and cards shown by hovering.
 */
const WALKTHROUGH = 'tradeFacts.firstRun';
let extensionId = '';

/**
 * Ticks a step of the walkthrough. Besides the completion events in package.json, this asks the
 * workbench directly (`welcome.markStepComplete`): VS Code creates its walkthrough service only
 * when a walkthrough is first shown, and a context key already true then, or a command run before
 * then, never ticks the step (seen in VS Code 1.100). Quietly does nothing where that command is missing.
 */
export function stepDone(step: 'openArticle' | 'wrapLines' | 'hoverFigure' | 'quotesPanel' | 'exportFactSheet'): void {
  if (!extensionId || doneSteps.has(step)) return;
  doneSteps.add(step);
  void vscode.commands.executeCommand('welcome.markStepComplete', `${extensionId}#${WALKTHROUGH}#${step}`).then(undefined, () => undefined);
}
const doneSteps = new Set<string>();

export function registerWalkthrough(context: vscode.ExtensionContext, store: AnalysisStore): { disposables: vscode.Disposable[]; cardShown(): void; keys(): string[] } {
  extensionId = context.extension.id;
  doneSteps.clear();
  let analysed = false;
  let shown = false;
  const set: string[] = [];
  const setKey = (key: string) => {
    set.push(key);
    void vscode.commands.executeCommand('setContext', key, true);
  };
  const onAnalysed = () => {
    if (analysed) return;
    analysed = true;
    setKey('tradeFacts.articleAnalyzed');
    stepDone('openArticle');
  };
  // Articles analysed before this ran (activation follows the first open document).
  if (vscode.workspace.textDocuments.some((d) => store.get(d.uri))) onAnalysed();
  return {
    disposables: [store.onDidAnalyze(onAnalysed)],
    keys: () => [...set].sort(),
    cardShown: () => {
      if (shown) return;
      shown = true;
      setKey('tradeFacts.cardShown');
      stepDone('hoverFigure');
    },
  };
}

/** What `tradeFacts.wrapLongLines` did, per language id. */
export interface WrapResult {
  wrapped: string[];
  /** Languages where the reader already chose a word wrap of their own: left as it is. */
  kept: string[];
}

/**
 * Articles pasted from the web put a paragraph on one line. This turns word wrap on for the
 * article languages (`tradeFacts.languages`) in the user's settings, language by language, and
 * leaves alone any language the reader has already set a word wrap for.
 */
export function registerWrapCommand(): vscode.Disposable {
  return vscode.commands.registerCommand('tradeFacts.wrapLongLines', async (): Promise<WrapResult> => {
    const languages = vscode.workspace.getConfiguration('tradeFacts').get<string[]>('languages', ['plaintext', 'markdown']);
    const result: WrapResult = { wrapped: [], kept: [] };
    for (const languageId of languages) {
      const editor = vscode.workspace.getConfiguration('editor', { languageId });
      const own = editor.inspect<string>('wordWrap');
      if (own?.globalLanguageValue !== undefined || own?.workspaceLanguageValue !== undefined || own?.workspaceFolderLanguageValue !== undefined) {
        result.kept.push(languageId);
        continue;
      }
      await editor.update('wordWrap', 'on', vscode.ConfigurationTarget.Global, true);
      result.wrapped.push(languageId);
    }
    const said = [
      result.wrapped.length ? vscode.l10n.t('Word wrap is on for {0} articles.', result.wrapped.join(', ')) : '',
      result.kept.length ? vscode.l10n.t('Your own word wrap setting for {0} is kept.', result.kept.join(', ')) : '',
    ].filter(Boolean);
    void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: {0}', said.join(' ')));
    stepDone('wrapLines');
    return result;
  });
}
