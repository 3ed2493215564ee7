import { Injectable } from '@nestjs/common';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { UNIT_BOUND_ROLES } from '../../common/access-role';
import { Principal } from '../../common/principal';
import { roleLabel } from '../domain/principal';
import { EntityUnits } from './entity-units';
import { POLICIES } from './policies';
import { FactStreamKind, RecordedFact, ScopeOf, argumentAt } from './policy';
import { ForbiddenError, UnauthenticatedError } from './security-errors';

/**
 * Decides whether a principal may run an operation ("Query.ranking", "GET /letters/:letterId.pdf")
 * with these arguments, from POLICIES alone. Called by the guard for every resolver and route, and
 * by the response cache before it serves a stored answer.
 */
@Injectable()
export class Authorizer {
  constructor(
    private readonly organization: OrganizationReader,
    private readonly entities: EntityUnits,
  ) {}

  async check(principal: Principal | undefined, operation: string, args: Record<string, unknown>): Promise<void> {
    if (!principal) throw new UnauthenticatedError('no token: send "Authorization: Bearer <token>"');
    const policy = POLICIES[operation];
    if (!policy) throw new ForbiddenError(operation, 'no rule allows this operation to anyone');
    if (!policy.roles.includes(principal.role)) {
      throw new ForbiddenError(operation, `the role ${principal.role} (${roleLabel(principal.role)}) may not run it`);
    }
    if (!UNIT_BOUND_ROLES.includes(principal.role)) return;
    if (policy.scope) await this.checkScope(principal, operation, policy.scope, policy.scopeRequired, args);
    if (policy.recordedFact) await this.checkRecordedFact(principal, operation, policy.recordedFact, args);
  }

  private async checkScope(
    principal: Principal,
    operation: string,
    scope: ScopeOf,
    required: boolean | undefined,
    args: Record<string, unknown>,
  ) {
    const unitId = await this.unitOf(scope, args);
    if (unitId === undefined) {
      if (required) throw new ForbiddenError(operation, `a ${principal.role} must name one of his units (${describe(scope)})`);
      return;
    }
    if (!(await this.organization.isWithin(unitId, principal.units)))
      throw new ForbiddenError(operation, `unit ${unitId} is not one of the units this token serves (${principal.units.join(', ')})`);
  }

  /** The fact's own unit stays unnamed: a recorder learns nothing of another county's facts from the refusal. */
  private async checkRecordedFact(principal: Principal, operation: string, { stream, path }: RecordedFact, args: Record<string, unknown>) {
    const id = argumentAt(args, path);
    const unitId = typeof id === 'string' ? await this.entities.unitOfFact(stream, id) : undefined;
    if (unitId !== undefined && !(await this.organization.isWithin(unitId, principal.units))) {
      throw new ForbiddenError(operation, `${FACT_NAMES[stream]} ${String(id)} was recorded by a unit this token does not serve`);
    }
  }

  private async unitOf(scope: ScopeOf, args: Record<string, unknown>): Promise<string | undefined> {
    if (scope.kind === 'argument') {
      const named = scope.paths.map((path) => argumentAt(args, path)).find((value) => typeof value === 'string' && value !== '');
      return named as string | undefined;
    }
    const id = argumentAt(args, scope.path);
    // An item that does not exist cannot be shown to be the chief's: refused, as another unit's would be.
    return typeof id === 'string' ? ((await this.entities.unitOf(scope.entity, id)) ?? `(${scope.entity} ${id} not found)`) : undefined;
  }
}

const FACT_NAMES: Record<FactStreamKind, string> = {
  warning: 'the warning instruction',
  alert: 'the alert',
  case: 'the case',
  strike: 'the operation',
  recovery: 'the operation',
};

const describe = (scope: ScopeOf) => (scope.kind === 'argument' ? scope.paths.join(' or ') : scope.path);
