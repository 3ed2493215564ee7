import { Module } from '@nestjs/common';
import { RecordOutflowHandler } from './commands/record-outflow.handler';
import { OutflowResolver } from './graphql/outflow.resolver';

@Module({ providers: [RecordOutflowHandler, OutflowResolver] })
export class OutflowModule {}
