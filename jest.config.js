/**
 * Unit specs live beside the code; e2e and contract suites under test/.
 * Node 20 loads the ESM-only packages under mercurius (content-disposition, quick-lru) natively,
 * but jest's CommonJS runtime cannot: those files, and mercurius's dynamic import() of them, are
 * compiled to CommonJS for the tests only.
 */
const esmOnly = ['content-disposition', 'quick-lru', 'mercurius'];
const compileJs = ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs' } }];

module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: '.*\\.(spec|e2e-spec|contract-spec)\\.ts$',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true } }],
    [`/node_modules/(${esmOnly.join('|')})/.+\\.js$`]: compileJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  testEnvironment: 'node',
  // A handle left open by a client library after a full run with MONGODB_URI set kept jest from
  // exiting (not yet traced); CI must end, so jest exits once the results are in.
  forceExit: true,
  globalSetup: '<rootDir>/test/infra/jest-global-setup.js',
  globalTeardown: '<rootDir>/test/infra/jest-global-teardown.js',
  testTimeout: 60000,
};
