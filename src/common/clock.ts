import { Injectable } from '@nestjs/common';
import { Day, businessDayOf } from './business-day';

/**
 * Today's business day, for what depends on it at read time (deadlines passed, periods cut at
 * today). One injectable source, so an e2e test can move time forward (jest.spyOn) without waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): Day {
    return businessDayOf(this.now());
  }
}
