import { TimedContact, identicalTimes } from './identical-times.detector';

/** A contact at a Shanghai time on a day of April. */
const contact = (unitId: string, i: number, day: number, time: string): TimedContact => ({
  eventId: `${unitId}-${i}`,
  unitId,
  occurredAt: new Date(`2026-04-${String(day).padStart(2, '0')}T${time}:00+08:00`).toISOString(),
});
/** 300 contacts over 30 days at distinct, ordinary times. */
const spread = (unitId: string) =>
  Array.from({ length: 300 }, (_, i) => {
    const [hour, minute] = [8 + Math.floor(i / 30), (i % 30) * 2];
    return contact(unitId, i, 1 + (i % 30), `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  });

describe('identicalTimes', () => {
  it('flags a unit whose contacts are typed in batches with one time, citing them', () => {
    const batches = [5, 12, 19].flatMap((day, b) => Array.from({ length: 6 }, (_, i) => contact('st-x', 1000 + b * 10 + i, day, '17:30')));
    const findings = identicalTimes([...spread('st-a'), ...spread('st-x'), ...batches], 30);
    expect(findings.map((f) => f.unitId)).toEqual(['st-x']);
    expect(findings[0].summary).toBe('318次见面/联系中，有3个时间点同一分钟记录2次以上，共18次（最多2026年4月5日 17:30记录6次）');
    expect(findings[0].evidence).toHaveLength(18);
    expect(findings[0].statistic.value).toBeLessThan(0.001);
  });

  it('flags a month of a busy station whose clerk types in a shift’s two or three contacts at 17:30, but not one or two chance pairs', () => {
    const shiftEnds = [2, 9, 11, 14, 15, 18].flatMap((day, b) =>
      Array.from({ length: b === 0 ? 3 : 2 }, (_, i) => contact('st-x', 3000 + b * 10 + i, day, '17:30')),
    );
    const sixty = (unitId: string) => spread(unitId).filter((_, i) => i % 5 === 0);
    const pairs = (days: number[]) =>
      days.flatMap((day) => [contact('st-a', 4000 + day, day, '10:07'), contact('st-a', 4100 + day, day, '10:07')]);
    expect(identicalTimes([...sixty('st-x'), ...shiftEnds], 30).map((f) => f.unitId)).toEqual(['st-x']);
    expect(identicalTimes([...sixty('st-a'), ...pairs([4])], 30)).toEqual([]);
    expect(identicalTimes([...sixty('st-a'), ...pairs([4, 21])], 30)).toEqual([]);
  });

  it('does not flag contacts at ordinary distinct times, nor a single busy minute', () => {
    const oneBusyMinute = Array.from({ length: 4 }, (_, i) => contact('st-a', 2000 + i, 3, '09:15'));
    expect(identicalTimes([...spread('st-a'), ...oneBusyMinute], 30)).toEqual([]);
  });
});
