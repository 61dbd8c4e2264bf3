import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'demo-out/**', 'bench-out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      // The defaults, plus the one function that yields what `import()` may load: a file of the extension itself.
      'no-unsanitized/method': [
        'error',
        { escape: { methods: ['Sanitizer.unwrapSafeHTML', 'unwrapSafeHTML', 'extensionFileUrl'] } },
      ],
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: extension pages run under a strict CSP.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor: it is eval.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: the build takes this sink out of Preact (scripts/no-html-sink-plugin.ts).',
        },
      ],
    },
  },
  {
    // Everything that runs in a browser: an API newer than package.json's browserslist (the manifests' minimum
    // versions) fails here, with MDN's compatibility data, before it reaches a browser that lacks it.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { compat },
    rules: { 'compat/compat': 'error' },
  },
  {
    // The judgement lives in src/core: pure functions that run in Node, jsdom and the content script alike. They may
    // read the DOM they are handed (computed style, boxes), never an extension API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['webextension-polyfill'],
              message: 'src/core must not use extension APIs (it may read the DOM it is handed).',
            },
            {
              group: ['**/background/**', '**/content/**', '**/popup/**', '**/shared/**', '**/warning/**'],
              message: 'src/core imports nothing from the browser glue.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/core must not use extension APIs (it may read the DOM it is handed).' },
        { name: 'browser', message: 'src/core must not use extension APIs (it may read the DOM it is handed).' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // Plain scripts run in Node.
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
