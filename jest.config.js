/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Transpile only (isolatedModules): `npm run typecheck` does the type checking once.
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  // Integration tests share the one database a Community server has, so files run one at a time.
  maxWorkers: 1,
  testTimeout: 60_000,
  detectOpenHandles: true,
  reporters: ['default', '<rootDir>/tests/setup/summary-reporter.js'],
};
