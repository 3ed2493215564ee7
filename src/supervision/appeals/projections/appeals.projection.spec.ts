import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { emptyCounts } from '../../../scoring/domain/indicators';
import { Evidence } from '../../evidence/domain/evidence';
import { AppealFiled } from '../events/appeal.events';
import { APPEALS, appealsProjection as projection } from './appeals.projection';

const figures = (score: number): Evidence => ({
  unitId: 'st-b',
  unitName: '虬江派出所',
  role: 'STATION_CHIEF',
  period: { kind: 'RANGE', from: '2026-05-15', to: '2026-05-15', label: '2026年5月15日' },
  rank: 3,
  rankedOf: 3,
  score,
  indicators: emptyCounts(),
  lastYear: emptyCounts(),
  bulletin: null,
});
const appellant = { chiefId: 'chief-st-b', name: '陈志强', role: 'STATION_CHIEF' as const, unitId: 'st-b' };
const target = {
  unitId: 'st-b',
  unitName: '虬江派出所',
  level: 'STATION' as const,
  countyId: 'county-sx',
  from: '2026-05-15',
  to: '2026-05-15',
  fact: null,
};
const filed: AppealFiled['data'] = {
  appealId: 'ap-1',
  appellant,
  target,
  reason: '有误',
  filedOn: '2026-05-16',
  deadline: '2026-05-23',
  asOfPosition: '40',
  figures: figures(-2.01),
};
const stored = (type: string, data: unknown, position: bigint) =>
  storedEvent(type, data, {
    position,
    metadata: { recordedAt: `2026-05-16T0${position % 10n}:00:00.000Z`, actor: { subject: 'kp-zhang', role: 'EVALUATOR' } },
  });

describe('appeals projection', () => {
  it('inserts the filing with the contested unit, its county and days, and when, by whom and where it was filed', () => {
    expect(projection.project(stored('AppealFiled', filed, 41n))).toEqual([
      {
        op: 'insert',
        table: APPEALS,
        row: {
          appealId: 'ap-1',
          state: 'FILED',
          appellant,
          chiefId: 'chief-st-b',
          unitId: 'st-b',
          countyId: 'county-sx',
          fromDay: '2026-05-15',
          toDay: '2026-05-15',
          target,
          reason: '有误',
          filedOn: '2026-05-16',
          deadline: '2026-05-23',
          figures: figures(-2.01),
          filedAt: '2026-05-16T01:00:00.000Z',
          filedBy: { subject: 'kp-zhang', role: 'EVALUATOR' },
          filedPosition: 41,
          review: null,
          withdrawal: null,
        },
      },
    ]);
  });

  it('sets the outcome and the review with the reviewer', () => {
    const correction = {
      eventId: 'c',
      type: 'CaseRevoked',
      streamId: 'case-1',
      position: '45',
      recordedAt: 'r',
      areaId: 'st-b',
      day: '2026-05-15',
      summary: 's',
    };
    expect(
      projection.project(
        stored('AppealCorrected', { appealId: 'ap-1', reasoning: '已撤案', corrections: [correction], figures: figures(0) }, 46n),
      ),
    ).toEqual([
      {
        op: 'upsert',
        table: APPEALS,
        key: { appealId: 'ap-1' },
        values: {
          state: 'CORRECTED',
          review: {
            outcome: 'CORRECTED',
            reasoning: '已撤案',
            corrections: [correction],
            figures: figures(0),
            reviewedAt: '2026-05-16T06:00:00.000Z',
            reviewedBy: { subject: 'kp-zhang', role: 'EVALUATOR' },
            eventId: 'evt-46',
          },
        },
      },
    ]);
    const [rejected] = projection.project(
      stored('AppealRejected', { appealId: 'ap-1', reasoning: '不成立', figures: figures(-2.01) }, 47n),
    );
    expect(rejected).toMatchObject({ values: { state: 'REJECTED', review: { outcome: 'REJECTED', corrections: [] } } });
  });

  it('marks a withdrawal', () => {
    expect(projection.project(stored('AppealWithdrawn', { appealId: 'ap-1', chiefId: 'chief-st-b', reason: null }, 42n))).toEqual([
      {
        op: 'upsert',
        table: APPEALS,
        key: { appealId: 'ap-1' },
        values: { state: 'WITHDRAWN', withdrawal: { reason: null, withdrawnAt: '2026-05-16T02:00:00.000Z', eventId: 'evt-42' } },
      },
    ]);
  });

  it('maps only appeal events', () => {
    expect(projection.eventTypes).toEqual(['AppealFiled', 'AppealUpheld', 'AppealCorrected', 'AppealRejected', 'AppealWithdrawn']);
    expect(projection.project(stored('CaseRevoked', {}, 5n))).toEqual([]);
  });
});
