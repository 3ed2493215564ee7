import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EventStore } from '../../event-store/event-store.port';
import { FactRecorder } from '../../recording/fact-recorder';
import { readMarkDecider } from '../domain/read-mark.decider';
import { NotificationsRead, notificationsReadStream } from '../events/notification.events';
import { MarkNotificationsReadCommand } from './mark-notifications-read.command';

@CommandHandler(MarkNotificationsReadCommand)
export class MarkNotificationsReadHandler implements ICommandHandler<MarkNotificationsReadCommand> {
  constructor(
    private readonly recorder: FactRecorder,
    @Inject(EventStore) private readonly store: EventStore,
  ) {}

  /** Null when everything up to `upTo` was read already: a second click of 全部标为已读 records nothing. */
  async execute({ request: { subject, upTo }, context }: MarkNotificationsReadCommand) {
    const stream = notificationsReadStream(subject);
    const marks = (await this.store.readStream(stream)) as unknown as NotificationsRead[];
    const state = marks.reduce(readMarkDecider.evolve, readMarkDecider.initialState());
    if (upTo <= state.upTo) return null;
    const head = await this.store.headPosition();
    return this.recorder.record(stream, readMarkDecider, { type: 'MarkNotificationsRead', subject, upTo, head }, context, {
      request: { subject, upTo: upTo.toString() },
    });
  }
}
