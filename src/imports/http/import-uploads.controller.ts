import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { bilingual } from '../../common/bilingual';
import { DomainRuleError } from '../../common/decider';
import { contentDisposition } from '../../common/http/content-disposition';
import { refusingBadInput } from '../../exports/http/export-response';
import { WithPrincipal } from '../../security/authorization/authorization.guard';
import { ImportUploads } from '../commands/import-uploads.service';
import { toUploadType } from '../graphql/import-upload.types';

type Request = FastifyRequest & WithPrincipal;

/**
 * The file of an import goes up as the request's body (application/octet-stream, its name in
 * ?fileName=), streamed to disk: a GraphQL request cannot carry it, and a multipart form would add
 * nothing but parsing. The reports come down as CSV for Excel.
 */
@Controller('imports')
export class ImportUploadsController {
  constructor(private readonly uploads: ImportUploads) {}

  @Post('uploads')
  @HttpCode(201)
  upload(@Req() request: Request, @Query('fileName') fileName: string | undefined) {
    return refusingBadInput(async () => {
      if (!fileName) throw new DomainRuleError(bilingual('须在 fileName 中给出文件名', 'fileName is required'), 'fileName');
      if (!(request.body instanceof Readable)) {
        throw new DomainRuleError(
          bilingual('文件须以 application/octet-stream 上传', 'send the file as application/octet-stream'),
          'content-type',
        );
      }
      return toUploadType(await this.uploads.save(request.body, fileName, request.principal!));
    });
  }

  @Get('uploads/:uploadId/check-report.csv')
  checkReport(@Req() request: Request, @Param('uploadId') uploadId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.report(request, uploadId, 'check', reply);
  }

  @Get('uploads/:uploadId/import-report.csv')
  importReport(@Req() request: Request, @Param('uploadId') uploadId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.report(request, uploadId, 'run', reply);
  }

  private report(request: Request, uploadId: string, which: 'check' | 'run', reply: FastifyReply) {
    return refusingBadInput(async () => {
      const { path, name } = this.uploads.report(uploadId, which, request.principal!);
      reply.type('text/csv; charset=utf-8');
      reply.header('content-disposition', contentDisposition('attachment', `${which === 'check' ? 'check' : 'import'}-report.csv`, name));
      return createReadStream(path);
    });
  }
}
