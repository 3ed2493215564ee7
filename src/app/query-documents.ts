import { FragmentDefinitionNode, Kind, OperationDefinitionNode, OperationTypeNode, SelectionSetNode, parse } from 'graphql';

const MAX_QUERY_TEXTS = 2_000;

export interface OperationInfo {
  /** Every operation of the document is a query: an answer that may be cached. */
  queryOnly: boolean;
  /** The response keys of the operation's root fields; null when it selects fragments at the root. */
  rootFields: readonly string[] | null;
  /** The names (not aliases) of the root fields, those selected through fragments too. */
  fieldNames: readonly string[];
}

interface ParsedDocument {
  operations: OperationDefinitionNode[];
  fragments: Map<string, FragmentDefinitionNode>;
}

/** What the response cache needs to know of a query text, parsed once per distinct text. */
export class QueryDocuments {
  private readonly known = new Map<string, ParsedDocument | null>();

  /** Null for unparsable text (left to GraphQL to refuse) or an operation the document lacks. */
  operation(text: string, operationName: string | undefined): OperationInfo | null {
    const parsed = this.parsed(text);
    if (!parsed) return null;
    const { operations, fragments } = parsed;
    const operation = operationName
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (!operation) return null;
    const selections = operation.selectionSet.selections;
    const rootFields = selections.every((s) => s.kind === Kind.FIELD)
      ? selections.map((s) => (s.kind === Kind.FIELD ? (s.alias ?? s.name).value : ''))
      : null;
    return {
      queryOnly: operations.every((o) => o.operation === OperationTypeNode.QUERY),
      rootFields,
      fieldNames: [...fieldNamesOf(operation.selectionSet, fragments, new Set())],
    };
  }

  private parsed(text: string): ParsedDocument | null {
    let parsed = this.known.get(text);
    if (parsed === undefined) {
      try {
        const { definitions } = parse(text);
        parsed = {
          operations: definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
          fragments: new Map(
            definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          ),
        };
      } catch {
        parsed = null;
      }
      if (this.known.size >= MAX_QUERY_TEXTS) this.known.clear();
      this.known.set(text, parsed);
    }
    return parsed;
  }
}

/** The field names of a selection set, looking into its inline fragments and the document's fragments (each once). */
function* fieldNamesOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): Generator<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection.name.value;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldNamesOf(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) yield* fieldNamesOf(fragment.selectionSet, fragments, seen);
    }
  }
}
