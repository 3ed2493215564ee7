import { FactMutation } from '../../fact-mutation';
import { RecordPreventionCommand } from '../commands/record-prevention.command';
import { AmendPreventionTallyInput, HoldPreventionActivityInput, RetractPreventionActivityInput } from './prevention.inputs';

const tallyOf = ({ peopleReached, oneToOne, materials, gridGroups }: HoldPreventionActivityInput | AmendPreventionTallyInput) => ({
  peopleReached,
  oneToOne,
  materials,
  gridGroups,
});

/** 宣防 as recorded: each mutation's input and the prevention command it becomes. */
export const PREVENTION_FACTS = {
  holdPreventionActivity: {
    input: HoldPreventionActivityInput,
    description: '宣防活动',
    command: (input, context) =>
      new RecordPreventionCommand({ type: 'HoldActivity', activityId: input.activityId, form: input.form, ...tallyOf(input) }, context),
  } satisfies FactMutation<HoldPreventionActivityInput>,
  amendPreventionTally: {
    input: AmendPreventionTallyInput,
    description: '更正宣防活动的人数、资料份数、网格群数(记入原活动日)',
    command: (input, context) =>
      new RecordPreventionCommand(
        { type: 'AmendTally', activityId: input.activityId, unitId: input.unitId, reason: input.reason, ...tallyOf(input) },
        context,
      ),
  } satisfies FactMutation<AmendPreventionTallyInput>,
  retractPreventionActivity: {
    input: RetractPreventionActivityInput,
    description: '撤回误录的宣防活动(记入原活动日)',
    command: ({ activityId, unitId, reason }, context) =>
      new RecordPreventionCommand({ type: 'RetractActivity', activityId, unitId, reason }, context),
  } satisfies FactMutation<RetractPreventionActivityInput>,
};
