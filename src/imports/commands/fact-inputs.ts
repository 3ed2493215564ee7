import { GraphQLInputType, GraphQLSchema, coerceInputValue } from 'graphql';
import { bilingual } from '../../common/bilingual';
import { FieldProblem } from '../../common/graphql/api-errors';

/**
 * Reads a mapped row's input as the API would read the same values sent as variables: through the
 * schema's input type of the fact's mutation, so a file's amount or time means what it would mean
 * in a request (Money in yuan to fen, DateTime with its offset), and a value the API would refuse is
 * refused naming its field.
 */
export class FactInputs {
  private readonly inputTypes = new Map<string, GraphQLInputType>();

  constructor(schema: GraphQLSchema) {
    for (const [name, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
      const input = field.args.find((arg) => arg.name === 'input');
      if (input) this.inputTypes.set(name, input.type);
    }
  }

  read(mutation: string, input: Record<string, unknown>): { input: Record<string, unknown> } | { problems: FieldProblem[] } {
    const type = this.inputTypes.get(mutation);
    if (!type) {
      return {
        problems: [
          { field: 'mutation', problem: bilingual(`没有名为 ${mutation} 的录入操作`, `there is no mutation named "${mutation}"`) },
        ],
      };
    }
    const problems: FieldProblem[] = [];
    const coerced = coerceInputValue(input, type, (path, _value, error) => {
      problems.push({ field: ['input', ...path].join('.'), problem: error.message });
    }) as Record<string, unknown>;
    return problems.length ? { problems } : { input: coerced };
  }
}
