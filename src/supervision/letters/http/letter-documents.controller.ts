import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { doesNotExistMessage } from '../../../common/graphql/api-errors';
import { DocumentFormat, asciiId, documentReply } from '../../common/document/document-reply';
import { IssuingOffices } from '../../common/document/issuing-office.service';
import { letterDocumentOf, officialLetter } from '../document/letter-document';
import { LetterRow } from '../projections/letters.projection';
import { LettersReader } from '../queries/letters.reader';

/** The letter as a document: a printable page and a PDF download (paths in `letterDocumentUrl`). */
@Controller('letters')
export class LetterDocumentsController {
  constructor(
    private readonly letters: LettersReader,
    private readonly offices: IssuingOffices,
  ) {}

  @Get(':letterId.html')
  html(@Param('letterId') letterId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(letterId, 'html', reply);
  }

  @Get(':letterId.pdf')
  pdf(@Param('letterId') letterId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.document(letterId, 'pdf', reply);
  }

  /** letter-2026-26.pdf and 工作提示函明公基管提〔2026〕26号.pdf; an unissued letter is named as a draft. */
  private async document(letterId: string, format: DocumentFormat, reply: FastifyReply) {
    const letter = await this.existing(letterId);
    const doc = officialLetter(letterDocumentOf(letter), await this.offices.current());
    const ascii = letter.number === null ? `letter-${asciiId(letter.letterId)}-draft` : `letter-${letter.year}-${letter.sequence}`;
    return documentReply(reply, doc, format, { ascii, chinese: `工作提示函${letter.number ?? `（草稿）${letter.letterId}`}` });
  }

  private async existing(letterId: string): Promise<LetterRow> {
    const letter = await this.letters.byId(letterId);
    if (!letter) throw new NotFoundException(doesNotExistMessage('letter', letterId));
    return letter;
  }
}
