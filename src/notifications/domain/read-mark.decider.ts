import { bilingual } from '../../common/bilingual';
import { Decider, DomainRuleError } from '../../common/decider';
import { NotificationEvent } from '../events/notification.events';

/** 全部标为已读: up to `upTo`, a position of the log no later than its head when asked. */
export type ReadMarkCommand = { type: 'MarkNotificationsRead'; subject: string; upTo: bigint; head: bigint };

export interface ReadMarkState {
  /** Everything up to this position is read; 0 before the first mark. */
  upTo: bigint;
}

/** A read mark only moves forward: what was read stays read. */
export const readMarkDecider: Decider<ReadMarkState, ReadMarkCommand, NotificationEvent> = {
  initialState: () => ({ upTo: 0n }),

  decide({ subject, upTo, head }, state) {
    if (upTo > head) {
      throw new DomainRuleError(
        bilingual(`已读位置 ${upTo} 尚未出现（最新位置为 ${head}）`, `position ${upTo} is beyond the head of the log (${head})`),
        'upTo',
      );
    }
    if (upTo <= state.upTo) {
      throw new DomainRuleError(
        bilingual(
          `已读位置只能向前：已标记至 ${state.upTo}，不能改为 ${upTo}`,
          `a read mark only moves forward: already at ${state.upTo}, not ${upTo}`,
        ),
        'upTo',
      );
    }
    return [{ type: 'NotificationsRead', data: { subject, upToPosition: upTo.toString() } }];
  },

  evolve(state, event) {
    const upTo = BigInt(event.data.upToPosition);
    return upTo > state.upTo ? { upTo } : state;
  },
};
