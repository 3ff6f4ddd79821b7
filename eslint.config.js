// Type-aware lint. The domain boundary rules keep src/domain pure (STYLE.md habit 1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Relative paths that climb out of src/domain from a file `depth` folders below it. */
const outside = (depth) => `^${'\\.\\./'.repeat(depth + 1)}`;

/** src/domain imports only src/domain; its tests may add vitest and fast-check. */
const domainImports = [0, 1, 2].flatMap((depth) => {
  const files = `src/domain/${'*/'.repeat(depth)}*.ts`;
  const rule = (packages, message) => ({
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { regex: packages, message },
          { regex: outside(depth), message: 'src/domain may not import from outside src/domain.' },
        ],
      },
    ],
  });
  return [
    {
      files: [files],
      ignores: ['**/*.test.ts'],
      rules: rule('^(?!\\.)', 'src/domain is pure: no packages, no node built-ins.'),
    },
    {
      files: [files.replace(/\.ts$/, '.test.ts')],
      rules: rule(
        '^(?!\\.)(?!(vitest|fast-check)$)',
        'domain tests use only vitest and fast-check.',
      ),
    },
  ];
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...domainImports,
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'The domain never reads the clock: pass `today` in.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: pass `today` in.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'The domain has no randomness: pass values in.',
        },
        {
          selector: "MemberExpression[object.name='process']",
          message: 'The domain does not read the process environment.',
        },
      ],
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    languageOptions: {
      parserOptions: { project: './web/tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
