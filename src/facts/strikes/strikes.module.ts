import { Module } from '@nestjs/common';
import { RecordStrikeHandler } from './commands/record-strike.handler';
import { StrikesResolver } from './graphql/strikes.resolver';

@Module({ providers: [RecordStrikeHandler, StrikesResolver] })
export class StrikesModule {}
