import { FactMutation } from './fact-mutation';
import { LOSS_FACTS } from './losses/graphql/loss.facts';
import { OUTFLOW_FACTS } from './outflow/graphql/outflow.facts';
import { RECOVERY_FACTS } from './recoveries/graphql/recovery.facts';
import { STRIKE_FACTS } from './strikes/graphql/strike.facts';
import { WARNING_FACTS } from './warnings/graphql/warning.facts';
import { PREVENTION_FACTS } from './prevention/graphql/prevention.facts';

/** Every fact mutation by name: what a batch or an import file may record. */
export const FACT_MUTATIONS: Readonly<Record<string, FactMutation>> = {
  ...WARNING_FACTS,
  ...LOSS_FACTS,
  ...STRIKE_FACTS,
  ...RECOVERY_FACTS,
  ...OUTFLOW_FACTS,
  ...PREVENTION_FACTS,
};
