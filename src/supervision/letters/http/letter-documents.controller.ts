import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { doesNotExistMessage } from '../../../common/graphql/api-errors';
import { contentDisposition } from '../../../common/http/content-disposition';
import { letterDocumentOf } from '../document/letter-document';
import { LetterFonts, loadLetterFonts } from '../document/letter-fonts';
import { letterHtml } from '../document/letter-html';
import { letterPdf } from '../document/letter-pdf';
import { LetterRow } from '../projections/letters.projection';
import { LettersReader } from '../queries/letters.reader';

/** The letter as a document: a printable page and a PDF download (paths in `letterDocumentUrl`). */
@Controller('letters')
export class LetterDocumentsController {
  /** Read on the first PDF asked for, then kept (about 20 MB). */
  private fonts: LetterFonts | undefined;

  constructor(private readonly letters: LettersReader) {}

  @Get(':letterId.html')
  async html(@Param('letterId') letterId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const letter = await this.existing(letterId);
    reply.type('text/html; charset=utf-8').header('content-disposition', disposition('inline', letter, 'html'));
    return letterHtml(letterDocumentOf(letter));
  }

  @Get(':letterId.pdf')
  async pdf(@Param('letterId') letterId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const letter = await this.existing(letterId);
    const pdf = await letterPdf(letterDocumentOf(letter), (this.fonts ??= loadLetterFonts()));
    reply.type('application/pdf').header('content-disposition', disposition('attachment', letter, 'pdf'));
    return pdf;
  }

  private async existing(letterId: string): Promise<LetterRow> {
    const letter = await this.letters.byId(letterId);
    if (!letter) throw new NotFoundException(doesNotExistMessage('letter', letterId));
    return letter;
  }
}

/** letter-2026-26.pdf and 工作提示函明公基管提〔2026〕26号.pdf; an unissued letter is named as a draft. */
function disposition(type: 'inline' | 'attachment', letter: LetterRow, extension: string): string {
  const ascii = letter.number === null ? `letter-${letter.letterId}-draft` : `letter-${letter.year}-${letter.sequence}`;
  const chinese = `工作提示函${letter.number ?? `（草稿）${letter.letterId}`}`;
  return contentDisposition(type, `${ascii}.${extension}`, `${chinese}.${extension}`);
}
