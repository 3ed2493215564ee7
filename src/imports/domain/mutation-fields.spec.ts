import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLInputObjectType, buildSchema, isNonNullType } from 'graphql';
import { ENVELOPE_FIELDS, MUTATION_FIELDS, FIELDS_FROM_MAPPING } from './mutation-fields';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8'));
const mutations = schema.getMutationType()!.getFields();

describe('MUTATION_FIELDS', () => {
  it.each(Object.entries(MUTATION_FIELDS))('%s has the input fields schema.gql gives it', (name, fields) => {
    const mutation = mutations[name];
    expect(mutation).toBeDefined();
    const inputType = mutation.args.find((a) => a.name === 'input')!.type;
    const input = (isNonNullType(inputType) ? inputType.ofType : inputType) as GraphQLInputObjectType;
    const all = Object.values(input.getFields());
    const required = all.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    const optional = all.filter((f) => !isNonNullType(f.type)).map((f) => f.name);
    expect([...fields.required, ...ENVELOPE_FIELDS.required].sort()).toEqual(required.sort());
    expect([...fields.optional, ...ENVELOPE_FIELDS.optional, ...FIELDS_FROM_MAPPING].sort()).toEqual(optional.sort());
  });
});
