import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = ['electron', 'better-sqlite3', 'node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**', 'data/seed/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'shared/ is pure: no platform modules.' },
            { group: ['react', 'react-dom', 'leaflet', 'react-leaflet', 'zustand'], message: 'shared/ is pure: no UI libraries.' },
            { group: ['**/electron/**', '**/renderer/**', '**/data/**'], message: 'shared/ imports nothing outside shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: platformModules, message: 'The renderer never touches Node, SQL or Electron: call LandApi.' },
            { group: ['**/electron/**', '**/data/**'], message: 'The renderer talks to electron/ only through shared/api.' },
          ],
        },
      ],
    },
  },
);
