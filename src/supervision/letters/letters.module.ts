import { Module } from '@nestjs/common';
import { ISSUING_OFFICE_PROVIDERS } from '../common/document/issuing-office.service';
import { EvidenceModule } from '../evidence/evidence.module';
import { LetterIssuer } from './commands/letter-issuer';
import { LetterGatherer } from './commands/letter.gatherer';
import { LetterHandler } from './commands/letter.handler';
import { LettersResolver } from './graphql/letters.resolver';
import { LetterDocumentsController } from './http/letter-documents.controller';
import { LETTERS_CONFIG, loadLettersConfig } from './letters.config';
import { LettersReader } from './queries/letters.reader';

/** 工作提示函: the letters' lifecycle, their 文号, and the letter as a printable document. */
@Module({
  imports: [EvidenceModule],
  controllers: [LetterDocumentsController],
  providers: [
    { provide: LETTERS_CONFIG, useFactory: () => loadLettersConfig() },
    LettersReader,
    LetterGatherer,
    LetterIssuer,
    LetterHandler,
    LettersResolver,
    ...ISSUING_OFFICE_PROVIDERS,
  ],
  exports: [LettersReader],
})
export class LettersModule {}
