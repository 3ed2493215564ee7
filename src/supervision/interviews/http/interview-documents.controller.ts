import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { doesNotExistMessage } from '../../../common/graphql/api-errors';
import { DocumentFormat, asciiId, documentReply } from '../../common/document/document-reply';
import { IssuingOffices } from '../../common/document/issuing-office.service';
import { interviewNotice } from '../document/interview-notice';
import { InterviewsReader } from '../queries/interviews.reader';

/** An interview's 约谈通知书: a printable page and a PDF download. */
@Controller('interviews')
export class InterviewDocumentsController {
  constructor(
    private readonly interviews: InterviewsReader,
    private readonly offices: IssuingOffices,
  ) {}

  @Get(':interviewId.html')
  html(@Param('interviewId') interviewId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(interviewId, 'html', reply);
  }

  @Get(':interviewId.pdf')
  pdf(@Param('interviewId') interviewId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(interviewId, 'pdf', reply);
  }

  /** interview-YT-1.pdf and 约谈通知书（关于约谈…的通知）.pdf. */
  private async document(interviewId: string, format: DocumentFormat, reply: FastifyReply) {
    const row = await this.interviews.byId(interviewId);
    if (!row) throw new NotFoundException(doesNotExistMessage('interview', interviewId));
    const doc = interviewNotice(row, await this.interviews.requirements(interviewId), await this.offices.current());
    return documentReply(reply, doc, format, { ascii: `interview-${asciiId(interviewId)}`, chinese: `${doc.kind}（${doc.title}）` });
  }
}
