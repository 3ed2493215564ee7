import { Module } from '@nestjs/common';
import { RecordRecoveryHandler } from './commands/record-recovery.handler';
import { RecoveriesResolver } from './graphql/recoveries.resolver';

@Module({ providers: [RecordRecoveryHandler, RecoveriesResolver] })
export class RecoveriesModule {}
