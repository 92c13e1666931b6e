// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Only these files may touch Electron; everything else receives its ports through constructors. */
const electronAllowed = ['electron/platform/**', 'electron/main.ts', 'electron/preload.ts'];

const noElectron = {
  paths: [
    {
      name: 'electron',
      message:
        'Only electron/platform/, electron/main.ts and electron/preload.ts may import electron: take a port through the constructor instead.',
    },
  ],
  patterns: [
    {
      group: ['electron/*', 'electron-store', 'electron-log', 'electron-log/*', 'electron-updater'],
      message: 'Electron-bound packages belong in electron/platform/.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'release', '.tsbuild', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      'no-restricted-imports': ['error', noElectron],
    },
  },
  {
    files: electronAllowed,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Drives a real electron-updater with a Node app adapter and HTTP client, so Electron itself
    // is never loaded; `electron` stays forbidden there.
    files: ['tests/harness/update-feed.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: noElectron.paths }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron.paths,
          patterns: [
            ...noElectron.patterns,
            {
              group: ['node:*', '**/electron/**', '**/relay/**'],
              message: 'The renderer talks only to window.enalysis and imports only shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
