import { GraphQLSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { EventStore, StoredEvent } from '../../src/event-store/event-store.port';
import { TestApp } from './test-app';

/** One mutation sent with its own `x-correlation-id`, and every event the store gained while it ran. */
export interface CorrelatedCall {
  mutation: string;
  correlationId: string;
  events: StoredEvent[];
  /** The ids the mutation answered with. */
  eventIds: string[];
}

/**
 * Sends mutations one at a time, each with an `x-correlation-id` of its own, and keeps the events
 * appended while each ran: nothing else appends to a test app's store (the default rule set is
 * seeded at start-up), so the events after the head read before a mutation are that mutation's.
 */
export class CorrelatedMutations {
  readonly calls: CorrelatedCall[] = [];
  private readonly store: EventStore;

  constructor(
    private readonly t: TestApp,
    private readonly schema: GraphQLSchema,
  ) {
    this.store = t.app.get(EventStore);
  }

  /** Runs `mutation` with these arguments (usually `{ input }`) and answers its payload; fails on any GraphQL error. */
  run(mutation: string, args: Record<string, unknown>): Promise<Record<string, any>> {
    const field = this.schema.getMutationType()?.getFields()[mutation];
    if (!field) throw new Error(`the running app has no mutation ${mutation}`);
    const given = field.args.filter((arg) => arg.name in args);
    const variables = given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const call = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return this.send(`mutation(${variables}) { ${mutation}(${call}) { eventIds } }`, args).then((data) => data[mutation]);
  }

  /** A TestApp-like `ok` for fixtures that send their own mutation text (e.g. buildSmallCity). */
  readonly ok = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<any> =>
    this.send(query, variables ?? {}, headers);

  private async send(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<Record<string, any>> {
    const mutation = rootFieldOf(query);
    const correlationId = `corr-${this.calls.length + 1}-${mutation}`;
    const before = await this.store.headPosition();
    const res = await this.t.gql(query, variables, { ...headers, 'x-correlation-id': correlationId });
    if (res.errors || !res.data)
      throw new Error(`${mutation} failed, so its sample input is not valid any more: ${JSON.stringify(res.errors)}`);
    const events: StoredEvent[] = [];
    for await (const batch of this.store.readAll(before)) events.push(...batch);
    const payload = res.data[mutation] as { eventIds?: string[] } | undefined;
    this.calls.push({ mutation, correlationId, events, eventIds: payload?.eventIds ?? [] });
    return res.data;
  }
}

/** The one root field a mutation document runs. */
function rootFieldOf(query: string): string {
  const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fields =
    operation?.operation === 'mutation'
      ? operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))
      : [];
  if (fields.length !== 1) throw new Error(`expected a mutation of one root field, got: ${query}`);
  return fields[0];
}
