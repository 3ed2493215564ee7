import { BadRequestException, Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { bilingual, splitBilingual } from '../../../common/bilingual';
import { Clock } from '../../../common/clock';
import { DomainRuleError } from '../../../common/decider';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { labelOf } from '../../../scoring/domain/resolve-period';
import { DocumentFormat, asciiId, documentReply } from '../../common/document/document-reply';
import { IssuingOffices } from '../../common/document/issuing-office.service';
import { problemListDocument } from '../document/problem-list-document';
import { checkMonth } from '../domain/problem-month';
import { ProblemsReader } from '../queries/problems.reader';

/** A county's 问题清单 of a month as a document: a printable page and a PDF download. */
@Controller('problem-lists')
export class ProblemListDocumentsController {
  constructor(
    private readonly problems: ProblemsReader,
    private readonly organization: OrganizationReader,
    private readonly offices: IssuingOffices,
    private readonly clock: Clock,
  ) {}

  @Get(':countyId/:month.html')
  html(@Param('countyId') countyId: string, @Param('month') month: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(countyId, month, 'html', reply);
  }

  @Get(':countyId/:month.pdf')
  pdf(@Param('countyId') countyId: string, @Param('month') month: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(countyId, month, 'pdf', reply);
  }

  /** problem-list-county-sx-2026-11.pdf and 沙县分局2026年11月反诈工作问题清单.pdf. */
  private async document(countyId: string, month: string, format: DocumentFormat, reply: FastifyReply) {
    const today = this.clock.today();
    const first = checkedMonth(month, today);
    const county = await this.organization.unit(countyId);
    if (county?.level !== 'COUNTY') {
      throw new NotFoundException(bilingual(`县（区）局 "${countyId}" 不存在`, `county "${countyId}" does not exist`));
    }
    const problems = await this.problems.list(countyId, month);
    const monthLabel = labelOf('MONTH', { from: first, to: first });
    const doc = problemListDocument({ countyName: county.name, monthLabel, problems }, today, await this.offices.current());
    return documentReply(reply, doc, format, { ascii: `problem-list-${asciiId(countyId)}-${month}`, chinese: doc.title });
  }
}

/** The month of the path, or 400 naming the parameter: not YYYY-MM, or not begun yet. */
function checkedMonth(month: string, today: string): string {
  try {
    return checkMonth(month, today);
  } catch (error) {
    if (!(error instanceof DomainRuleError)) throw error;
    const { zh, en } = splitBilingual(error.message);
    throw new BadRequestException(bilingual(`参数 month：${zh}`, `parameter month: ${en}`));
  }
}
