import { Module } from '@nestjs/common';
import { ScoringModule } from '../scoring/scoring.module';
import { PublishBulletinHandler } from './commands/publish-bulletin.handler';
import { BulletinPublishedNotifier } from './graphql/bulletin-published.notifier';
import { BulletinsResolver } from './graphql/bulletins.resolver';
import { BulletinChainService } from './queries/bulletin-chain.service';
import { BulletinContentService } from './queries/bulletin-content.service';
import { BulletinsReader } from './queries/bulletins.reader';
import { RestatementService } from './queries/restatement.service';

@Module({
  imports: [ScoringModule],
  providers: [
    BulletinContentService,
    BulletinsReader,
    RestatementService,
    BulletinChainService,
    PublishBulletinHandler,
    BulletinsResolver,
    BulletinPublishedNotifier,
  ],
  exports: [BulletinsReader],
})
export class BulletinsModule {}
