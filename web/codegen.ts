import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web, generated from the committed server schema.
 * `npm run codegen -w @ruche/web` rewrites src/lib/graphql/generated.ts; test/web/codegen.test.ts fails when it drifts.
 */
const config: CodegenConfig = {
  schema: '../server/schema.gql',
  documents: 'src/lib/graphql/**/*.graphql',
  generates: {
    'src/lib/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: false,
        skipTypename: true,
      },
    },
  },
};

export default config;
