// ESLint flat config: typescript-eslint's recommended rules everywhere, plus the mini-program's own guard that
// core/ is imported for types only (dependency-cruiser enforces the same rule across the whole tree).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'queueMicrotask',
    'structuredClone',
    'fetch',
    'AbortController',
    'TextEncoder',
    'TextDecoder',
    '__dirname',
    '__filename',
    'require',
    'module',
    'exports',
  ].map((name) => [name, 'readonly']),
);

const miniprogramGlobals = Object.fromEntries(
  ['wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages', 'requirePlugin', 'console'].map(
    (name) => [name, 'readonly'],
  ),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '**/miniprogram_npm/**',
      'cloudfunctions/*/index.js',
      'cloudfunctions/*/node_modules/**',
      '.tsbuild/**',
      '.build/**',
      '.local-cloud/**',
      '.local-cloud-*/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names mark deliberately unused parameters (handler signatures, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.cjs', 'jest.config.js', '.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['miniprogram/**/*.ts'],
    languageOptions: { globals: miniprogramGlobals },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**'],
              allowTypeImports: true,
              message: 'The mini-program may import core/ with `import type` only (architecture.md).',
            },
          ],
        },
      ],
    },
  },
);
