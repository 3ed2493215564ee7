import { BadRequestException, Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { bilingual } from '../../common/bilingual';
import { InvalidInputError, NotFoundError, doesNotExist } from '../../common/graphql/api-errors';
import { contentDisposition } from '../../common/http/content-disposition';
import { CHIEF_ROLES } from '../../organization/events/organization.events';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { PERIOD_KINDS } from '../../scoring/domain/resolve-period';
import { checkPeriod } from '../../scoring/domain/periods';
import { toRankingType } from '../../scoring/graphql/ranking.mapper';
import { toBreakdownRow, toReportType } from '../../scoring/graphql/scoring.mapper';
import { BreakdownDimension, IndicatorReportService } from '../../scoring/queries/indicator-report.service';
import { RankingService } from '../../scoring/queries/ranking.service';
import { sheetCsv } from '../domain/csv';
import { indicatorSheets } from '../sheets/indicator-sheets';
import { rankingSheet } from '../sheets/ranking-sheet';
import { Sheet } from '../domain/sheet';
import { sheetsXlsx } from '../domain/xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Format = 'xlsx' | 'csv';

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
      const ranking = toRankingType(
        await this.rankings.ranking(role, { kind, day: query.day, from: query.from, to: query.to }, withinUnitId ? { withinUnitId } : {}),
      );
      const name = `三级六长排名-${ranking.roleLabel}-${ranking.period.label}`;
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
      const report = toReportType(await this.reports.report(unitId, period));
      const split = async (dimension: BreakdownDimension) =>
        (await this.reports.breakdown(unitId, period, dimension)).map((row) => toBreakdownRow(row, dimension));
      const [byKind, byType] = await Promise.all([split('warningKind'), split('fraudType')]);
      const name = `指标-${report.unitName}-${report.from}至${report.to}`;
      return send(reply, indicatorSheets(report, byKind, byType), format, `indicators-${unitId}-${report.from}-${report.to}`, name);
    });
  }
}

function oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidInputError([
    {
      field,
      problem: bilingual(
        `须为 ${allowed.join('、')} 之一，实际为 ${value ?? '空'}`,
        `must be one of ${allowed.join(', ')}, got ${value ?? 'nothing'}`,
      ),
    },
  ]);
}

function required(field: string, value: string | undefined): string {
  if (value) return value;
  throw new InvalidInputError([{ field, problem: bilingual('不能为空', 'is required') }]);
}

/** Refusals as HTTP statuses with the service's bilingual message: bad input 400, an unknown unit 404. */
async function refusingBadInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new BadRequestException({ message: error.message, problems: error.problems });
    if (error instanceof NotFoundError) throw new NotFoundException(error.message);
    throw error;
  }
}

/** One sheet as CSV (the first: a CSV file holds one table), or every sheet as one workbook. */
async function send(reply: FastifyReply, sheets: Sheet[], format: Format, asciiName: string, chineseName: string) {
  reply.header('content-disposition', contentDisposition('attachment', `${asciiName}.${format}`, `${chineseName}.${format}`));
  if (format === 'csv') {
    reply.type('text/csv; charset=utf-8');
    return sheetCsv(sheets[0]);
  }
  reply.type(XLSX);
  return sheetsXlsx(sheets, new Date());
}
