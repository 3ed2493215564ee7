import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { shanghaiTimeOf } from '../../common/business-day';
import { doesNotExist } from '../../common/graphql/api-errors';
import { CHIEF_ROLES } from '../../organization/events/organization.events';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { PERIOD_KINDS } from '../../scoring/domain/resolve-period';
import { checkPeriod } from '../../scoring/domain/periods';
import { toRankingType } from '../../scoring/graphql/ranking.mapper';
import { toBreakdownRow, toReportType } from '../../scoring/graphql/scoring.mapper';
import { BreakdownDimension, IndicatorReportService } from '../../scoring/queries/indicator-report.service';
import { RankingService } from '../../scoring/queries/ranking.service';
import { checkAsOf } from '../../scoring/queries/as-of-index.service';
import { indicatorSheets } from '../sheets/indicator-sheets';
import { rankingSheet } from '../sheets/ranking-sheet';
import { Format, oneOf, refusingBadInput, required, send } from './export-response';

/**
 * Rankings and indicator reports as files: Excel for officers (Chinese headers, frozen header rows,
 * number formats), CSV beside it for systems. The figures are the API's, through the same mappers.
 * Bad parameters answer 400 naming the parameter; what the officer may not read, 403.
 */
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly rankings: RankingService,
    private readonly reports: IndicatorReportService,
    private readonly organization: OrganizationReader,
  ) {}

  @Get('ranking.xlsx')
  rankingXlsx(@Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.ranking(query, 'xlsx', reply);
  }

  @Get('ranking.csv')
  rankingCsv(@Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.ranking(query, 'csv', reply);
  }

  @Get('indicators/:unitId.xlsx')
  indicatorsXlsx(
    @Param('unitId') unitId: string,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.indicators(unitId, query, 'xlsx', reply);
  }

  @Get('indicators/:unitId.csv')
  indicatorsCsv(
    @Param('unitId') unitId: string,
    @Query() query: Record<string, string | undefined>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.indicators(unitId, query, 'csv', reply);
  }

  private async ranking(query: Record<string, string | undefined>, format: Format, reply: FastifyReply) {
    return refusingBadInput(async () => {
      const role = oneOf('role', query.role, CHIEF_ROLES);
      const kind = oneOf('kind', query.kind ?? 'MONTH', PERIOD_KINDS);
      const withinUnitId = query.withinUnitId || undefined;
      if (withinUnitId && !(await this.organization.unit(withinUnitId))) throw doesNotExist('unit', withinUnitId, 'withinUnitId');
      const asOf = query.asOf ? checkAsOf(query.asOf) : undefined;
      const period = { kind, day: query.day, from: query.from, to: query.to };
      const ranking = toRankingType(await this.rankings.ranking(role, period, withinUnitId ? { withinUnitId } : {}, undefined, asOf));
      const name = `三级六长排名-${ranking.roleLabel}-${ranking.period.label}${asOf ? `-截至${fileInstant(asOf)}` : ''}`;
      return send(
        reply,
        [rankingSheet(ranking)],
        format,
        `ranking-${role.toLowerCase()}-${ranking.period.from}-${ranking.period.to}`,
        name,
      );
    });
  }

  private async indicators(unitId: string, query: Record<string, string | undefined>, format: Format, reply: FastifyReply) {
    return refusingBadInput(async () => {
      const period = checkPeriod({ from: required('from', query.from), to: required('to', query.to) });
      const asOf = query.asOf ? checkAsOf(query.asOf) : undefined;
      const report = toReportType(await this.reports.report(unitId, period, asOf));
      const split = async (dimension: BreakdownDimension) =>
        (await this.reports.breakdown(unitId, period, dimension, asOf)).map((row) => toBreakdownRow(row, dimension));
      const [warningKind, fraudType, method, victimGroup] = await Promise.all(
        (['warningKind', 'fraudType', 'method', 'victimGroup'] as const).map(split),
      );
      const splits = { warningKind, fraudType, method, victimGroup };
      const name = `指标-${report.unitName}-${report.from}至${report.to}${asOf ? `-截至${fileInstant(asOf)}` : ''}`;
      return send(reply, indicatorSheets(report, splits), format, `indicators-${unitId}-${report.from}-${report.to}`, name);
    });
  }
}

/** An instant in a file name: Shanghai time without a colon, 2026-11-03-0900. */
const fileInstant = (instant: string) => shanghaiTimeOf(instant).slice(0, 16).replace('T', '-').replace(':', '');
