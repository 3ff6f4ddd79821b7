import { defineConfig } from 'vitest/config';

// THRUST_TEST_REPORT=path also writes a JSON report there (CI reads its totals).
const report = process.env.THRUST_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    globalSetup: ['test/build.global.ts'],
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
