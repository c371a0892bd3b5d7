import * as vscode from 'vscode';
import { PANEL_STRINGS_ID, type PanelStrings } from '../../shared/panelStrings';

/** A fresh script nonce from the system's cryptographic source (Web Crypto: Node 20 and browsers). */
export function makeNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

/** The folders the panel may load from: the bundled script and the stylesheet, nothing else. */
export function panelResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** The panel's words in the reader's language; the webview script fills in their placeholders. */
export function panelStrings(): PanelStrings {
  return {
    noDocument: vscode.l10n.t('Open a text or Markdown file'),
    reading: vscode.l10n.t({ message: 'Reading {0}…', comment: ['{0} is the article file name'] }),
    noQuotes: vscode.l10n.t('No quotes in this document'),
    noMatch: vscode.l10n.t({ message: 'No quotes match “{0}”', comment: ['{0} is the text typed in the filter box'] }),
    summary: vscode.l10n.t({ message: '{0} · {1} · {2}', comment: ['The line above the quotes: article name · "4 quotes" · "2 speakers"'] }),
    oneQuote: vscode.l10n.t('1 quote'),
    quotes: vscode.l10n.t('{0} quotes'),
    oneSpeaker: vscode.l10n.t('1 speaker'),
    speakers: vscode.l10n.t('{0} speakers'),
    noSpeaker: vscode.l10n.t('No speaker found'),
    checkWhoSaid: vscode.l10n.t('Check who said these'),
    line: vscode.l10n.t('line {0}'),
    copy: vscode.l10n.t('Copy'),
    copyTitle: vscode.l10n.t('Copy the quote with its attribution (Ctrl+C)'),
    copyLabel: vscode.l10n.t('Copy the quote with its attribution'),
    groupLabel: vscode.l10n.t({ message: '{0}, {1}', comment: ['For screen readers: a speaker and their number of quotes ("Ana Ruiz, 3 quotes")'] }),
    verified: vscode.l10n.t('✓ verified'),
    disputed: vscode.l10n.t('✗ disputed'),
    changed: vscode.l10n.t('⚠ changed since checked'),
  };
}

/** Text safe inside an HTML attribute or element. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The panel's page: a fixed shell with no article text in it (the script fills it with
 * textContent), under a Content-Security-Policy that allows only our stylesheet and our nonce'd script.
 */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'quotes.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'quotes.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  // JSON inside a non-running script element: "<" escaped so no text can close the element.
  const strings = JSON.stringify(panelStrings()).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${escapeHtml(vscode.l10n.t('Quotes'))}</title>
</head>
<body>
<div class="toolbar">
  <input id="filter" type="search" placeholder="${escapeHtml(vscode.l10n.t('Filter by speaker or words'))}" aria-label="${escapeHtml(vscode.l10n.t('Filter quotes by speaker or words'))}" spellcheck="false">
</div>
<p id="summary" class="summary" role="status" aria-live="polite"></p>
<p id="empty" class="empty" hidden></p>
<div id="groups" class="groups" role="tree" aria-label="${escapeHtml(vscode.l10n.t('Quotes by speaker'))}"></div>
<script type="application/json" id="${PANEL_STRINGS_ID}">${strings}</script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
