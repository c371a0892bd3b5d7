import * as vscode from 'vscode';

/** A fresh script nonce from the system's cryptographic source (Web Crypto: Node 20 and browsers). */
export function makeNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
}

/** The folders the panel may load from: the bundled script and the stylesheet, nothing else. */
export function panelResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

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
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Quotes</title>
</head>
<body>
<div class="toolbar">
  <input id="filter" type="search" placeholder="Filter by speaker or words" aria-label="Filter quotes by speaker or words" spellcheck="false">
</div>
<p id="summary" class="summary" role="status" aria-live="polite"></p>
<p id="empty" class="empty" hidden></p>
<div id="groups" class="groups" role="tree" aria-label="Quotes by speaker"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
