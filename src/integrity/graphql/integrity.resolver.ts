import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '../../common/clock';
import { DateTimeScalar, DayScalar } from '../../common/graphql/scalars';
import { doesNotExist } from '../../common/graphql/api-errors';
import { checkAsOf } from '../../scoring/queries/as-of-index.service';
import { AS_OF } from '../../scoring/graphql/period.input';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { ReadStore } from '../../read-store/read-store.port';
import { RecordResult } from '../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../recording/request-context';
import { VerifyFindingCommand } from '../commands/verify-finding.command';
import { DETECTORS } from '../domain/finding';
import { VERIFICATION_OUTCOME_LABELS } from '../events/finding.events';
import { FINDING_VERIFICATIONS, FindingVerificationRow } from '../projections/finding-verifications.projection';
import { IntegrityFindingsService } from '../queries/integrity-findings.service';
import { VerifyFindingInput } from './integrity.inputs';
import { IntegrityFindingType, IntegrityVerdictType } from './integrity.types';

/** 数据质量线索: what the detectors find in a unit's period, for staff and leadership only, and staff's 核查. */
@Resolver()
export class IntegrityResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly findings: IntegrityFindingsService,
    private readonly organization: OrganizationReader,
    @Inject(ReadStore) private readonly store: ReadStore,
    private readonly clock: Clock,
  ) {}

  @Query(() => [IntegrityFindingType], {
    description: "数据质量线索 of a unit's stations (and itself) over a period, each with its verdict once verified",
  })
  async integrityFindings(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from', { type: () => DayScalar }) from: string,
    @Args('to', { type: () => DayScalar }) to: string,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true, description: AS_OF }) asOf?: string,
  ): Promise<IntegrityFindingType[]> {
    const found = await this.findings.findings(unitId, { from, to }, asOf && checkAsOf(asOf, this.clock.now()));
    const ids = found.map((f) => f.findingId);
    const [verdicts, units] = await Promise.all([
      this.store.find<FindingVerificationRow & Record<string, unknown>>(FINDING_VERIFICATIONS, { where: { findingId: { in: ids } } }),
      this.organization.units(),
    ]);
    const nameOf = new Map(units.map((u) => [u.unitId, u.name]));
    return found.map((f) => {
      const v = verdicts.find((row) => row.findingId === f.findingId);
      return {
        findingId: f.findingId,
        detector: f.detector,
        detectorLabel: DETECTORS[f.detector],
        unitId: f.unitId,
        unitName: nameOf.get(f.unitId) ?? f.unitId,
        about: f.about,
        summary: f.summary,
        statisticName: f.statistic.name,
        statistic: f.statistic.value,
        threshold: f.threshold.value,
        flagsWhen: f.threshold.flagsWhen,
        evidence: [...f.evidence],
        asOf: f.asOf!,
        verification: v ? verificationOf(v) : null,
      };
    });
  }

  @Query(() => [IntegrityVerdictType], {
    description:
      '数据质量核查结论 about a unit (a county: and its stations), newest first: only findings staff have decided, as they decided them',
  })
  async integrityVerdicts(@Args('unitId', { type: () => ID }) unitId: string): Promise<IntegrityVerdictType[]> {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, 'unitId');
    const units = await this.organization.units();
    const concerned = unit.level === 'CITY' ? units : units.filter((u) => u.unitId === unitId || u.parentId === unitId);
    const rows = await this.store.find<FindingVerificationRow & Record<string, unknown>>(FINDING_VERIFICATIONS, {
      where: { unitId: { in: concerned.map((u) => u.unitId) } },
      orderBy: [['verifiedAt', 'desc']],
    });
    const nameOf = new Map(units.map((u) => [u.unitId, u.name]));
    return rows.map((v) => ({
      findingId: v.findingId,
      unitId: v.unitId,
      unitName: nameOf.get(v.unitId) ?? v.unitId,
      detectorLabel: DETECTORS[v.detector],
      about: v.about,
      summary: v.summary,
      from: v.periodFrom,
      to: v.periodTo,
      verification: verificationOf(v),
    }));
  }

  @Mutation(() => RecordResult, { description: '核查一条线索: 核查属实 or 已作出合理解释, with what was found' })
  verifyFinding(@Args('input') input: VerifyFindingInput, @Context() ctx: GraphqlContext) {
    const { findingId, unitId, from, to, outcome, reason, idempotencyKey } = input;
    const context = commandContext(ctx, { unitId, occurredAt: this.clock.now().toISOString(), idempotencyKey });
    return this.commands.execute(new VerifyFindingCommand({ findingId, unitId, period: { from, to }, outcome, reason }, context));
  }
}

const verificationOf = (v: FindingVerificationRow) => ({
  outcome: v.outcome,
  outcomeLabel: VERIFICATION_OUTCOME_LABELS[v.outcome],
  reason: v.reason,
  verifiedAt: v.verifiedAt,
  verifiedBy: v.verifiedBy.subject,
});
