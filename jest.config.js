// Two projects: node (domain, app, functions against local-cloud, contract, local-cloud) and jsdom
// (miniprogram-simulate component tests, which need a DOM and a fresh module registry per test).
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

/** @type {import('jest').Config} */
module.exports = {
  // One worker per core, also on two cores where jest's default (cores - 1) would run everything in band: the
  // suites spend much of their time waiting on local-cloud and its function instances, so two workers on the
  // two-core CI machine cut the run from ~260 s to ~160 s. Every test works in its own fresh environment.
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/tests/components/'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      displayName: 'components',
      testEnvironment: 'jsdom',
      resetModules: true,
      transform: { '^.+\\.ts$': swc },
      testMatch: ['<rootDir>/tests/components/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
