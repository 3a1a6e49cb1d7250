// ESLint: TypeScript rules plus the layering of DESIGN.md §1, enforced rather than hoped for.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import storyloom from './eslint-rules/room-layering.js';

/**
 * The rooms of src-main, top layer first (DESIGN.md §1). A room imports only rooms of lower layers; rooms of one
 * layer never import each other. A new back-edge fails lint with `storyloom/room-layering`.
 * Where the table splits a layer of §1, a real import requires it: cli sits above bench and host (it runs them),
 * host above window (it opens the window), and settings above brains (it picks the brain: select-brain).
 */
const ROOM_LAYERS = [
  ['index'],
  ['cli'],
  ['bench', 'host'],
  ['window'],
  ['ipc'],
  ['services'],
  ['agents'],
  ['chat', 'queue', 'workflow'],
  ['settings'],
  ['brains', 'formats'],
  ['store'],
  ['domain'],
  ['events', 'shared'],
];

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a union of string literals (or z.enum) instead of enum.',
        },
      ],
    },
  },
  {
    // The core runs under plain Node: only the Electron shell may import electron.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/index.ts', 'src-main/window/**', 'src-main/host/electron-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'The core runs under plain Node (CLI, web mode, tests): only index.ts, window/ and host/electron-* may import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    // Rooms import one way, as data (VS Code's code-layering style).
    files: ['src-main/**/*.ts'],
    plugins: { storyloom },
    rules: { 'storyloom/room-layering': ['error', { root: 'src-main', layers: ROOM_LAYERS }] },
  },
  {
    // The contract is shared by all three processes: it may import zod and itself, nothing else.
    files: ['src-preload/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod$|\\./).*', message: 'The contract imports nothing but zod and its own files.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer: type-only imports of the contract; never electron or Node; only bridge.ts touches window.storyloom.
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron; use the bridge.' }],
          patterns: [
            { group: ['node:*', ...NODE_BUILTINS], message: 'The renderer never imports Node modules.' },
            {
              // frame-sketch is pure geometry without zod: the PDF writer and the storyboard cards draw from it.
              regex: 'src-preload/contract(?:/(?!frame-sketch$)[^/]+)?$',
              allowTypeImports: true,
              message:
                'Import the contract with `import type` only (frame-sketch is the one pure module shared).',
            },
            { group: ['**/src-main/**'], message: 'The renderer talks to main only through the bridge.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/src/bridge.ts', 'src-renderer/src/web-socket-api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='storyloom']",
          message: 'Only bridge.ts touches window.storyloom.',
        },
        {
          // Selectors live beside their slice (stores/*-selectors.ts), named and shared, not written inline.
          selector:
            "CallExpression[callee.name='useAppStore'] > :matches(ArrowFunctionExpression, FunctionExpression)",
          message: 'Select with a named selector from stores/<slice>-selectors.ts: useAppStore(selectX).',
        },
        // This list replaces the base one for renderer files: keep its rule too.
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a union of string literals (or z.enum) instead of enum.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', 'eslint.config.js', 'eslint-rules/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
