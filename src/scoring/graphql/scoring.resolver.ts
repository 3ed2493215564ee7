import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { businessDayOf, startOfBusinessDay } from '../../common/business-day';
import { RecordResult } from '../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../recording/request-context';
import { DateTimeScalar, DayScalar } from '../../common/graphql/scalars';
import { checkAsOf } from '../queries/as-of-index.service';
import { AS_OF } from './period.input';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { PublishRuleSetCommand } from '../commands/publish-rule-set.command';
import { checkPeriod } from '../domain/periods';
import { IndicatorReportService } from '../queries/indicator-report.service';
import { ScoreService } from '../queries/score.service';
import { ScoringReader } from '../queries/scoring.reader';
import { PublishRuleSetInput, RuleSetType } from './rule-set.types';
import { toExplanationType, toReportType, toRuleSetType } from './scoring.mapper';
import { rulesOf } from './rule-set-input';
import { IndicatorReportType, ScoreExplanation } from './scoring.types';

@Resolver()
export class ScoringResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly scores: ScoreService,
    private readonly reports: IndicatorReportService,
    private readonly reader: ScoringReader,
    private readonly organization: OrganizationReader,
  ) {}

  @Query(() => ScoreExplanation, { description: '得分说明 for one defense area and day' })
  async explainScore(@Args('areaId', { type: () => ID }) areaId: string, @Args('day', { type: () => DayScalar }) day: string) {
    return toExplanationType(await this.scores.explain(areaId, day));
  }

  @Query(() => IndicatorReportType, { description: '指标报表 with 同比/环比 for a station, county or the city' })
  async indicatorReport(
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('from', { type: () => DayScalar }) from: string,
    @Args('to', { type: () => DayScalar }) to: string,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true, description: AS_OF }) asOf?: string,
  ) {
    return toReportType(await this.reports.report(unitId, checkPeriod({ from, to }), asOf && checkAsOf(asOf)));
  }

  @Query(() => [RuleSetType], { description: '考评规则: every published version' })
  async ruleSets(): Promise<RuleSetType[]> {
    return (await this.reader.ruleSets()).map(toRuleSetType);
  }

  @Mutation(() => RecordResult, { description: '发布考评规则 (a new version of a rule set)' })
  async publishRuleSet(@Args('input') input: PublishRuleSetInput, @Context() ctx: GraphqlContext) {
    // Rules are the city bureau's: its evaluation staff publish them.
    const { ruleSetId, name, effectiveFrom } = input;
    return this.commands.execute(
      new PublishRuleSetCommand(
        { type: 'PublishRuleSet', publishedOn: businessDayOf(new Date()), ruleSetId, name, effectiveFrom, ...rulesOf(input) },
        commandContext(ctx, { unitId: await this.organization.cityUnitId(), occurredAt: startOfBusinessDay(input.effectiveFrom) }),
      ),
    );
  }
}
