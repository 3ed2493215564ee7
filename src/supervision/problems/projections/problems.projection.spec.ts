import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { SUPERVISION_PROBLEMS, problemsProjection as projection } from './problems.projection';

const RAISED = {
  problemId: 'P-1',
  countyId: 'county-sx',
  month: '2026-05',
  number: 1,
  unitId: 'county-sx',
  origin: { kind: 'MANUAL' },
  title: '宣传不到位',
  description: '城区反诈宣传覆盖不足',
  evidence: null,
  owner: { chiefId: 'cc-sx', name: '沙县局长', role: 'COUNTY_CHIEF', unitId: 'county-sx' },
  deadline: '2026-05-31',
};
const BY = { subject: 'kp-zhang', role: 'EVALUATOR' };
const stored = (type: string, data: unknown) =>
  storedEvent(type, data, { position: 5n, metadata: { recordedAt: '2026-05-15T02:00:00.000Z', actor: BY } });
const key = { problemId: 'P-1' };
const step = (step: string, stage: string, note: string | null, references: string[] = []) => ({
  op: 'push',
  table: SUPERVISION_PROBLEMS,
  key,
  column: 'history',
  items: [{ step, stage, note, references, by: BY, recordedAt: '2026-05-15T02:00:00.000Z', eventId: 'evt-5' }],
});

describe('problems projection', () => {
  it('declares one table keyed by problem, found by county and month, with a list of steps', () => {
    const [table] = projection.tables;
    expect(projection.tables).toHaveLength(1);
    expect(table).toMatchObject({ name: SUPERVISION_PROBLEMS, key: ['problemId'], indexes: [['countyId', 'month']] });
    expect(table.columns.history).toBe('list');
    expect(projection.eventTypes).toEqual([
      'ProblemRaised',
      'ProblemRectificationStarted',
      'ProblemRectified',
      'ProblemVerified',
      'ProblemVerificationRefused',
    ]);
  });

  it('writes a raised problem as RAISED, with who raised it, and its first step', () => {
    const { problemId: _id, ...values } = RAISED;
    expect(projection.project(stored('ProblemRaised', RAISED))).toEqual([
      {
        op: 'upsert',
        table: SUPERVISION_PROBLEMS,
        key,
        values: {
          ...values,
          plan: null,
          rectification: null,
          refusalReason: null,
          raisedAt: '2026-05-15T02:00:00.000Z',
          raisedBy: BY,
          stage: 'RAISED',
        },
      },
      step('ProblemRaised', 'RAISED', '宣传不到位'),
    ]);
  });

  it.each([
    [
      'ProblemRectificationStarted',
      { plan: '加强宣传' },
      { plan: '加强宣传', stage: 'RECTIFYING' },
      step('ProblemRectificationStarted', 'RECTIFYING', '加强宣传'),
    ],
    [
      'ProblemRectified',
      { text: '已完成', references: ['文-1'] },
      { rectification: { text: '已完成', references: ['文-1'] }, stage: 'RECTIFIED' },
      step('ProblemRectified', 'RECTIFIED', '已完成', ['文-1']),
    ],
    ['ProblemVerified', { note: null }, { stage: 'VERIFIED' }, step('ProblemVerified', 'VERIFIED', null)],
    [
      'ProblemVerificationRefused',
      { reason: '佐证不足' },
      { refusalReason: '佐证不足', stage: 'RECTIFYING' },
      step('ProblemVerificationRefused', 'RECTIFYING', '佐证不足'),
    ],
  ])('records %s: the stage, what it sets, and a step', (type, data, values, history) => {
    expect(projection.project(stored(type, { problemId: 'P-1', ...data }))).toEqual([
      { op: 'upsert', table: SUPERVISION_PROBLEMS, key, values },
      history,
    ]);
  });

  it.each(['SupervisionVisitRecorded', 'CaseFiled', 'toString'])('ignores %s', (type) => {
    expect(projection.project(stored(type, RAISED))).toEqual([]);
  });
});
