import { Decider } from '../../common/decider';
import { RecoveryEvent } from '../events/recovery.events';

/** Recovery facts have no lifecycle: each is recorded as it happens, validated at the edge. */
export type RecoveryCommand = RecoveryEvent;

export const recoveryDecider: Decider<null, RecoveryCommand, RecoveryEvent> = {
  initialState: () => null,
  decide: (command) => [{ type: command.type, data: command.data } as RecoveryEvent],
  evolve: (state) => state,
};
