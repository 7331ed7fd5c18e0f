// ESLint runs in `npm test` for one purpose: the module boundaries (tools/eslint/boundaries.cjs).
import tsParser from '@typescript-eslint/parser';
import svelteParser from 'svelte-eslint-parser';
import boundaries from './tools/eslint/boundaries.cjs';

const ruche = { rules: { boundaries } };

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', 'web/build/**', 'web/.svelte-kit/**', '.data/**', 'tmp/**', '**/*.d.ts'] },
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { ruche },
    rules: { 'ruche/boundaries': 'error' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['**/*.svelte'],
    languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } },
    plugins: { ruche },
    rules: { 'ruche/boundaries': 'error' },
  },
];
