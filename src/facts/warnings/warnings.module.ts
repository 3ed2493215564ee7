import { Module } from '@nestjs/common';
import { RecordWarningHandler } from './commands/record-warning.handler';
import { WarningsResolver } from './graphql/warnings.resolver';

@Module({ providers: [RecordWarningHandler, WarningsResolver] })
export class WarningsModule {}
