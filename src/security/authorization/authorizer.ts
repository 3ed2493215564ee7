import { Injectable } from '@nestjs/common';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { UNIT_BOUND_ROLES } from '../../common/access-role';
import { Principal } from '../../common/principal';
import { NO_TOKEN, roleLabel } from '../domain/principal';
import { bilingual } from '../../common/bilingual';
import { EntityUnits } from './entity-units';
import { POLICIES } from './policies';
import { FactStreamKind, RecordedFact, ScopeOf, argumentAt } from './policy';
import { THING_NAMES } from '../../common/graphql/api-errors';
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
    if (!principal) throw new UnauthenticatedError(NO_TOKEN);
    const policy = POLICIES[operation];
    if (!policy) throw new ForbiddenError(operation, bilingual('任何角色都不能执行此操作', 'no rule allows this operation to anyone'));
    if (!policy.roles.includes(principal.role)) {
      throw new ForbiddenError(
        operation,
        bilingual(
          `角色 ${principal.role}（${roleLabel(principal.role)}）不能执行此操作`,
          `the role ${principal.role} (${roleLabel(principal.role)}) may not run it`,
        ),
      );
    }
    if (policy.kinds && !policy.kinds.includes(principal.kind)) {
      throw new ForbiddenError(
        operation,
        bilingual(
          `此操作仅供${policy.kinds.map((kind) => TOKEN_KINDS[kind].zh).join('或')}令牌使用`,
          `only ${policy.kinds.map((kind) => TOKEN_KINDS[kind].en).join(' or ')} tokens may run it`,
        ),
      );
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
    const unit = await this.unitOf(scope, args);
    if (unit === undefined) {
      if (required) {
        throw new ForbiddenError(
          operation,
          bilingual(
            `角色 ${principal.role}（${roleLabel(principal.role)}）须指明所辖单位之一（${describe(scope)}）`,
            `a ${principal.role} must name one of his units (${describe(scope)})`,
          ),
        );
      }
      return;
    }
    if (!(await this.organization.isWithin(unit.unitId, principal.units))) {
      const units = principal.units.join('、');
      throw new ForbiddenError(
        operation,
        bilingual(
          unit.missing
            ? `${unit.missing} 不存在，不能确认属于本令牌所辖单位（${units}）`
            : `单位 ${unit.unitId} 不在本令牌所辖单位（${units}）之内`,
          `unit ${unit.unitId} is not one of the units this token serves (${principal.units.join(', ')})`,
        ),
      );
    }
  }

  /** The fact's own unit stays unnamed: a recorder learns nothing of another county's facts from the refusal. */
  private async checkRecordedFact(principal: Principal, operation: string, { stream, path }: RecordedFact, args: Record<string, unknown>) {
    const id = argumentAt(args, path);
    const unitId = typeof id === 'string' ? await this.entities.unitOfFact(stream, id) : undefined;
    if (unitId !== undefined && !(await this.organization.isWithin(unitId, principal.units))) {
      const { zh, en } = FACT_NAMES[stream];
      throw new ForbiddenError(
        operation,
        bilingual(`${zh} ${String(id)} 由本令牌所辖以外的单位记录`, `${en} ${String(id)} was recorded by a unit this token does not serve`),
      );
    }
  }

  /**
   * The unit an operation touches; undefined when the arguments name none. An item that does not
   * exist has no unit to show, `missing` naming it in Chinese (工作提示函 L-9).
   */
  private async unitOf(scope: ScopeOf, args: Record<string, unknown>): Promise<{ unitId: string; missing?: string } | undefined> {
    if (scope.kind === 'argument') {
      const named = scope.paths.map((path) => argumentAt(args, path)).find((value) => typeof value === 'string' && value !== '');
      return typeof named === 'string' ? { unitId: named } : undefined;
    }
    const id = argumentAt(args, scope.path);
    if (typeof id !== 'string') return undefined;
    const unitId = await this.entities.unitOf(scope.entity, id);
    // An item that does not exist cannot be shown to be the chief's: refused, as another unit's would be.
    return unitId !== undefined
      ? { unitId }
      : { unitId: `(${scope.entity} ${id} not found)`, missing: `${THING_NAMES[scope.entity]} ${id}` };
  }
}

/** Kinds of token as the refusals name them. */
const TOKEN_KINDS: Record<Principal['kind'], { zh: string; en: string }> = {
  PERSON: { zh: '个人', en: 'personal' },
  SYSTEM: { zh: '对接系统', en: 'system' },
};

/** The facts a follow-up or correction names, as officers call them. */
const FACT_NAMES: Record<FactStreamKind, { zh: string; en: string }> = {
  warning: { zh: '预警指令', en: 'the warning instruction' },
  alert: { zh: '警情', en: 'the alert' },
  case: { zh: '案件', en: 'the case' },
  strike: { zh: '打击行动', en: 'the operation' },
  recovery: { zh: '挽损行动', en: 'the operation' },
  prevention: { zh: '宣防活动', en: 'the prevention activity' },
  outflow: { zh: '外流人员', en: 'the person gone abroad' },
};

const describe = (scope: ScopeOf) => (scope.kind === 'argument' ? scope.paths.join(' or ') : scope.path);
