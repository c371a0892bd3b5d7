import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fillPlaceholders } from '../../src/shared/panelStrings';
import { l10n } from '../../src/extension/l10n';

const ROOT = path.join(__dirname, '../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

// ---- A scanner for UI calls given English text instead of vscode.l10n.t(...) ----

const WORDS = /\p{L}/u;
/** Codicons ("$(sync~spin)") and escapes ("\n") are not words a translator sees. */
const notWords = (text: string) => text.replace(/\$\([\w~-]+\)/g, '').replace(/\\./g, '');

/** The index just past the string or template literal starting at `i`. */
function stringEnd(src: string, i: number): number {
  const quote = src[i];
  for (let j = i + 1; j < src.length; ) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (quote === '`' && c === '$' && src[j + 1] === '{') j = groupEnd(src, j + 1);
    else j++;
  }
  return src.length;
}

/** The index just past the bracket that closes the one at `open`, strings skipped. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; ) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') {
      j = stringEnd(src, j);
      continue;
    }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return j + 1;
    j++;
  }
  return src.length;
}

/** The top-level pieces of `src` from `from` up to `to`, split at commas (arguments of a call). */
function splitTopLevel(src: string, from: number, to: number): string[] {
  const parts: string[] = [];
  let start = from;
  for (let j = from; j < to; ) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') j = stringEnd(src, j);
    else if ('([{'.includes(c)) j = groupEnd(src, j);
    else {
      if (c === ',') {
        parts.push(src.slice(start, j));
        start = j + 1;
      }
      j++;
    }
  }
  parts.push(src.slice(start, to));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The end of the statement starting at `i`: the first `;` or line break outside brackets and strings. */
function statementEnd(src: string, i: number): number {
  for (let j = i; j < src.length; ) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') j = stringEnd(src, j);
    else if ('([{'.includes(c)) j = groupEnd(src, j);
    else if (c === ';' || c === '\n') return j;
    else j++;
  }
  return src.length;
}

const L10N_CALL = /(?<![\w.$])(?:vscode\.)?l10n\.t\s*\(/y;

/** String and template literals holding words in an expression, outside `vscode.l10n.t(...)` / `l10n.t(...)` calls. */
function wordsOutsideL10n(expr: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < expr.length; ) {
    L10N_CALL.lastIndex = i;
    const call = L10N_CALL.exec(expr);
    if (call) {
      i = groupEnd(expr, i + call[0].length - 1);
      continue;
    }
    const c = expr[i];
    if (c !== '"' && c !== "'" && c !== '`') {
      i++;
      continue;
    }
    const end = stringEnd(expr, i);
    const literal = expr.slice(i, end);
    let text = literal.slice(1, -1);
    if (c === '`') {
      // Words in the template's own text count; the expressions inside ${…} are scanned in turn.
      let fixed = '';
      for (let j = 1; j < literal.length - 1; ) {
        if (literal[j] === '\\') {
          fixed += literal.slice(j, j + 2);
          j += 2;
        } else if (literal[j] === '$' && literal[j + 1] === '{') {
          const close = groupEnd(literal, j + 1);
          found.push(...wordsOutsideL10n(literal.slice(j + 2, close - 1)));
          j = close;
        } else fixed += literal[j++];
      }
      text = fixed;
    }
    // A literal compared with (`action === 'reveal'`) is a value, not text shown to anyone.
    const compared = /[=!]==?\s*$/.test(expr.slice(0, i)) || /^\s*[=!]==?/.test(expr.slice(end));
    if (!compared && WORDS.test(notWords(text))) found.push(literal);
    i = end;
  }
  return found;
}

