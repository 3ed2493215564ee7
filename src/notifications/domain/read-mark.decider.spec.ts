import { given } from '../../common/decider.spec-helpers';
import { NotificationsRead } from '../events/notification.events';
import { readMarkDecider } from './read-mark.decider';

const read = (upToPosition: string): NotificationsRead => ({ type: 'NotificationsRead', data: { subject: 'sx-chief', upToPosition } });
const mark = (upTo: bigint, head = 100n) => ({ type: 'MarkNotificationsRead' as const, subject: 'sx-chief', upTo, head });

describe('read-mark decider', () => {
  it('marks everything read up to a position on the first mark', () => {
    given(readMarkDecider, [])
      .when(mark(42n))
      .then([read('42')]);
  });

  it('moves the mark forward', () => {
    given(readMarkDecider, [read('42')])
      .when(mark(57n))
      .then([read('57')]);
  });

  it('never moves it back, nor marks the same position twice', () => {
    given(readMarkDecider, [read('42'), read('57')])
      .when(mark(50n))
      .thenThrows({ message: '已读位置只能向前：已标记至 57', field: 'upTo' });
    given(readMarkDecider, [read('57')])
      .when(mark(57n))
      .thenThrows({ message: '不能改为 57', field: 'upTo' });
  });

  it('refuses a position the log has not reached', () => {
    given(readMarkDecider, []).when(mark(101n, 100n)).thenThrows({ message: '已读位置 101 尚未出现（最新位置为 100）', field: 'upTo' });
  });

  it('folds the marks to the furthest one', () => {
    expect(given(readMarkDecider, [read('42'), read('57')]).state).toEqual({ upTo: 57n });
  });
});
