import { Module } from '@nestjs/common';
import { RecordPreventionHandler } from './commands/record-prevention.handler';
import { PreventionResolver } from './graphql/prevention.resolver';

@Module({ providers: [RecordPreventionHandler, PreventionResolver] })
export class PreventionModule {}