/** The user-facing calls and which of their arguments carry words. */
const UI_CALLS: Array<{ call: RegExp; args: (all: string[]) => string[] }> = [
  { call: /\.show(?:Information|Warning|Error)Message\s*\(/g, args: (a) => a },
  { call: /\.showQuickPick\s*\(/g, args: (a) => a },
  { call: /\.showInputBox\s*\(/g, args: (a) => a.slice(0, 1) },
  { call: /\.setStatusBarMessage\s*\(/g, args: (a) => a.slice(0, 1) },
  { call: /\.withProgress\s*\(/g, args: (a) => a.slice(0, 1) },
  { call: /\bnew\s+vscode\.Diagnostic\s*\(/g, args: (a) => a.slice(1, 2) },
  { call: /\bnew\s+vscode\.CodeAction\s*\(/g, args: (a) => a.slice(0, 1) },
];
/** `item.text = …` / `item.tooltip = …` in a file that makes status bar items. */
const STATUS_ASSIGNMENT = /\.(?:text|tooltip)\s*=(?![=>])/g;

/** "file:line: call: literal" for each user-facing call in `source` that is given English instead of vscode.l10n.t(...). */
function bareUiStrings(source: string, file = 'source'): string[] {
  const out: string[] = [];
  const lineAt = (i: number) => source.slice(0, i).split('\n').length;
  const report = (at: number, what: string, expr: string) => wordsOutsideL10n(expr).forEach((lit) => out.push(`${file}:${lineAt(at)}: ${what}: ${lit}`));
  for (const { call, args } of UI_CALLS) {
    for (const m of source.matchAll(call)) {
      const open = m.index + m[0].length - 1;
      const all = splitTopLevel(source, open + 1, groupEnd(source, open) - 1);
      args(all).forEach((a) => report(m.index, m[0].replace(/\s*\($/, '').trim(), a));
    }
  }
  if (source.includes('createStatusBarItem')) {
    for (const m of source.matchAll(STATUS_ASSIGNMENT)) {
      const start = m.index + m[0].length;
      report(m.index, `status bar item${m[0].replace(/\s*=$/, '')}`, source.slice(start, statementEnd(source, start)));
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? sourceFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

describe('localisation: UI strings go through vscode.l10n.t', () => {
  it('l10n scanner: finds English handed straight to each kind of UI call (planted examples)', () => {
    const planted: Array<[string, number]> = [
      ["void vscode.window.showInformationMessage('Trade Facts: the fact sheet is ready.');", 1],
      ['void vscode.window.showWarningMessage(`Trade Facts: ${name} is not an article.`);', 1],
      ["void vscode.window.showErrorMessage(vscode.l10n.t('Trade Facts: the ledger failed.'), 'Show Log');", 1],
      ["const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Format of the fact sheet' });", 1],
      ["const pick = await vscode.window.showQuickPick([{ label: '$(save) Save as file…', detail: name }], {});", 1],
      ["const note = await vscode.window.showInputBox({ prompt: 'What is wrong with it?' });", 1],
      ['const d = new vscode.Diagnostic(range, `Disputed: ${note}`, severity);', 1],
      ["const a = new vscode.CodeAction('Trade Facts: Mark verified', vscode.CodeActionKind.QuickFix);", 1],
      ["const item = vscode.window.createStatusBarItem('tradeFacts.checks');\nitem.text = `$(checklist) Checked ${done} of ${total}`;\nitem.tooltip = 'Click for the checklist.';", 2],
      ["vscode.window.setStatusBarMessage(shown ? 'Trade Facts: highlights shown' : vscode.l10n.t('hidden'), 3000);", 1],
      ["await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Trade Facts: exporting fact sheets' }, run);", 1],
      ["void vscode.window.showErrorMessage(`Trade Facts could not ${action === 'reveal' ? 'show' : 'copy'} that quote`);", 3],
    ];
    for (const [source, count] of planted) {
      const found = bareUiStrings(source);
      assert.equal(found.length, count, `l10n scanner: missed or over-counted in: ${source}\nfound: ${found.join(' | ')}`);
    }
  });

  it('l10n scanner: passes the same calls when they speak through vscode.l10n.t or a variable holding it', () => {
    const fine = [
      "void vscode.window.showInformationMessage(vscode.l10n.t('Trade Facts: the fact sheet is ready.'));",
      "void vscode.window.showWarningMessage(vscode.l10n.t('Trade Facts: {0} is not an article.', name), { modal: true }, replace);",
      'void vscode.window.showWarningMessage(problem);',
      "const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Format of the fact sheet'), matchOnDetail: true });",
      "const d = new vscode.Diagnostic(range, message, severity);",
      "const a = new vscode.CodeAction(l10n.t('Trade Facts: Mark verified'), vscode.CodeActionKind.QuickFix);",
      "const item = vscode.window.createStatusBarItem('tradeFacts.checks');\nitem.text = vscode.l10n.t('$(checklist) Checked {0} of {1}', done, total);\nitem.tooltip = `${kinds.join('\\n')}\\n\\n${vscode.l10n.t('Click for the checklist.')}`;\nitem.text = '$(sync~spin)';",
      "vscode.window.setStatusBarMessage(shown ? vscode.l10n.t('Trade Facts: highlights shown') : vscode.l10n.t('hidden'), 3000);",
      "void vscode.window.showErrorMessage(action === 'reveal' ? vscode.l10n.t('Could not show it: {0}', m) : vscode.l10n.t('Could not copy it: {0}', m));",
    ];
    for (const source of fine) assert.deepEqual(bareUiStrings(source), [], `l10n scanner: flagged correct code: ${source}`);
  });

  it('l10n: no user-facing call in src/extension is given English text instead of vscode.l10n.t(...)', () => {
    const files = sourceFiles('src/extension');
    assert.ok(files.length > 30, 'l10n: the sources were found');
    const found = files.flatMap((f) => bareUiStrings(read(f), f));
    assert.deepEqual(found, [], `l10n: wrap these in vscode.l10n.t(...):\n${found.join('\n')}`);
  });

  it('l10n: the English fallback fills placeholders as vscode.l10n.t does (positional, named, object form)', () => {
    assert.equal(l10n.t('Checked {0} of {1} figures', 3, 5), 'Checked 3 of 5 figures');
    assert.equal(l10n.t('Trade Facts: {file} is too large', { file: 'a.md' }), 'Trade Facts: a.md is too large');
    assert.equal(l10n.t({ message: '{0} quotes', args: [4], comment: ['a count'] }), '4 quotes');
    assert.equal(l10n.t('No quotes match “{0}”'), 'No quotes match “{0}”', 'l10n: a placeholder with no argument is kept');
    // An argument's own braces are not read as placeholders (article text can hold "{0}").
    assert.equal(fillPlaceholders('Quote without a speaker: “{0}”', ['see {1}']), 'Quote without a speaker: “see {1}”');
  });
});

// ---- The committed bundle and package.nls.json match the sources ----

/** Every `%key%` placeholder in package.json. */
function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

/** Text a person reads in package.json's contributions: titles, names, descriptions. */
function shownFields(value: unknown, where = 'contributes', out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) value.forEach((v, i) => shownFields(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = `${where}.${k}`;
      if (['title', 'name', 'contextualTitle', 'description', 'markdownDescription', 'category'].includes(k) && typeof v === 'string') out.push([at, v]);
      else if ((k === 'enumDescriptions' || k === 'markdownEnumDescriptions') && Array.isArray(v)) v.forEach((d, i) => out.push([`${at}[${i}]`, String(d)]));
      else shownFields(v, at, out);
    }
  }
  return out;
}

describe('localisation: package.nls.json and l10n/bundle.l10n.json', () => {
  const pkg = JSON.parse(read('package.json')) as { displayName: string; description: string; l10n?: string; contributes: unknown; scripts: Record<string, string> };
  const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;

  it('l10n: every %key% of package.json has its English in package.nls.json, and every key there is used', () => {
    const used = placeholders(pkg);
    assert.ok(used.length > 50, `l10n: package.json has ${used.length} placeholders`);
    assert.deepEqual(used.filter((k) => typeof nls[k] !== 'string' || !nls[k]), [], 'l10n: placeholders without English text in package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((k) => !used.includes(k)), [], 'l10n: package.nls.json keys nobody uses');
  });

  it('l10n: the names, titles and descriptions of package.json are placeholders, not English', () => {
    const shown: Array<[string, string]> = [['displayName', pkg.displayName], ['description', pkg.description], ...shownFields(pkg.contributes)];
    assert.ok(shown.length > 50, 'l10n: the contributions were read');
    assert.deepEqual(shown.filter(([, v]) => !/^%.+%$/.test(v)).map(([k, v]) => `${k}: ${v}`), [], 'l10n: give these a %key% with the English in package.nls.json');
    assert.equal(pkg.l10n, './l10n', 'l10n: package.json points VS Code at the bundles');
    assert.match(pkg.scripts.l10n ?? '', /vscode-l10n-dev export --outDir \.\/l10n \.\/src/, 'l10n: `npm run l10n` exports the bundle');
  });

  it('l10n: l10n/bundle.l10n.json is what `npm run l10n` exports from the sources now', function () {
    this.timeout(120_000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'trade-facts-l10n-'));
    try {
      const cli = path.join(ROOT, 'node_modules/@vscode/l10n-dev/dist/cli.js');
      const run = spawnSync(process.execPath, [cli, 'export', '--outDir', out, './src'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 0, `l10n: the export failed: ${run.stderr}`);
      const fresh = JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
      const committed = JSON.parse(read('l10n/bundle.l10n.json')) as Record<string, unknown>;
      const missing = Object.keys(fresh).filter((k) => !(k in committed));
      const stale = Object.keys(committed).filter((k) => !(k in fresh));
      assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'l10n: run `npm run l10n` and commit l10n/bundle.l10n.json');
      assert.deepEqual(committed, fresh, 'l10n: run `npm run l10n` and commit l10n/bundle.l10n.json');
      assert.ok(Object.keys(fresh).length > 150, `l10n: the export found ${Object.keys(fresh).length} strings`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
