import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { printAppSchema } from '../src/api/print-schema';
import { TestApp, startTestApp } from './support/test-app';

describe('the GraphQL schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the code generates (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(printAppSchema(t.app)).toBe(committed);
  });

  it('reads plain fields directly: no field keeps the property-reading resolver Nest wraps it in', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const wrapped = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, resolve: field.resolve })))
      .filter(({ resolve }) => resolve?.name === 'rootFieldResolver');
    expect(wrapped.map((w) => w.name)).toEqual([]);
    const row = schema.getType('RankingRowType');
    expect(isObjectType(row) && row.getFields().rank.resolve).toBeUndefined();
  });
});
