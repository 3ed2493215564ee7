import { graphql } from '../../gql';

/** What the 指标 screen says of 流转用时 and 核查用时 (WarningStepTimes.vue). */
export const STEP_TIME_FIELDS = graphql(`
  fragment StepTimeFields on WarningStepTime {
    count
    averageMinutes
    previousAverageMinutes
    periodOnPeriodPercent
  }
`);
