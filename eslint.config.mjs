// Lints the doc comments of the declarations against TSDoc, with the custom tags
// (`@since`, `@syscap`, `@systemapi`) registered once in tsdoc.json.
import tsParser from '@typescript-eslint/parser';
import tsdoc from 'eslint-plugin-tsdoc';

export default [
  {
    ignores: ['node_modules/**', 'docs/site/**', '.tmp/**', 'dist/**', 'temp/**']
  },
  {
    files: ['src/**/*.d.ts', 'index.d.ts', 'core.d.ts', '*.d.mts'],
    languageOptions: {
      parser: tsParser
    },
    plugins: { tsdoc },
    rules: {
      'tsdoc/syntax': 'error'
    }
  }
];
