import { Module } from '@nestjs/common';
import { ScoringModule } from '../../scoring/scoring.module';
import { ISSUING_OFFICE_PROVIDERS } from '../common/document/issuing-office.service';
import { EvidenceModule } from '../evidence/evidence.module';
import { VisitsModule } from '../visits/visits.module';
import { AdvanceProblemHandler } from './commands/advance-problem.handler';
import { ProblemGatherer } from './commands/problem.gatherer';
import { RaiseProblemHandler } from './commands/raise-problem.handler';
import { ProblemsResolver } from './graphql/problems.resolver';
import { ProblemListDocumentsController } from './http/problem-list-documents.controller';
import { ProblemCandidatesService } from './queries/problem-candidates.service';
import { ProblemListService } from './queries/problem-list.service';
import { ProblemsReader } from './queries/problems.reader';

/** 问题清单: monthly problem lists per county and their rectification. */
@Module({
  imports: [ScoringModule, EvidenceModule, VisitsModule],
  controllers: [ProblemListDocumentsController],
  providers: [
    ProblemsReader,
    ProblemCandidatesService,
    ProblemListService,
    ProblemGatherer,
    RaiseProblemHandler,
    AdvanceProblemHandler,
    ProblemsResolver,
    ...ISSUING_OFFICE_PROVIDERS,
  ],
  exports: [ProblemListService],
})
export class ProblemsModule {}
