import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../common/graphql/scalars';
import { RecordedStep } from '../queries/recorded-steps';

/** A step of a workflow's history: what happened, when, and who recorded it. Concrete per workflow. */
@ObjectType({ isAbstract: true })
export abstract class WorkflowStepType {
  @Field(() => ID)
  eventId: string;

  @Field({ description: 'The event type, e.g. InterviewRescheduled' })
  type: string;

  @Field({ description: '环节, e.g. 改期' })
  label: string;

  @Field({ description: 'What the step recorded, in one Chinese line' })
  summary: string;

  @Field(() => DateTimeScalar, { description: 'When it happened (business time)' })
  occurredAt: string;

  @Field(() => DateTimeScalar)
  recordedAt: string;

  @Field({ description: '记录人' })
  recordedBy: string;

  @Field()
  recordedByRole: string;
}

/** The label and summary come from the workflow, which knows its own events. */
export function toWorkflowStep<D>(
  step: RecordedStep<D>,
  describe: (step: RecordedStep<D>) => { label: string; summary: string },
): WorkflowStepType {
  const { eventId, type, occurredAt, recordedAt, recordedBy } = step;
  return { eventId, type, ...describe(step), occurredAt, recordedAt, recordedBy: recordedBy.subject, recordedByRole: recordedBy.role };
}
