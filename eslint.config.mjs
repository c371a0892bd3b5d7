// ESLint flat config: typescript-eslint's recommended rules for every TypeScript file, plus the
// house rule that `src/core` stays pure (no `vscode`, no Node built-ins), so it runs in the CLI,
// tests, a worker and a browser alike. `npm test` runs it; `npm run lint` runs it alone.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.vscode-test/**', '**/*.d.ts', 'media/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused arguments named `_x` are deliberate (callbacks with fixed signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-control-regex': 'off', // the readers look for control characters in binary input on purpose
      'no-misleading-character-class': 'off',
      'prefer-const': 'error',
      // Best-effort clean-up (killing a process, removing a temp file) may fail silently.
      'no-empty': ['error', { allowEmptyCatch: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core is pure: text in, plain data out. Put VS Code code in src/extension.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'src/core runs in a browser and a worker too: no Node built-ins.' })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/webview/**/*.ts', 'test/browser/**/*.{ts,mjs,js}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
