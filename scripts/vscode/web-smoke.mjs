// Smoke test of the web bundle (package.json `browser`): nothing Node-only in its text, and it
// evaluates in a plain Chromium page with a stand-in `vscode` module that only lets it load.
// It shows the bundle loads where there is no Node; it does not run the extension in VS Code for the Web.

/** Node-only things found in the bundle's text (empty when there are none). */
export function nodeOnlyUses(source) {
  const found = new Set();
  for (const m of source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) if (m[1] !== 'vscode') found.add(`require("${m[1]}")`);
  for (const m of source.matchAll(/\b(__dirname|__filename|worker_threads|Buffer\.\w+|setImmediate)\b/g)) found.add(m[1]);
  return [...found];
}

/** Evaluates the CommonJS bundle in `page`; returns the names it exports, or throws its error. */
export async function evaluateInPage(page, source) {
  await page.setContent('<!DOCTYPE html><title>web bundle smoke test</title>');
  return page.evaluate((src) => {
    if (typeof process !== 'undefined' || typeof require !== 'undefined') throw new Error('this page is not a plain browser page');
    // Any property of the stand-in is another stand-in that can also be called or constructed.
    const standIn = () => new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => '' : standIn()), apply: () => standIn(), construct: () => standIn() });
    const vscode = standIn();
    const module = { exports: {} };
    const requireFn = (name) => {
      if (name === 'vscode') return vscode;
      throw new Error(`the web bundle requires "${name}"`);
    };
    new Function('module', 'exports', 'require', src)(module, module.exports, requireFn);
    return Object.keys(module.exports).sort();
  }, source);
}
