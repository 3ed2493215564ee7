import { bilingual } from '../../common/bilingual';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { businessDayOf } from '../../common/business-day';
import { ConflictError } from '../../common/graphql/api-errors';
import { EventStore } from '../../event-store/event-store.port';
import { ProjectionRunner } from '../../read-store/projection-runner';
import { FactRecorder } from '../../recording/fact-recorder';
import { bulletinDecider } from '../domain/bulletin.decider';
import { BULLETIN_STREAM } from '../events/bulletin.events';
import { BulletinContentService } from '../queries/bulletin-content.service';
import { PublishBulletinCommand } from './publish-bulletin.command';

/** How long publishing waits for the read models to include every event stored so far. */
const CATCH_UP_MS = 5_000;

@CommandHandler(PublishBulletinCommand)
export class PublishBulletinHandler implements ICommandHandler<PublishBulletinCommand> {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(ProjectionRunner) private readonly projections: ProjectionRunner,
    private readonly contents: BulletinContentService,
    private readonly recorder: FactRecorder,
  ) {}

  /**
   * The content is computed once the read models hold every event up to the head read first, so the
   * frozen figures include everything at or before `asOfPosition` and a restatement can name exactly
   * the events after it. (An event appended while the content is computed may be counted already;
   * it is then listed by a restatement without changing any figure.)
   */
  async execute({ day, context }: PublishBulletinCommand) {
    const head = await this.store.headPosition();
    if (!(await this.projections.waitFor(head, CATCH_UP_MS))) {
      throw new ConflictError(
        bilingual(
          `统计数据尚未更新到最新记录（位置 ${head}），请稍后再发布日通报`,
          `the read models have not yet caught up with the event log (position ${head}); publish again in a moment`,
        ),
      );
    }
    const content = await this.contents.contentFor(day);
    const command = { type: 'PublishBulletin' as const, day, today: businessDayOf(new Date()), content, asOfPosition: head.toString() };
    return this.recorder.record(BULLETIN_STREAM, bulletinDecider, command, context, { request: { day } });
  }
}
