import { given } from '../../../common/decider.spec-helpers';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { InterviewEvent, InterviewHeld, InterviewOrdered, InterviewSchedule } from '../events/interview.events';
import { ChiefInOffice, InterviewCommand, OrderFacts, OrderInterview, interviewDecider as decider } from './interview.decider';

const TODAY = '2026-04-01';
const evidence: Evidence = {
  unitId: 'county-sx',
  unitName: '沙县分局',
  role: 'COUNTY_CHIEF',
  period: { kind: 'MONTH', from: '2026-03-01', to: '2026-03-31', label: '2026年3月' },
  rank: 2,
  rankedOf: 2,
  score: -3,
  indicators: { ...emptyCounts(), cases: 3 },
  lastYear: emptyCounts(),
  bulletin: null,
};
const schedule: InterviewSchedule = { at: '2026-04-03T01:30:00.000Z', place: '市局三楼会议室', interviewer: '郑局长' };
const later: InterviewSchedule = { ...schedule, at: '2026-04-07T01:30:00.000Z' };

const orderData: Omit<InterviewOrdered['data'], 'orderedOn' | 'schedule'> = {
  interviewId: 'YT-1',
  target: { kind: 'UNIT', unitId: 'county-sx', unitName: '沙县分局', chief: { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF' } },
  unitId: 'county-sx',
  countyId: 'county-sx',
  orderedBy: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER' },
  reason: '3月发案同比上升',
  evidence,
  escalatedFrom: { kind: 'LETTER', id: 'TSH-7' },
};
const SHAXIAN: UnitFacts = { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' };
const countyChief: ChiefInOffice = { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' };
const FACTS: OrderFacts = {
  unit: SHAXIAN,
  chief: countyChief,
  orderedBy: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER', unitId: 'city' },
  evidence,
};
const order = (
  s: InterviewSchedule | null = schedule,
  facts: Partial<OrderFacts> = {},
  over: Partial<OrderInterview> = {},
): OrderInterview => ({
  type: 'OrderInterview',
  interviewId: 'YT-1',
  target: { kind: 'UNIT', unitId: 'county-sx', chiefId: 'cc-sx' },
  reason: orderData.reason,
  escalatedFrom: orderData.escalatedFrom,
  schedule: s,
  today: TODAY,
  facts: { ...FACTS, ...facts },
  ...over,
});
const ordered = (s: InterviewSchedule | null = schedule): InterviewOrdered => ({
  type: 'InterviewOrdered',
  data: { ...orderData, schedule: s, orderedOn: TODAY },
});
const held: InterviewHeld = {
  type: 'InterviewHeld',
  data: {
    interviewId: 'YT-1',
    heldAt: '2026-04-03T02:00:00.000Z',
    attendees: ['沙县局长', '分管副局长'],
    requirements: [
      { number: 1, text: '一周内完成防区排查', deadline: '2026-04-10' },
      { number: 2, text: '月底前见面率达95%', deadline: '2026-04-30' },
    ],
  },
};
const cancelled: InterviewEvent = { type: 'InterviewCancelled', data: { interviewId: 'YT-1', reason: '领导出差' } };
const checked = (results: Array<[number, boolean]>, openDeadline: string | null): InterviewEvent => ({
  type: 'InterviewFollowUpChecked',
  data: {
    interviewId: 'YT-1',
    checkedOn: TODAY,
    results: results.map(([number, met]) => ({ number, met, notes: `核查${number}` })),
    openDeadline,
  },
});

const hold = (over: Partial<Extract<InterviewCommand, { type: 'HoldInterview' }>> = {}): InterviewCommand => ({
  type: 'HoldInterview',
  interviewId: 'YT-1',
  heldAt: held.data.heldAt,
  attendees: held.data.attendees,
  requirements: held.data.requirements.map(({ text, deadline }) => ({ text, deadline })),
  today: '2026-04-03',
  ...over,
});
const check = (results: Array<[number, boolean]>): InterviewCommand => ({
  type: 'CheckFollowUp',
  interviewId: 'YT-1',
  results: results.map(([number, met]) => ({ number, met, notes: `核查${number}` })),
  today: TODAY,
});
const close: InterviewCommand = { type: 'CloseInterview', interviewId: 'YT-1', conclusion: '整改基本到位', today: TODAY };

describe('interview decider', () => {
  describe('ordering and scheduling', () => {
    it('orders an interview with its schedule, frozen evidence and what it escalates from', () => {
      given(decider, []).when(order()).then([ordered()]);
    });

    it('orders without a schedule, then schedules it', () => {
      given(decider, [])
        .when(order(null))
        .then([ordered(null)]);
      given(decider, [ordered(null)])
        .when({ type: 'ScheduleInterview', interviewId: 'YT-1', schedule, reason: null, today: TODAY })
        .then([{ type: 'InterviewScheduled', data: { interviewId: 'YT-1', schedule } }]);
    });

    it('orders an interview of an industry for the county of the unit whose figures prompted it', () => {
      const target = {
        kind: 'INDUSTRY' as const,
        industry: 'BANK' as const,
        organization: '沙县农商行',
        personTitle: '行长',
        personName: '王某',
      };
      const station: UnitFacts = { unitId: 'st-b', name: '虬江派出所', level: 'STATION', parentId: 'county-sx' };
      given(decider, [])
        .when(order(null, { unit: station, chief: null }, { target }))
        .then([
          {
            type: 'InterviewOrdered',
            data: { ...orderData, target, unitId: 'st-b', countyId: 'county-sx', schedule: null, orderedOn: TODAY },
          },
        ]);
    });

    it('refuses a unit that is neither a county nor a station', () => {
      const city: UnitFacts = { unitId: 'city', name: '三明市公安局', level: 'CITY', parentId: null };
      given(decider, [])
        .when(order(schedule, { unit: city, chief: null }, { target: { kind: 'UNIT', unitId: 'city', chiefId: null } }))
        .thenThrows({ message: 'unit "city" is a CITY; interviews are held with a county or a station', field: 'input.unit.unitId' });
    });

    it('refuses a chief named with a unit he is not a chief of', () => {
      given(decider, [])
        .when(order(schedule, { chief: { chiefId: 'chief-st-a', name: '林建国', role: 'STATION_CHIEF', unitId: 'st-a' } }))
        .thenThrows({ message: '林建国 is not a chief of 沙县分局', field: 'input.unit.chiefId' });
    });

    it('refuses an order by a station chief: county or city leaders order interviews', () => {
      given(decider, [])
        .when(order(schedule, { orderedBy: { chiefId: 'chief-st-a', name: '林建国', role: 'STATION_CHIEF', unitId: 'st-a' } }))
        .thenThrows({ message: '林建国 is a station chief; interviews are ordered by county or city leaders', field: 'input.orderedBy' });
      const deputy: ChiefInOffice = { chiefId: 'dep-sx', name: '沙县副局长', role: 'DEPUTY_COUNTY_CHIEF', unitId: 'county-sx' };
      const byDeputy = { chiefId: 'dep-sx', name: '沙县副局长', role: 'DEPUTY_COUNTY_CHIEF' as const };
      given(decider, [])
        .when(order(null, { orderedBy: deputy }))
        .then([{ type: 'InterviewOrdered', data: { ...ordered(null).data, orderedBy: byDeputy } }]);
    });

    it('refuses ordering twice and a schedule on a day already past', () => {
      given(decider, [ordered()]).when(order()).thenThrows({ message: 'interview YT-1 was already ordered', field: 'interviewId' });
      given(decider, [])
        .when(order({ ...schedule, at: '2026-03-31T01:00:00.000Z' }))
        .thenThrows({ message: 'a day already past (2026-03-31; today is 2026-04-01)', field: 'schedule.at' });
    });

    it('reschedules with a reason, keeping the previous schedule', () => {
      given(decider, [ordered()])
        .when({ type: 'ScheduleInterview', interviewId: 'YT-1', schedule: later, reason: '局长参加省厅会议', today: TODAY })
        .then([
          { type: 'InterviewRescheduled', data: { interviewId: 'YT-1', schedule: later, previous: schedule, reason: '局长参加省厅会议' } },
        ]);
    });

    it('refuses a reschedule without a reason', () => {
      given(decider, [ordered()])
        .when({ type: 'ScheduleInterview', interviewId: 'YT-1', schedule: later, reason: null, today: TODAY })
        .thenThrows({ message: 'rescheduling it needs a reason', field: 'reason' });
    });

    it('cancels with a reason; a cancelled interview is neither rescheduled nor held', () => {
      given(decider, [ordered()]).when({ type: 'CancelInterview', interviewId: 'YT-1', reason: '领导出差' }).then([cancelled]);
      given(decider, [ordered(), cancelled])
        .when({ type: 'ScheduleInterview', interviewId: 'YT-1', schedule: later, reason: '再约', today: TODAY })
        .thenThrows({ message: 'interview YT-1 is 已取消 (CANCELLED) and cannot be scheduled', field: 'interviewId' });
      given(decider, [ordered(), cancelled]).when(hold()).thenThrows({ message: 'cannot be held', field: 'interviewId' });
    });

    it('refuses anything on an interview never ordered', () => {
      given(decider, [])
        .when({ type: 'CancelInterview', interviewId: 'YT-9', reason: 'x' })
        .thenThrows({ message: 'interview YT-9 has not been ordered', field: 'interviewId' });
    });
  });

  describe('holding', () => {
    it('records who attended and the numbered requirements with their deadlines', () => {
      given(decider, [ordered()]).when(hold()).then([held]);
    });

    it('refuses to hold an interview not yet scheduled, or one held already', () => {
      given(decider, [ordered(null)])
        .when(hold())
        .thenThrows('is 待安排 (ORDERED) and cannot be held');
      given(decider, [ordered(), held]).when(hold()).thenThrows('is 已约谈 (HELD) and cannot be held');
      given(decider, [ordered(), held])
        .when({ type: 'CancelInterview', interviewId: 'YT-1', reason: 'x' })
        .thenThrows('cannot be cancelled');
    });

    it.each([
      ['held in the future', { heldAt: '2026-04-05T02:00:00.000Z' }, 'heldAt', '2026-04-05 is after today (2026-04-03)'],
      ['no attendees', { attendees: [] }, 'attendees', 'at least one person'],
      ['no requirements', { requirements: [] }, 'requirements', 'at least one requirement'],
      [
        'a deadline already past',
        {
          requirements: [
            { text: 'x', deadline: '2026-04-10' },
            { text: 'y', deadline: '2026-04-02' },
          ],
        },
        'requirements[1].deadline',
        '整改期限 2026-04-02 早于今天（2026-04-03） / the deadline 2026-04-02 is before today (2026-04-03)',
      ],
    ])('refuses %s', (_what, over, field, message) => {
      given(decider, [ordered()]).when(hold(over)).thenThrows({ field, message });
    });
  });

  describe('follow-up and closing', () => {
    it('checks some requirements and names the earliest deadline still open', () => {
      given(decider, [ordered(), held])
        .when(check([[1, true]]))
        .then([checked([[1, true]], '2026-04-30')]);
    });

    it('is followed up once every requirement was checked; a later check replaces a finding', () => {
      const { state } = given(decider, [ordered(), held, checked([[1, true]], '2026-04-30'), checked([[2, false]], null)]);
      expect(state.status).toBe('FOLLOWED_UP');
      given(decider, [
        ordered(),
        held,
        checked(
          [
            [1, true],
            [2, false],
          ],
          null,
        ),
      ])
        .when(check([[2, true]]))
        .then([checked([[2, true]], null)]);
    });

    it('refuses an unknown or repeated requirement and a check before the interview was held', () => {
      given(decider, [ordered(), held])
        .when(
          check([
            [1, true],
            [3, true],
          ]),
        )
        .thenThrows({ message: 'interview YT-1 has no requirement 3 (it has 1 to 2)', field: 'results[1].requirement' });
      given(decider, [ordered(), held])
        .when(
          check([
            [1, true],
            [1, false],
          ]),
        )
        .thenThrows({ message: 'requirement 1 is given twice', field: 'results[1].requirement' });
      given(decider, [ordered()])
        .when(check([[1, true]]))
        .thenThrows('is 已安排 (SCHEDULED) and cannot be followed up');
    });

    it('closes once every requirement was checked, saying whether all were met', () => {
      given(decider, [
        ordered(),
        held,
        checked(
          [
            [1, true],
            [2, false],
          ],
          null,
        ),
      ])
        .when(close)
        .then([{ type: 'InterviewClosed', data: { interviewId: 'YT-1', closedOn: TODAY, conclusion: '整改基本到位', allMet: false } }]);
      given(decider, [
        ordered(),
        held,
        checked(
          [
            [1, true],
            [2, true],
          ],
          null,
        ),
      ])
        .when(close)
        .then([{ type: 'InterviewClosed', data: { interviewId: 'YT-1', closedOn: TODAY, conclusion: '整改基本到位', allMet: true } }]);
    });

    it('refuses to close while a requirement is unchecked, and to act on a closed interview', () => {
      given(decider, [ordered(), held, checked([[1, true]], '2026-04-30')])
        .when(close)
        .thenThrows({ message: 'requirement 2 of interview YT-1 has not been checked', field: 'interviewId' });
      const closed: InterviewEvent = {
        type: 'InterviewClosed',
        data: { interviewId: 'YT-1', closedOn: TODAY, conclusion: 'x', allMet: true },
      };
      given(decider, [
        ordered(),
        held,
        checked(
          [
            [1, true],
            [2, true],
          ],
          null,
        ),
        closed,
      ])
        .when(check([[1, false]]))
        .thenThrows('is 已结案 (CLOSED)');
    });
  });
});
