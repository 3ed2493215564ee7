import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BreakdownDimension, IndicatorReportService } from '../queries/indicator-report.service';
import { toBreakdownRow } from './scoring.mapper';
import { IndicatorBreakdownRow, IndicatorReportType } from './scoring.types';

/** The report's splits, read only when a query asks for them (the report itself comes from the score index). */
@Resolver(() => IndicatorReportType)
export class IndicatorBreakdownResolver {
  constructor(private readonly reports: IndicatorReportService) {}

  @ResolveField(() => [IndicatorBreakdownRow], { description: '按预警类型: the warnings and their follow-ups by the kind of warning' })
  byWarningKind(@Parent() report: IndicatorReportType) {
    return this.rows(report, 'warningKind');
  }

  @ResolveField(() => [IndicatorBreakdownRow], { description: '按诈骗类型: alerts, cases and losses by fraud type' })
  byFraudType(@Parent() report: IndicatorReportType) {
    return this.rows(report, 'fraudType');
  }

  @ResolveField(() => [IndicatorBreakdownRow], { description: '按作案手段 (一案一分析): cases, losses and victims visited by method' })
  byMethod(@Parent() report: IndicatorReportType) {
    return this.rows(report, 'method');
  }

  @ResolveField(() => [IndicatorBreakdownRow], {
    description: '按受害群体 (一案一分析): cases, losses and victims visited by victim group',
  })
  byVictimGroup(@Parent() report: IndicatorReportType) {
    return this.rows(report, 'victimGroup');
  }

  private async rows(report: IndicatorReportType, dimension: BreakdownDimension) {
    const rows = await this.reports.breakdown(report.unitId, { from: report.from, to: report.to }, dimension, report.asOf ?? undefined);
    return rows.map((row) => toBreakdownRow(row, dimension));
  }
}
