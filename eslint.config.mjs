import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // The generator and scorer stay pure: they must run anywhere (CLI, tests, server) without a framework.
    files: ['lib/quiz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['next', 'next/*', 'react', 'react-dom', 'react/*'], message: 'lib/quiz is pure TypeScript.' },
            { group: ['node:*', 'fs', 'fs/*', 'path'], message: 'lib/quiz must not touch the filesystem.' },
            { group: ['@/lib/db', '@/lib/db/*', '@/lib/content', '@/lib/content/*'], message: 'lib/quiz has no storage.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'reports/**']),
]);
