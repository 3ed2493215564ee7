import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { INTERVIEWS, INTERVIEW_REQUIREMENTS, interviewsProjection as projection } from './interviews.projection';

const schedule = { at: '2026-04-03T01:30:00.000Z', place: '市局三楼会议室', interviewer: '郑局长' };
const ordered = {
  interviewId: 'YT-1',
  target: { kind: 'INDUSTRY', industry: 'BANK', organization: '农商银行沙县支行', personTitle: '行长', personName: '李某' },
  unitId: 'st-a',
  countyId: 'county-sx',
  orderedBy: { chiefId: 'leader-1', name: '郑局长', role: 'BUREAU_LEADER' },
  reason: '涉诈账户开户集中',
  evidence: { unitId: 'st-a' },
  escalatedFrom: null,
  orderedOn: '2026-04-01',
  schedule: null,
};
const requirements = [
  { number: 1, text: 'a', deadline: '2026-04-30' },
  { number: 2, text: 'b', deadline: '2026-04-10' },
];

describe('interviews projection', () => {
  it('inserts an ordered interview, ORDERED without a schedule and SCHEDULED with one', () => {
    expect(projection.project(storedEvent('InterviewOrdered', ordered))).toEqual([
      {
        op: 'insert',
        table: INTERVIEWS,
        row: {
          ...ordered,
          targetKind: 'INDUSTRY',
          status: 'ORDERED',
          heldAt: null,
          attendees: null,
          openDeadline: null,
          cancelReason: null,
          closedOn: null,
          conclusion: null,
          allMet: null,
        },
      },
    ]);
    const [change] = projection.project(storedEvent('InterviewOrdered', { ...ordered, schedule }));
    expect(change).toMatchObject({ row: { status: 'SCHEDULED', schedule } });
  });

  it('keeps the latest schedule, and the reason of a cancellation', () => {
    expect(
      projection.project(storedEvent('InterviewRescheduled', { interviewId: 'YT-1', schedule, previous: schedule, reason: 'r' })),
    ).toEqual([{ op: 'upsert', table: INTERVIEWS, key: { interviewId: 'YT-1' }, values: { status: 'SCHEDULED', schedule } }]);
    expect(projection.project(storedEvent('InterviewCancelled', { interviewId: 'YT-1', reason: '领导出差' }))).toEqual([
      { op: 'upsert', table: INTERVIEWS, key: { interviewId: 'YT-1' }, values: { status: 'CANCELLED', cancelReason: '领导出差' } },
    ]);
  });

  it('adds the requirements of a held interview and opens the earliest deadline', () => {
    const changes = projection.project(storedEvent('InterviewHeld', { interviewId: 'YT-1', heldAt: 'h', attendees: ['x'], requirements }));
    expect(changes).toEqual([
      {
        op: 'upsert',
        table: INTERVIEWS,
        key: { interviewId: 'YT-1' },
        values: { status: 'HELD', heldAt: 'h', attendees: ['x'], openDeadline: '2026-04-10' },
      },
      { op: 'insert', table: INTERVIEW_REQUIREMENTS, row: { interviewId: 'YT-1', ...requirements[0], check: null } },
      { op: 'insert', table: INTERVIEW_REQUIREMENTS, row: { interviewId: 'YT-1', ...requirements[1], check: null } },
    ]);
  });

  it('records each finding on its requirement; the interview is followed up once none is open', () => {
    const data = { interviewId: 'YT-1', checkedOn: '2026-04-12', results: [{ number: 2, met: false, notes: '未完成' }] };
    expect(projection.project(storedEvent('InterviewFollowUpChecked', { ...data, openDeadline: '2026-04-30' }))).toEqual([
      { op: 'upsert', table: INTERVIEWS, key: { interviewId: 'YT-1' }, values: { status: 'HELD', openDeadline: '2026-04-30' } },
      {
        op: 'upsert',
        table: INTERVIEW_REQUIREMENTS,
        key: { interviewId: 'YT-1', number: 2 },
        values: { check: { met: false, notes: '未完成', checkedOn: '2026-04-12' } },
      },
    ]);
    const [interview] = projection.project(storedEvent('InterviewFollowUpChecked', { ...data, openDeadline: null }));
    expect(interview).toMatchObject({ values: { status: 'FOLLOWED_UP', openDeadline: null } });
  });

  it('closes with the conclusion', () => {
    expect(
      projection.project(storedEvent('InterviewClosed', { interviewId: 'YT-1', closedOn: '2026-05-01', conclusion: 'c', allMet: true })),
    ).toEqual([
      {
        op: 'upsert',
        table: INTERVIEWS,
        key: { interviewId: 'YT-1' },
        values: { status: 'CLOSED', closedOn: '2026-05-01', conclusion: 'c', allMet: true, openDeadline: null },
      },
    ]);
  });

  it.each(['FraudAlertReceived', 'ListingPlaced', 'toString'])('ignores %s', (type) => {
    expect(projection.project(storedEvent(type, ordered))).toEqual([]);
  });
});
