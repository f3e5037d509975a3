// One lint setup for the whole repo (typescript-eslint, flat config); formatting is Prettier's.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'appPackage/build/**', 'test-results/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in bot/src/config.ts only.' },
      ],
    },
  },
  { files: ['bot/src/config.ts', 'scripts/**', 'test/**', '**/*.test.ts', 'vitest.config.ts', '.ci/**'], rules: { 'no-restricted-properties': 'off' } },
);
