// The house rule that keeps src/core pure is a lint rule: these tests run ESLint with the
// repository's own config on small sources, so the rule cannot silently stop applying.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint: src/core imports neither vscode nor Node built-ins', function () {
  this.timeout(60_000);
  it('flags `vscode` imported in src/core', async () => {
    assert.deepEqual(await ruleIds("import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/core/example.ts'), ['no-restricted-imports']);
  });
  it('flags Node built-ins in src/core, with and without the node: prefix', async () => {
    assert.deepEqual(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", 'src/core/example.ts'), ['no-restricted-imports']);
    assert.deepEqual(await ruleIds("import path from 'path';\nexport const x = path;\n", 'src/core/lexicon/example.ts'), ['no-restricted-imports']);
  });
  it('allows them in src/extension and src/cli.ts', async () => {
    assert.deepEqual(await ruleIds("import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/extension/example.ts'), []);
    assert.deepEqual(await ruleIds("import fs from 'node:fs';\nexport const x = fs;\n", 'src/cli.ts'), []);
  });
  it('runs typescript-eslint’s recommended rules', async () => {
    assert.deepEqual(await ruleIds('export const x: any = 1;\n', 'src/extension/example.ts'), ['@typescript-eslint/no-explicit-any']);
  });
});
