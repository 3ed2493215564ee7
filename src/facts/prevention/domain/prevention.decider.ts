import { bilingual } from '../../../common/bilingual';
import { Decider, DomainRuleError } from '../../../common/decider';
import { RecordedFact, checkSameArea, recordedFactOf } from '../../domain/recorded-fact';
import { PREVENTION_TALLY_FIELDS, PreventionEvent, PreventionForm, PreventionTally } from '../events/prevention.events';

export type PreventionCommand =
  | ({ type: 'HoldActivity'; activityId: string; form: PreventionForm } & PreventionTally)
  | ({ type: 'AmendTally'; activityId: string; unitId: string; reason: string } & PreventionTally)
  | { type: 'RetractActivity'; activityId: string; unitId: string; reason: string };

/** The activity as it counts now (with any amendment), and whether it was retracted. */
export interface PreventionState {
  held: { fact: RecordedFact; form: PreventionForm; tally: PreventionTally } | null;
  retracted: boolean;
}

const FIELD_NAMES: Record<keyof PreventionTally, string> = {
  peopleReached: '覆盖人数',
  oneToOne: '一对一精准宣传人数',
  materials: '宣传资料份数',
  gridGroups: '网格群数',
};

const tallyOf = (command: PreventionTally): PreventionTally => {
  const { peopleReached, oneToOne, materials, gridGroups } = command;
  return { peopleReached, oneToOne, materials, gridGroups };
};

/** Whole counts; the one-to-one people are among those reached; an activity that reached no one and handed out nothing did not happen. */
function checkTally(tally: PreventionTally): void {
  for (const field of PREVENTION_TALLY_FIELDS) {
    if (!Number.isSafeInteger(tally[field]) || tally[field] < 0) {
      throw new DomainRuleError(
        bilingual(`${FIELD_NAMES[field]}须为不小于 0 的整数`, `${field} must be a whole number, not negative`),
        field,
      );
    }
  }
  if (tally.oneToOne > tally.peopleReached) {
    throw new DomainRuleError(
      bilingual(
        `一对一精准宣传人数（${tally.oneToOne}人）不能多于覆盖人数（${tally.peopleReached}人）`,
        `oneToOne (${tally.oneToOne}) cannot exceed peopleReached (${tally.peopleReached})`,
      ),
      'oneToOne',
    );
  }
  if (tally.peopleReached === 0 && tally.materials === 0 && tally.gridGroups === 0) {
    throw new DomainRuleError(
      bilingual('覆盖人数、宣传资料份数和网格群数不能均为 0', 'peopleReached, materials and gridGroups cannot all be 0'),
      'peopleReached',
    );
  }
}

const sameTally = (a: PreventionTally, b: PreventionTally) => PREVENTION_TALLY_FIELDS.every((f) => a[f] === b[f]);

export const preventionDecider: Decider<PreventionState, PreventionCommand, PreventionEvent> = {
  initialState: () => ({ held: null, retracted: false }),

  decide(command, state) {
    const { activityId } = command;
    if (command.type === 'HoldActivity') {
      if (state.held) {
        throw new DomainRuleError(
          bilingual(`宣防活动 ${activityId} 已记录`, `prevention activity ${activityId} was already recorded`),
          'activityId',
        );
      }
      const tally = tallyOf(command);
      checkTally(tally);
      return [{ type: 'PreventionActivityHeld', data: { activityId, form: command.form, ...tally } }];
    }
    if (!state.held) {
      throw new DomainRuleError(
        bilingual(`宣防活动 ${activityId} 尚未记录`, `prevention activity ${activityId} has not been recorded`),
        'activityId',
      );
    }
    if (state.retracted) {
      throw new DomainRuleError(
        bilingual(`宣防活动 ${activityId} 已撤回，不能再更改`, `prevention activity ${activityId} was retracted; it cannot be changed`),
        'activityId',
      );
    }
    const { fact, form, tally } = state.held;
    checkSameArea(fact, command.unitId);
    const where = { activityId, form, areaId: fact.areaId, factOccurredAt: fact.occurredAt, reason: command.reason };
    if (command.type === 'RetractActivity') return [{ type: 'PreventionActivityRetracted', data: { ...where, ...tally } }];
    const amended = tallyOf(command);
    checkTally(amended);
    if (sameTally(amended, tally)) {
      throw new DomainRuleError(
        bilingual(
          `宣防活动 ${activityId} 的各项数字与更正后相同，无需更正`,
          `the counts of prevention activity ${activityId} are already these`,
        ),
        'peopleReached',
      );
    }
    return [{ type: 'PreventionTallyAmended', data: { ...where, ...amended, previous: tally } }];
  },

  evolve(state, event) {
    switch (event.type) {
      case 'PreventionActivityHeld':
        return { ...state, held: { fact: recordedFactOf(event), form: event.data.form, tally: tallyOf(event.data) } };
      case 'PreventionTallyAmended':
        return { ...state, held: state.held && { ...state.held, tally: tallyOf(event.data) } };
      case 'PreventionActivityRetracted':
        return { ...state, retracted: true };
    }
  },
};
