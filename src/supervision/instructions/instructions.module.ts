import { Module } from '@nestjs/common';
import { BulletinsModule } from '../../bulletins/bulletins.module';
import { InstructionGatherer } from './commands/instruction.gatherer';
import { AnswerInstructionHandler, IssueInstructionHandler, WithdrawInstructionHandler } from './commands/instruction.handlers';
import { InstructionsResolver } from './graphql/instructions.resolver';
import { InstructionsReader } from './queries/instructions.reader';

/** 领导批示: leaders' instructions on a bulletin, followed up as each named unit answers (复盘). */
@Module({
  imports: [BulletinsModule],
  providers: [
    InstructionsReader,
    InstructionGatherer,
    IssueInstructionHandler,
    AnswerInstructionHandler,
    WithdrawInstructionHandler,
    InstructionsResolver,
  ],
})
export class InstructionsModule {}
