import { Module } from '@nestjs/common';
import { RecordWarningHandler } from './commands/record-warning.handler';
import { WarningsResolver } from './graphql/warnings.resolver';
import { OpenWarningsReader } from './queries/open-warnings.reader';

@Module({ providers: [RecordWarningHandler, OpenWarningsReader, WarningsResolver] })
export class WarningsModule {}
