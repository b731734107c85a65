// Lint rules that keep shipped code honest: no stray console.log, no `any`, no ts-ignore.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.tmp/', 'demo/**/*.js', 'tests/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // h and Fragment are used by the classic JSX transform, which the rule cannot see.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^(h|Fragment)$' }],
    },
  },
  {
    files: ['widget/**/*.{ts,tsx}'],
    rules: {
      'no-console': ['error', { allow: ['warn'] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      // Prettier wraps code at 120; this holds comments, strings and regexes to it too.
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
);
