import { endsBeforeStart } from '../../common/refusals';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { SubscriptionContext } from 'mercurius';
import { RecordResult } from '../../recording/record-result.type';
import { GraphqlContext, commandContext } from '../../recording/request-context';
import { DayScalar } from '../../common/graphql/scalars';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { PublishBulletinCommand } from '../commands/publish-bulletin.command';
import { BulletinChainService } from '../queries/bulletin-chain.service';
import { BulletinContentService } from '../queries/bulletin-content.service';
import { BulletinsReader } from '../queries/bulletins.reader';
import { RestatementService } from '../queries/restatement.service';
import { BULLETIN_PUBLISHED } from './bulletin-published.notifier';
import { toBulletinType } from './bulletin.mapper';
import { toContentType, toRestatementType } from './bulletin-content.mapper';
import { BulletinContentType } from './bulletin-content.types';
import { BulletinChainCheckType, BulletinRestatementType, BulletinType } from './bulletin.types';

/** 日通报: the draft of a day, publishing it, the published ones, their restatements and their chain. */
@Resolver(() => BulletinType)
export class BulletinsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly contents: BulletinContentService,
    private readonly reader: BulletinsReader,
    private readonly restatements: RestatementService,
    private readonly chain: BulletinChainService,
    private readonly organization: OrganizationReader,
  ) {}

  @Query(() => BulletinContentType, { description: '日通报草稿: the content computed now, not published' })
  async bulletinDraft(@Args('day', { type: () => DayScalar }) day: string) {
    return toContentType(await this.contents.contentFor(day));
  }

  @Query(() => BulletinType, { nullable: true, description: '已发布的日通报 of a day; null when none was published' })
  async bulletin(@Args('day', { type: () => DayScalar }) day: string) {
    const published = await this.reader.byDay(day);
    return published ? toBulletinType(published) : null;
  }

  @Query(() => [BulletinType], { description: '已发布的日通报 of a range of days, newest first' })
  async bulletins(@Args('from', { type: () => DayScalar }) from: string, @Args('to', { type: () => DayScalar }) to: string) {
    if (to < from) throw endsBeforeStart(from, to, 'to');
    return (await this.reader.inRange(from, to)).map(toBulletinType);
  }

  @Query(() => BulletinChainCheckType, { description: '核验通报链: recomputes every published hash and link from the event log' })
  async verifyBulletinChain() {
    const check = await this.chain.verify();
    return { ...check, valid: check.firstBroken === null };
  }

  @Mutation(() => RecordResult, { description: "发布日通报: freezes the day's content as the next 第N期; a day is published once" })
  async publishBulletin(@Args('day', { type: () => DayScalar }) day: string, @Context() ctx: GraphqlContext) {
    // Bulletins are the city bureau's: its evaluation staff publish them.
    const context = commandContext(ctx, { unitId: await this.organization.cityUnitId(), occurredAt: new Date().toISOString() });
    return this.commands.execute(new PublishBulletinCommand(day, context));
  }

  @Subscription(() => BulletinType, { description: '新发布的日通报, pushed once it can be queried' })
  bulletinPublished(@Context('pubsub') pubsub: SubscriptionContext) {
    return pubsub.subscribe(BULLETIN_PUBLISHED);
  }

  @ResolveField(() => BulletinRestatementType, { description: '更正说明: the published figures against those computed now' })
  async restatement(@Parent() bulletin: BulletinType) {
    return toRestatementType(await this.restatements.restatement({ ...bulletin, figures: bulletin.publishedFigures }));
  }
}
