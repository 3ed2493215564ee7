import { Kind, OperationDefinitionNode, OperationTypeNode, parse } from 'graphql';

const MAX_QUERY_TEXTS = 2_000;

export interface OperationInfo {
  /** Every operation of the document is a query: an answer that may be cached. */
  queryOnly: boolean;
  /** The response keys of the operation's root fields; null when it selects fragments at the root. */
  rootFields: readonly string[] | null;
}

/** What the response cache needs to know of a query text, parsed once per distinct text. */
export class QueryDocuments {
  private readonly known = new Map<string, OperationDefinitionNode[] | null>();

  /** Null for unparsable text (left to GraphQL to refuse) or an operation the document lacks. */
  operation(text: string, operationName: string | undefined): OperationInfo | null {
    const operations = this.operationsOf(text);
    if (!operations) return null;
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
    return { queryOnly: operations.every((o) => o.operation === OperationTypeNode.QUERY), rootFields };
  }

  private operationsOf(text: string): OperationDefinitionNode[] | null {
    let operations = this.known.get(text);
    if (operations === undefined) {
      try {
        operations = parse(text).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      } catch {
        operations = null;
      }
      if (this.known.size >= MAX_QUERY_TEXTS) this.known.clear();
      this.known.set(text, operations);
    }
    return operations;
  }
}
