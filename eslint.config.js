import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layering of the house (see README, "Architecture") is enforced here:
// dexie only in storage/, no preact or dexie in domain/ or pdf/, no words in
// domain/ or files/ (they return codes), screens reach storage and files only
// through the use cases of actions/, and nothing but app/ imports ui/.
// Only ui/ and app/ import the catalogs of src/locale; pdf/ gets the words and
// the formatter as parameters and may import their types only.
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: restrict([
      { group: ['dexie', 'dexie/*'], message: 'Only src/storage/ may import dexie.' },
    ]),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict([
      { group: ['preact', 'preact/*', 'dexie', 'dexie/*'], message: 'The domain is pure.' },
      {
        group: [
          '**/storage/**',
          '**/files/**',
          '**/actions/**',
          '**/ui/**',
          '**/app/**',
          '**/locale',
          '**/locale/**',
        ],
        message: 'The domain depends on nothing else.',
      },
    ]),
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: restrict([
      { group: ['preact', 'preact/*'], message: 'storage/ and files/ have no UI.' },
      {
        group: ['**/ui/**', '**/app/**', '**/actions/**'],
        message: 'storage/ and files/ sit below the use cases and the UI.',
      },
      {
        group: ['**/locale', '**/locale/**'],
        message: 'storage/ returns codes, never words: the UI words them.',
      },
    ]),
  },
  {
    // Files return codes with parameters; ui/file-problems.ts turns them into words.
    files: ['src/files/**/*.ts'],
    rules: restrict([
      { group: ['preact', 'preact/*'], message: 'storage/ and files/ have no UI.' },
      {
        group: ['**/ui/**', '**/app/**', '**/actions/**'],
        message: 'storage/ and files/ sit below the use cases and the UI.',
      },
      {
        group: ['**/locale', '**/locale/**'],
        message: 'files/ return codes, never words: the UI words them (ui/file-problems.ts).',
      },
    ]),
  },
  {
    // Use cases: plain async functions a screen calls; they use storage, files
    // and domain and return outcomes, with no UI and no words.
    files: ['src/actions/**/*.ts'],
    rules: restrict([
      { group: ['preact', 'preact/*'], message: 'actions/ have no UI.' },
      {
        group: ['**/ui/**', '**/app/**', '**/locale', '**/locale/**'],
        message: 'actions/ sit below the UI and return codes, not words.',
      },
    ]),
  },
  {
    // Screens read through the live-query hooks and write through use cases:
    // only actions/ reach storage and files; ui/ and app/ may import their types.
    files: ['src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/storage', '**/storage/**', '**/files', '**/files/**'],
              allowTypeImports: true,
              message: 'Screens call use cases in src/actions; only their types come from here.',
            },
          ],
        },
      ],
    },
  },
  {
    // A schema version's upgrade is frozen: it copies the helpers it needs, so
    // a later change of the app's code cannot change what an old upgrade does.
    files: ['src/storage/migrations/**/*.ts'],
    rules: restrict([
      {
        group: ['preact', 'preact/*', '../**', '**/domain/**', '**/files/**'],
        message: 'A migration is frozen: copy what it needs instead of importing the app.',
      },
    ]),
  },
  {
    // The PDF builder takes plain data and returns bytes; the UI loads it lazily.
    files: ['src/pdf/**/*.ts'],
    rules: restrict([
      {
        group: ['preact', 'preact/*', 'dexie', 'dexie/*'],
        message: 'pdf/ is pure of UI and storage.',
      },
      {
        group: ['**/storage/**', '**/ui/**', '**/app/**'],
        message: 'pdf/ draws plain data; it sits below the UI and beside storage.',
      },
    ]),
  },
  {
    // The catalogs and the formatter come in as parameters (pdf/words.ts).
    files: ['src/pdf/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/locale', '**/locale/**'],
              allowTypeImports: true,
              message: 'pdf/ takes the words and the formatter as parameters (PdfWords).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['dexie', 'dexie/*'], message: 'Only src/storage/ may import dexie.' },
      { group: ['**/app/**'], message: 'ui/ must not import the app shell.' },
    ]),
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
