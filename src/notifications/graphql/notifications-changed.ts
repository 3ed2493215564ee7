import type { SubscriptionContext } from 'mercurius';
import { NotificationsType } from './notification.types';
import { fingerprintOf } from './notification.mapper';

/** Published on this instance after a batch changed the notifications or the read marks. */
export const NOTIFICATIONS_CHANGED = 'notificationsChanged';

/**
 * The officer's notifications now, then each time they change for him: recomputed after every
 * batch that touched the notifications read model, sent only when what the bell shows differs.
 * Stopping the subscription ends the topic's iterator at once, even while it is waiting.
 */
export async function notificationChanges(
  pubsub: SubscriptionContext,
  compute: () => Promise<NotificationsType>,
): Promise<AsyncIterableIterator<NotificationsType>> {
  const batches = (await pubsub.subscribe(NOTIFICATIONS_CHANGED))[Symbol.asyncIterator]();
  let last: string | undefined;
  const changed = async (): Promise<IteratorResult<NotificationsType>> => {
    for (;;) {
      const result = await compute();
      const print = fingerprintOf(result);
      if (print !== last) {
        last = print;
        return { value: result, done: false };
      }
      if ((await batches.next()).done) return { value: undefined, done: true };
    }
  };
  const iterator: AsyncIterableIterator<NotificationsType> = {
    next: changed,
    return: async () => {
      await batches.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
