import { given } from '../../../common/decider.spec-helpers';
import { recorded } from '../../domain/recorded-fact.spec-helpers';
import { PreventionActivityHeld, PreventionActivityRetracted, PreventionTallyAmended } from '../events/prevention.events';
import { preventionDecider as decider } from './prevention.decider';

const ID = 'XF-莲前-01';
const AREA = 'st-lianqian';
const HELD_AT = '2026-06-01T02:00:00Z';
const TALLY = { peopleReached: 420, oneToOne: 380, materials: 1_500, gridGroups: 3 };
const held = recorded<PreventionActivityHeld>('evt-held', AREA, HELD_AT, {
  type: 'PreventionActivityHeld',
  data: { activityId: ID, form: 'COMMUNITY', ...TALLY },
});
const where = { activityId: ID, form: 'COMMUNITY', areaId: AREA, factOccurredAt: HELD_AT } as const;
const amended = recorded<PreventionTallyAmended>('evt-amended', AREA, '2026-06-03T02:00:00Z', {
  type: 'PreventionTallyAmended',
  data: { ...where, reason: '覆盖人数重复统计', ...TALLY, peopleReached: 400, previous: TALLY },
});
const retracted = recorded<PreventionActivityRetracted>('evt-retracted', AREA, '2026-06-04T02:00:00Z', {
  type: 'PreventionActivityRetracted',
  data: { ...where, reason: '活动未举办', ...TALLY },
});

const hold = (tally: Partial<typeof TALLY> = {}) =>
  ({ type: 'HoldActivity', activityId: ID, form: 'COMMUNITY', ...TALLY, ...tally }) as const;
const amend = (tally: Partial<typeof TALLY>, unitId = AREA) =>
  ({ type: 'AmendTally', activityId: ID, unitId, reason: '核实人数', ...TALLY, ...tally }) as const;
const retract = (unitId = AREA) => ({ type: 'RetractActivity', activityId: ID, unitId, reason: '误录' }) as const;

describe('prevention decider', () => {
  describe('HoldActivity', () => {
    it('records an activity with its counts', () => {
      given(decider, [])
        .when(hold())
        .then([{ type: 'PreventionActivityHeld', data: { activityId: ID, form: 'COMMUNITY', ...TALLY } }]);
    });

    it('records an activity that only formed grid groups (nobody reached yet)', () => {
      const tally = { peopleReached: 0, oneToOne: 0, materials: 0, gridGroups: 12 };
      given(decider, [])
        .when({ type: 'HoldActivity', activityId: ID, form: 'ONLINE', ...tally })
        .then([{ type: 'PreventionActivityHeld', data: { activityId: ID, form: 'ONLINE', ...tally } }]);
    });

    it('refuses an activity id recorded before', () => {
      given(decider, [held])
        .when(hold())
        .thenThrows({ message: `prevention activity ${ID} was already recorded`, field: 'activityId' });
    });

    it('refuses more people reached one to one than reached', () => {
      given(decider, [])
        .when(hold({ peopleReached: 10, oneToOne: 11 }))
        .thenThrows({ message: '一对一精准宣传人数（11人）不能多于覆盖人数（10人）', field: 'oneToOne' });
    });

    it('refuses an activity that reached no one, handed out nothing and formed no group', () => {
      given(decider, [])
        .when(hold({ peopleReached: 0, oneToOne: 0, materials: 0, gridGroups: 0 }))
        .thenThrows({ message: 'cannot all be 0', field: 'peopleReached' });
    });

    it.each([
      ['materials', -1],
      ['gridGroups', 1.5],
    ] as const)('refuses %s of %d', (field, value) => {
      given(decider, [])
        .when(hold({ [field]: value }))
        .thenThrows({ message: `${field} must be a whole number`, field });
    });
  });

  describe('AmendTally', () => {
    it('amends the counts on the activity’s own area and day, saying what they were', () => {
      given(decider, [held])
        .when(amend({ peopleReached: 400 }))
        .then([{ type: 'PreventionTallyAmended', data: { ...where, reason: '核实人数', ...TALLY, peopleReached: 400, previous: TALLY } }]);
    });

    it('amends from the counts as last amended', () => {
      given(decider, [held, amended])
        .when(amend({ peopleReached: 400, materials: 1_000 }))
        .then([
          {
            type: 'PreventionTallyAmended',
            data: {
              ...where,
              reason: '核实人数',
              ...TALLY,
              peopleReached: 400,
              materials: 1_000,
              previous: { ...TALLY, peopleReached: 400 },
            },
          },
        ]);
    });

    it('refuses an amendment that changes nothing', () => {
      given(decider, [held, amended])
        .when(amend({ peopleReached: 400 }))
        .thenThrows({ message: 'are already these', field: 'peopleReached' });
    });

    it('checks the amended counts as a new record would be', () => {
      given(decider, [held])
        .when(amend({ oneToOne: 421 }))
        .thenThrows({ field: 'oneToOne' });
    });

    it('refuses an activity never recorded', () => {
      given(decider, []).when(amend({})).thenThrows({ message: 'has not been recorded', field: 'activityId' });
    });

    it('refuses another defense area', () => {
      given(decider, [held])
        .when(amend({ peopleReached: 1 }, 'st-other'))
        .thenThrows({ field: 'unitId' });
    });
  });

  describe('RetractActivity', () => {
    it('takes the activity back with the counts it has now', () => {
      given(decider, [held, amended])
        .when(retract())
        .then([{ type: 'PreventionActivityRetracted', data: { ...where, reason: '误录', ...TALLY, peopleReached: 400 } }]);
    });

    it('refuses to retract twice, or to amend a retracted activity', () => {
      given(decider, [held, retracted]).when(retract()).thenThrows({ message: 'was retracted', field: 'activityId' });
      given(decider, [held, retracted])
        .when(amend({ peopleReached: 1 }))
        .thenThrows({ message: 'was retracted', field: 'activityId' });
    });

    it('refuses to record the retracted id again', () => {
      given(decider, [held, retracted]).when(hold()).thenThrows({ field: 'activityId' });
    });

    it('refuses another defense area', () => {
      given(decider, [held]).when(retract('st-other')).thenThrows({ field: 'unitId' });
    });
  });
});
