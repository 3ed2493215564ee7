import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, GraphQLSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { TokenKeys, loadTokenKeys } from '../../src/security/auth/token-keys';
import { TokenRequest, mintToken } from '../../src/security/auth/token-minter';
import { AccessRole, UNIT_BOUND_ROLES } from '../../src/common/access-role';
import { EntityUnits } from '../../src/security/authorization/entity-units';
import { POLICIES } from '../../src/security/authorization/policies';
import { argumentAt } from '../../src/security/authorization/policy';

const HOUR_S = 3_600;
/** Whom a test acts as when it does not say: the first role the policy table allows, city-wide roles first. */
const PREFERRED: AccessRole[] = ['EVALUATION_STAFF', 'LEADERSHIP', 'ADMINISTRATOR', 'RECORDER', 'COUNTY_CHIEF', 'STATION_CHIEF'];

export type TokenFor = Omit<TokenRequest, 'expiresInSeconds'> & { expiresInSeconds?: number };

/**
 * Tokens for a test app, minted with its data directory's secret as `npm run token` does. A
 * request without a token of its own goes as the person the policy table lets run it: a suite
 * about rankings need not care who may record the facts behind them; the authorization matrix and
 * the security suites name their tokens.
 */
export class TestTokens {
  private readonly keys: TokenKeys;
  private readonly schema: GraphQLSchema;
  private readonly entities: EntityUnits;

  constructor(app: INestApplication, dataDir: string) {
    this.keys = loadTokenKeys({ dataDir });
    this.schema = app.get(GraphQLSchemaHost).schema;
    this.entities = app.get(EntityUnits);
  }

  mint(request: TokenFor): string {
    return mintToken(this.keys, { expiresInSeconds: HOUR_S, ...request });
  }

  /** A token of `role`, or else of a role allowed every root field of the operation, serving the units its arguments name. */
  async forOperation(
    query: string,
    variables: Record<string, unknown> = {},
    subject?: string,
    role?: AccessRole,
  ): Promise<string | undefined> {
    let document;
    try {
      document = parse(query);
    } catch {
      return undefined; // GraphQL itself answers a syntax error, with or without a token
    }
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const type = operation && this.rootType(operation);
    if (!operation || !type) return undefined;
    const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD && !s.name.value.startsWith('__') ? [s] : []));
    const policies = fields.map((f) => POLICIES[`${type.name}.${f.name.value}`]);
    const actingRole = role ?? PREFERRED.find((r) => policies.every((p) => p?.roles.includes(r))) ?? 'EVALUATION_STAFF';
    const units = new Set<string>();
    if (UNIT_BOUND_ROLES.includes(actingRole)) {
      for (const [i, field] of fields.entries()) {
        const scope = policies[i]?.scope;
        const definition = type.getFields()[field.name.value];
        if (!scope || !definition) continue;
        const args = safeArguments(() => getArgumentValues(definition, field, variables));
        const unit =
          scope.kind === 'argument'
            ? scope.paths.map((p) => argumentAt(args, p)).find((v) => typeof v === 'string')
            : await this.entityUnit(scope.entity, argumentAt(args, scope.path));
        if (typeof unit === 'string') units.add(unit);
      }
      if (!units.size) units.add('unit-of-test');
    }
    return this.mint({ subject: subject ?? `test-${actingRole.toLowerCase()}`, role: actingRole, units: [...units] });
  }

  private rootType(operation: OperationDefinitionNode): GraphQLObjectType | null | undefined {
    return operation.operation === 'query'
      ? this.schema.getQueryType()
      : operation.operation === 'mutation'
        ? this.schema.getMutationType()
        : this.schema.getSubscriptionType();
  }

  private async entityUnit(entity: Parameters<EntityUnits['unitOf']>[0], id: unknown) {
    return typeof id === 'string' ? this.entities.unitOf(entity, id) : undefined;
  }
}

/** Arguments that fail to coerce are GraphQL's to refuse, with whatever token. */
function safeArguments(read: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return read();
  } catch {
    return {};
  }
}
