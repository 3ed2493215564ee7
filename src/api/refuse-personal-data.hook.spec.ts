import { buildSchema, parse } from 'graphql';
import { InvalidInputError } from '../common/graphql/api-errors';
import { refusePersonalData } from './refuse-personal-data.hook';

const schema = buildSchema(`
  scalar Day
  input PointInput { text: String! stationId: ID }
  input VisitInput { visitId: ID! day: Day reason: String points: [PointInput!] tags: [String!] }
  type Query { visits(search: String): [String!]! }
  type Mutation { recordVisit(input: VisitInput!, note: String): String }
`);

const PHONE = '电话13912345678';
const refusal = (query: string, variables?: Record<string, unknown>) => {
  try {
    refusePersonalData(schema, parse(query), {}, variables);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).statusCode).toBe(400);
    return (error as InvalidInputError).problems;
  }
  return [];
};
const RECORD = 'mutation($input: VisitInput!, $note: String) { recordVisit(input: $input, note: $note) }';

describe('refusing personal data in String inputs', () => {
  it('names the path of every String field that holds some, in variables, at any depth', () => {
    const problems = refusal(RECORD, {
      input: {
        visitId: 'V-1',
        reason: `受害人${PHONE}`,
        points: [{ text: '已走访' }, { text: '身份证440524188001010014' }],
        tags: ['ok', PHONE],
      },
      note: PHONE,
    });
    expect(problems).toEqual([
      {
        field: 'input.reason',
        problem: '含有电话号码，不得填写身份证号、电话号码等个人信息 / holds a phone number: personal data must not be recorded',
      },
      {
        field: 'input.points.1.text',
        problem: '含有身份证号，不得填写身份证号、电话号码等个人信息 / holds an identity-card number: personal data must not be recorded',
      },
      { field: 'input.tags.1', problem: expect.stringContaining('phone number') },
      { field: 'note', problem: expect.stringContaining('phone number') },
    ]);
  });

  it('reads values written in the query text too', () => {
    expect(refusal(`mutation { recordVisit(input: { visitId: "V-1", points: [{ text: "${PHONE}" }] }) }`)).toEqual([
      { field: 'input.points.0.text', problem: expect.stringContaining('phone number') },
    ]);
    expect(refusal(`{ visits(search: "${PHONE}") }`)).toEqual([{ field: 'search', problem: expect.any(String) }]);
  });

  it('leaves identifiers (ID), other scalars and text without personal data alone', () => {
    expect(
      refusal(RECORD, {
        input: { visitId: '13912345678', day: '13912345678', points: [{ text: '发案3起', stationId: '440524188001010014' }], reason: null },
      }),
    ).toEqual([]);
    expect(refusal('{ visits }')).toEqual([]);
  });

  it('takes a single value given for a list as a list of one', () => {
    expect(refusal(RECORD, { input: { visitId: 'V-1', tags: PHONE } })).toEqual([{ field: 'input.tags', problem: expect.any(String) }]);
  });
});
