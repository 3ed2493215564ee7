import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FRAUD_TYPES, FRAUD_TYPE_LABELS } from '../../facts/losses/events/loss.events';
import { WARNING_KINDS, WARNING_KIND_LABELS } from '../../facts/warnings/events/warning-instruction.events';
import { BreakdownDimension, IndicatorReportService } from '../queries/indicator-report.service';
import { toBreakdownRow } from './scoring.mapper';
import { IndicatorBreakdownRow, IndicatorReportType } from './scoring.types';

const DIMENSIONS: Record<BreakdownDimension, { order: readonly string[]; labels: Record<string, string> }> = {
  warningKind: { order: WARNING_KINDS, labels: WARNING_KIND_LABELS },
  fraudType: { order: FRAUD_TYPES, labels: FRAUD_TYPE_LABELS },
};

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

  private rows(report: IndicatorReportType, dimension: BreakdownDimension) {
    return breakdownRowsOf(this.reports, report, dimension);
  }
}

/** A report's split by warning kind or fraud type, as the API and the exports give it. */
export async function breakdownRowsOf(
  reports: IndicatorReportService,
  report: IndicatorReportType,
  dimension: BreakdownDimension,
): Promise<IndicatorBreakdownRow[]> {
  const { order, labels } = DIMENSIONS[dimension];
  const rows = await reports.breakdown(report.unitId, { from: report.from, to: report.to }, dimension, order);
  return rows.map((row) => toBreakdownRow(row, dimension, labels));
}
