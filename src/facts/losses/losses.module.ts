import { Module } from '@nestjs/common';
import { RecordAlertHandler, RecordCaseHandler } from './commands/record-case.handler';
import { LossesResolver } from './graphql/losses.resolver';

@Module({ providers: [RecordAlertHandler, RecordCaseHandler, LossesResolver] })
export class LossesModule {}
