import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema: a schema change that breaks a screen's query breaks
 * the web build (`npm run build`), not an officer's morning.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['web/src/**/*.ts', 'web/src/**/*.vue', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Documents as typed strings: the screens need no GraphQL runtime, only fetch and graphql-ws.
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Day: 'string', DateTime: 'string', Money: 'string' },
      },
    },
    // The schema's enum descriptions as the screens' Chinese labels.
    'web/src/gql/enum-labels.ts': { plugins: ['./web/codegen-enum-labels.cjs'] },
  },
  silent: true,
};

export default config;
