import { FactMutation } from '../../fact-mutation';
import { RecordOutflowCommand } from '../commands/record-outflow.command';
import { RecordOutflowReturnInput, RegisterOutflowInput, RetractOutflowFactInput } from './outflow.inputs';

/** 外流劝返 as recorded: each mutation's input and the outflow command it becomes. */
export const OUTFLOW_FACTS = {
  registerOutflow: {
    input: RegisterOutflowInput,
    description: '登记外流人员',
    command: ({ personId, destination, abroadSince, occurredAt }, context) =>
      new RecordOutflowCommand(
        { type: 'RegisterOutflow', personId, destination, abroadSince: abroadSince ?? null, identifiedAt: occurredAt },
        context,
      ),
  } satisfies FactMutation<RegisterOutflowInput>,
  recordOutflowReturn: {
    input: RecordOutflowReturnInput,
    description: '外流人员回流(劝返、遣返或自行回国)',
    command: ({ personId, unitId, way, occurredAt }, context) =>
      new RecordOutflowCommand({ type: 'RecordReturn', personId, unitId, way, returnedAt: occurredAt }, context),
  } satisfies FactMutation<RecordOutflowReturnInput>,
  retractOutflowFact: {
    input: RetractOutflowFactInput,
    description: '撤回误录的外流人员登记或回流记录(记入原记录日)',
    command: ({ personId, eventId, unitId, reason }, context) =>
      new RecordOutflowCommand({ type: 'RetractFact', personId, eventId, unitId, reason }, context),
  } satisfies FactMutation<RetractOutflowFactInput>,
};
