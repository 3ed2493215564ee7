import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { doesNotExistMessage } from '../../../common/graphql/api-errors';
import { DocumentFormat, asciiId, documentReply } from '../../common/document/document-reply';
import { IssuingOffices } from '../../common/document/issuing-office.service';
import { listingNotice } from '../document/listing-notice';
import { ListingsReader } from '../queries/listings.reader';

/** A listing's 挂牌督办通知书: a printable page and a PDF download. */
@Controller('listings')
export class ListingDocumentsController {
  constructor(
    private readonly listings: ListingsReader,
    private readonly offices: IssuingOffices,
  ) {}

  @Get(':listingId.html')
  html(@Param('listingId') listingId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(listingId, 'html', reply);
  }

  @Get(':listingId.pdf')
  pdf(@Param('listingId') listingId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(listingId, 'pdf', reply);
  }

  /** listing-GP-1.pdf and 挂牌督办通知书（关于对…挂牌督办的通知）.pdf. */
  private async document(listingId: string, format: DocumentFormat, reply: FastifyReply) {
    const row = await this.listings.byId(listingId);
    if (!row) throw new NotFoundException(doesNotExistMessage('listing', listingId));
    const doc = listingNotice(row, await this.offices.current());
    return documentReply(reply, doc, format, { ascii: `listing-${asciiId(listingId)}`, chinese: `${doc.kind}（${doc.title}）` });
  }
}
