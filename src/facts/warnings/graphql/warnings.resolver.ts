import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { bilingual } from '../../../common/bilingual';
import { DomainRuleError } from '../../../common/decider';
import { Clock } from '../../../common/clock';
import { doesNotExist } from '../../../common/graphql/api-errors';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { RecordResult } from '../../../recording/record-result.type';
import { GraphqlContext } from '../../../recording/request-context';
import { recordFact } from '../../fact-mutation';
import { WARNING_FACTS } from './warning.facts';
import { WARNING_KIND_LABELS } from '../events/warning-instruction.events';
import { OpenWarningsReader } from '../queries/open-warnings.reader';
import { OpenWarningType } from './open-warning.types';
import {
  ApplyProtectiveMeasureInput,
  CheckWarningOnSiteInput,
  ForwardWarningInput,
  ReceiveWarningInput,
  RecordVictimisedAfterWarningInput,
  RecordWarningContactInput,
  RecordWarningDissuadedInput,
  RetractWarningFactInput,
} from './warning.inputs';

/** 预警/劝阻: warning instructions and what the station did about them. */
@Resolver()
export class WarningsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly warnings: OpenWarningsReader,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => RecordResult, { description: WARNING_FACTS.receiveWarning.description })
  receiveWarning(@Args('input') input: ReceiveWarningInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.receiveWarning, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.recordWarningContact.description })
  recordWarningContact(@Args('input') input: RecordWarningContactInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.recordWarningContact, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.recordWarningDissuaded.description })
  recordWarningDissuaded(@Args('input') input: RecordWarningDissuadedInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.recordWarningDissuaded, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.recordVictimisedAfterWarning.description })
  recordVictimisedAfterWarning(@Args('input') input: RecordVictimisedAfterWarningInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.recordVictimisedAfterWarning, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.applyProtectiveMeasure.description })
  applyProtectiveMeasure(@Args('input') input: ApplyProtectiveMeasureInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.applyProtectiveMeasure, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.forwardWarning.description })
  forwardWarning(@Args('input') input: ForwardWarningInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.forwardWarning, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.checkWarningOnSite.description })
  checkWarningOnSite(@Args('input') input: CheckWarningOnSiteInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.checkWarningOnSite, input, ctx);
  }

  @Mutation(() => RecordResult, { description: WARNING_FACTS.retractWarningFact.description })
  retractWarningFact(@Args('input') input: RetractWarningFactInput, @Context() ctx: GraphqlContext) {
    return recordFact(this.commands, WARNING_FACTS.retractWarningFact, input, ctx);
  }

  @Query(() => [OpenWarningType], {
    description:
      '待联系的预警: 单位 (含下级单位) 已接收、尚未记录见面/电话联系的预警指令, 联系期限在 dueWithinHours 小时内或已超期不满 7 天, 期限最近的在前',
  })
  async openWarnings(
    @Args('unitId', { type: () => ID, description: '单位; 含其下级单位' }) unitId: string,
    @Args('dueWithinHours', { type: () => Int, defaultValue: 24, description: '联系期限在此后多少小时内, 1-168' })
    dueWithinHours: number,
  ): Promise<OpenWarningType[]> {
    if (!Number.isInteger(dueWithinHours) || dueWithinHours < 1 || dueWithinHours > MAX_DUE_HOURS) {
      throw new DomainRuleError(
        bilingual(`dueWithinHours 须在 1 至 ${MAX_DUE_HOURS} 之间`, `dueWithinHours must be between 1 and ${MAX_DUE_HOURS}`),
        'dueWithinHours',
      );
    }
    const units = await this.organization.units();
    if (!units.some((u) => u.unitId === unitId)) throw doesNotExist('unit', unitId, 'unitId');
    const parentOf = new Map(units.map((u) => [u.unitId, u.parentId]));
    const within = (id: string | null | undefined, depth = 0): boolean =>
      id === unitId || (!!id && depth < 8 && within(parentOf.get(id), depth + 1));
    const scope = units.filter((u) => within(u.unitId)).map((u) => u.unitId);
    const now = this.clock.now().getTime();
    const hour = 3_600_000;
    const from = new Date(now - OVERDUE_SHOWN_HOURS * hour).toISOString();
    const to = new Date(now + dueWithinHours * hour).toISOString();
    const names = new Map(units.map((u) => [u.unitId, u.name]));
    return (await this.warnings.open(scope, from, to)).map((row) => ({
      instructionId: row.instructionId,
      unitId: row.unitId,
      unitName: names.get(row.unitId) ?? null,
      kind: row.kind,
      kindLabel: WARNING_KIND_LABELS[row.kind] ?? row.kind,
      receivedAt: row.receivedAt,
      deadline: row.deadline,
      overdue: Date.parse(row.deadline) < now,
    }));
  }
}

const MAX_DUE_HOURS = 168;

/** A warning past its contact deadline stays on the desk this long; later it is simply missed. */
const OVERDUE_SHOWN_HOURS = 7 * 24;
