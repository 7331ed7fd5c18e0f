import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';

const SCHEMA_FILE = join(__dirname, '../../server/schema.gql');
const HEADER = '# Generated from the server code by `npm run schema`. Do not edit: CI fails when this file and the code differ.\n\n';

describe('committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(() => t.close());

  it('matches the schema the code generates', () => {
    const generated = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed).toBe(generated);
  });
});
