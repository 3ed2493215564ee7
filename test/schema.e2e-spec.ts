import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../src/common/graphql/print-schema';
import { TestApp, startTestApp } from './support/test-app';

describe('schema.gql', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the code generates (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(printAppSchema(t.app)).toBe(committed);
  });
});
