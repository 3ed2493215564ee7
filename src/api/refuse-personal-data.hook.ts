import {
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  Kind,
  TypeInfo,
  ValueNode,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { bilingual } from '../common/bilingual';
import { FieldProblem, InvalidInputError } from '../common/graphql/api-errors';
import { PersonalData, personalDataIn } from './personal-data';

/** Each kind of personal data as officers name it. */
const FOUND: Record<PersonalData, { zh: string; en: string }> = {
  IDENTITY_CARD: { zh: '身份证号', en: 'an identity-card number' },
  PHONE: { zh: '电话号码', en: 'a phone number' },
};

const problemOf = (found: PersonalData) =>
  bilingual(`含有${FOUND[found].zh}，不得填写身份证号、电话号码等个人信息`, `holds ${FOUND[found].en}: personal data must not be recorded`);

/** An argument of the document that may carry free text: String, or an input object or list holding one. */
interface TextArgument {
  name: string;
  type: GraphQLInputType;
  value: ValueNode;
}

/** Mercurius hands every request for a query text the same parsed document. */
const textArgumentsOf = new WeakMap<DocumentNode, TextArgument[]>();

/**
 * preExecution hook: refuses any String input, in variables or written in the query, that holds
 * an identity-card or phone number, naming its path (input.reason, input.points.0.text). ID inputs
 * are identifiers, not text, and are left alone; so are the other scalars (Day, Money, …). One
 * place for every operation, present and future: nothing is changed when it refuses.
 */
export function refusePersonalData(schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables?: Record<string, unknown>) {
  let args = textArgumentsOf.get(document);
  if (!args) textArgumentsOf.set(document, (args = findTextArguments(schema, document)));
  const problems = args.flatMap((arg) => problemsIn(valueFromAST(arg.value, arg.type, variables), arg.type, arg.name));
  if (problems.length) throw new InvalidInputError(problems, 400);
}

function findTextArguments(schema: GraphQLSchema, document: DocumentNode): TextArgument[] {
  const typeInfo = new TypeInfo(schema);
  const found: TextArgument[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.ARGUMENT](node) {
        const type = typeInfo.getArgument()?.type;
        if (type && holdsText(type)) found.push({ name: node.name.value, type, value: node.value });
      },
    }),
  );
  return found;
}

const isText = (type: GraphQLInputType) => isScalarType(type) && type.name === 'String';

function holdsText(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return isText(named);
  if (seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((field) => holdsText(field.type, seen));
}

function problemsIn(value: unknown, type: GraphQLInputType, path: string): FieldProblem[] {
  if (value === null || value === undefined) return [];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // A single value stands for a list of one.
    return Array.isArray(value)
      ? value.flatMap((item, i) => problemsIn(item, nullable.ofType, `${path}.${i}`))
      : problemsIn(value, nullable.ofType, path);
  }
  if (isInputObjectType(nullable)) {
    const fields = value as Record<string, unknown>;
    return Object.values(nullable.getFields()).flatMap((field) => problemsIn(fields[field.name], field.type, `${path}.${field.name}`));
  }
  const found = isText(nullable) && typeof value === 'string' ? personalDataIn(value) : null;
  return found ? [{ field: path, problem: problemOf(found) }] : [];
}
