import { dayNotYet } from '../../common/refusals';
import { bilingual } from '../../common/bilingual';
import { Day } from '../../common/business-day';
import { Decider, DomainRuleError } from '../../common/decider';
import { BulletinPublished } from '../events/bulletin.events';
import { BulletinContent } from './bulletin-content';
import { bulletinHash } from './bulletin-hash';

/** `today` and the content come from the handler, so that deciding stays pure. */
export interface PublishBulletin {
  type: 'PublishBulletin';
  day: Day;
  today: Day;
  content: BulletinContent;
  asOfPosition: string;
}

export interface BulletinsState {
  numbers: ReadonlyMap<Day, number>;
  last: { number: number; hash: string } | null;
}

/** The bulletins stream: one publication per day, numbered and chained in publication order. */
export const bulletinDecider: Decider<BulletinsState, PublishBulletin, BulletinPublished> = {
  initialState: () => ({ numbers: new Map(), last: null }),

  decide({ day, today, content, asOfPosition }, state) {
    if (day > today) throw dayNotYet(day, today, 'day', { zh: '日通报只报告已开始的日期', en: 'a bulletin reports a day that has begun' });
    const published = state.numbers.get(day);
    if (published !== undefined) {
      throw new DomainRuleError(
        bilingual(
          `日通报（${day}）已作为第${published}期发布，已发布的通报不能更改`,
          `the bulletin of ${day} was already published as 第${published}期; a published bulletin never changes`,
        ),
        'day',
      );
    }
    const fields = { day, number: (state.last?.number ?? 0) + 1, content, asOfPosition, previousHash: state.last?.hash ?? null };
    return [{ type: 'BulletinPublished', data: { ...fields, hash: bulletinHash(fields) } }];
  },

  evolve(state, { data }) {
    return { numbers: new Map(state.numbers).set(data.day, data.number), last: { number: data.number, hash: data.hash } };
  },
};
