import {
  GraphQLEnumType,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { ErrorWithProps } from 'mercurius';
import { MoneyScalar } from '../common/graphql/scalars';
import { validateVariables } from './validate-variables.hook';

const FraudType = new GraphQLEnumType({ name: 'FraudType', values: { LOAN: {}, INVESTMENT: {} } });
const FileCaseInput = new GraphQLInputObjectType({
  name: 'FileCaseInput',
  fields: {
    unitId: { type: new GraphQLNonNull(GraphQLID) },
    fraudType: { type: new GraphQLNonNull(FraudType) },
    loss: { type: new GraphQLNonNull(MoneyScalar) },
    count: { type: GraphQLInt },
    tags: { type: new GraphQLList(new GraphQLNonNull(GraphQLString)) },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { fileCase: { type: GraphQLString, args: { input: { type: new GraphQLNonNull(FileCaseInput) } } } },
  }),
});
const FILE_CASE = parse('mutation($input: FileCaseInput!) { fileCase(input: $input) }');
const valid = { unitId: 'st-a', fraudType: 'LOAN', loss: '100.00' };

/** The refusal of these variables: its message and status. */
function refusal(variables: Record<string, unknown>) {
  try {
    validateVariables(schema, FILE_CASE, {}, variables);
  } catch (error) {
    expect(error).toBeInstanceOf(ErrorWithProps);
    const { message, statusCode, extensions } = error as ErrorWithProps;
    expect({ statusCode, extensions }).toEqual({ statusCode: 400, extensions: { code: 'BAD_USER_INPUT' } });
    return message;
  }
  throw new Error('the variables were accepted');
}

describe("graphql-js's refusals of a variable, Chinese first", () => {
  it('accepts good variables', () => {
    expect(() => validateVariables(schema, FILE_CASE, {}, { input: valid })).not.toThrow();
  });

  it.each([
    [
      'a variable not provided',
      {},
      '输入有误：缺少必填变量 $input（类型 FileCaseInput!） / Variable "$input" of required type "FileCaseInput!" was not provided.',
    ],
    [
      'a variable given as null',
      { input: null },
      '输入有误：变量 $input 不能为 null（类型 FileCaseInput!） / Variable "$input" of non-null type "FileCaseInput!" must not be null.',
    ],
    [
      'a field not provided',
      { input: { fraudType: 'LOAN', loss: '1.00' } },
      '输入有误：缺少必填字段 input.unitId（类型 ID!） / Variable "$input" got invalid value { fraudType: "LOAN", loss: "1.00" }; Field "unitId" of required type "ID!" was not provided.',
    ],
    [
      'an unknown field',
      { input: { ...valid, colour: 'red' } },
      '输入有误：input 中不能填写字段 colour（类型 FileCaseInput 没有该字段） / Variable "$input" got invalid value { unitId: "st-a", fraudType: "LOAN", loss: "100.00", colour: "red" }; Field "colour" is not defined by type "FileCaseInput".',
    ],
    [
      'a value outside an enum',
      { input: { ...valid, fraudType: 'MAGIC' } },
      '输入有误：input.fraudType 的值 "MAGIC" 不是 FraudType 的可选值 / Variable "$input" got invalid value "MAGIC" at "input.fraudType"; Value "MAGIC" does not exist in "FraudType" enum.',
    ],
    [
      'a string for an Int',
      { input: { ...valid, count: 'two' } },
      '输入有误：input.count 须为整数 / Variable "$input" got invalid value "two" at "input.count"; Int cannot represent non-integer value: "two"',
    ],
    [
      'a null in a list of non-null strings',
      { input: { ...valid, tags: ['a', null] } },
      '输入有误：input.tags[1] 不能为 null / Variable "$input" got invalid value null at "input.tags[1]"; Expected non-nullable type "String!" not to be null.',
    ],
    [
      'an object for the input',
      { input: 'st-a' },
      '输入有误：input 须为对象（类型 FileCaseInput） / Variable "$input" got invalid value "st-a"; Expected type "FileCaseInput" to be an object.',
    ],
    [
      'an amount our Money scalar refuses, keeping only its English after " / "',
      { input: { ...valid, loss: '100.001' } },
      '输入有误：input.loss：金额 "100.001" 有误：须以元为单位，最多两位小数，例如 "12345.67" / Variable "$input" got invalid value "100.001" at "input.loss"; "100.001" is not an amount in yuan: use digits with at most two decimals, e.g. "12345.67"',
    ],
  ])('names %s', (_what, variables, message) => {
    expect(refusal(variables)).toBe(message);
  });

  it('joins several problems, the Chinese of each first', () => {
    expect(refusal({ input: { fraudType: 'MAGIC', loss: '1.00' } })).toBe(
      '输入有误：缺少必填字段 input.unitId（类型 ID!）；input.fraudType 的值 "MAGIC" 不是 FraudType 的可选值 / ' +
        'Variable "$input" got invalid value { fraudType: "MAGIC", loss: "1.00" }; Field "unitId" of required type "ID!" was not provided.; ' +
        'Variable "$input" got invalid value "MAGIC" at "input.fraudType"; Value "MAGIC" does not exist in "FraudType" enum.',
    );
  });
});
