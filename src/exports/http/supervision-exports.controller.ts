import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { chineseDate } from '../../common/chinese-date';
import { Clock } from '../../common/clock';
import { doesNotExist } from '../../common/graphql/api-errors';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { checkPeriod } from '../../scoring/domain/periods';
import { ledgerItems } from '../../supervision/overview/domain/supervision-overview';
import { SupervisionOverviewService } from '../../supervision/overview/queries/supervision-overview.service';
import { DEFAULT_FACE_TO_FACE_TARGET, targetRatio } from '../../supervision/problems/domain/problem-candidates';
import { toProblemListType } from '../../supervision/problems/graphql/problem.mapper';
import { ProblemListService } from '../../supervision/problems/queries/problem-list.service';
import { problemListSheet } from '../sheets/problem-list-sheet';
import { supervisionLedgerSheet } from '../sheets/supervision-ledger-sheet';
import { Format, refusingBadInput, required, send } from './export-response';

/** A county's problem list of a month and the supervision ledger of a period, as Excel and CSV. */
@Controller('exports')
export class SupervisionExportsController {
  constructor(
    private readonly problemLists: ProblemListService,
    private readonly overview: SupervisionOverviewService,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  @Get('problem-lists/:countyId/:month.xlsx')
  problemListXlsx(@Param('countyId') countyId: string, @Param('month') month: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.problemList(countyId, month, 'xlsx', reply);
  }

  @Get('problem-lists/:countyId/:month.csv')
  problemListCsv(@Param('countyId') countyId: string, @Param('month') month: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.problemList(countyId, month, 'csv', reply);
  }

  @Get('supervision-ledger.xlsx')
  ledgerXlsx(@Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.ledger(query, 'xlsx', reply);
  }

  @Get('supervision-ledger.csv')
  ledgerCsv(@Query() query: Record<string, string | undefined>, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.ledger(query, 'csv', reply);
  }

  private problemList(countyId: string, month: string, format: Format, reply: FastifyReply) {
    return refusingBadInput(async () => {
      const today = this.clock.today();
      const list = await this.problemLists.list(countyId, month, targetRatio(DEFAULT_FACE_TO_FACE_TARGET, 'faceToFaceTarget'), today);
      const mapped = toProblemListType(list, today, await this.unitNames());
      return send(
        reply,
        [problemListSheet(mapped)],
        format,
        `problem-list-${countyId}-${month}`,
        `问题清单-${mapped.countyName}-${mapped.monthLabel}`,
      );
    });
  }

  private ledger(query: Record<string, string | undefined>, format: Format, reply: FastifyReply) {
    return refusingBadInput(async () => {
      const { from, to } = checkPeriod({ from: required('from', query.from), to: required('to', query.to) });
      const countyId = query.countyId || undefined;
      const names = await this.unitNames();
      if (countyId && !names.has(countyId)) throw doesNotExist('unit', countyId, 'countyId');
      const items = ledgerItems(await this.overview.items(countyId), from, to);
      const scope = countyId ? `-${names.get(countyId)}` : '';
      return send(
        reply,
        [supervisionLedgerSheet(items, names, from, to)],
        format,
        `supervision-ledger${countyId ? `-${countyId}` : ''}-${from}-${to}`,
        `督导台账${scope}-${chineseDate(from)}至${chineseDate(to)}`,
      );
    });
  }

  private async unitNames() {
    return new Map((await this.organization.units()).map((u) => [u.unitId, u.name]));
  }
}
