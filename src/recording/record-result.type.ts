import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AppendResult } from '../event-store/event-store.port';

@ObjectType({ description: 'The outcome of recording a fact' })
export class RecordResult {
  @Field()
  streamId: string;

  @Field(() => [ID])
  eventIds: string[];

  @Field({ description: 'Global position of the last event (a decimal string: positions exceed 32 bits)' })
  position: string;

  @Field({ description: 'True when this was a resend: nothing new was recorded' })
  duplicate: boolean;

  @Field({ description: 'True when the read models already include the fact' })
  projected: boolean;

  static of(streamId: string, result: AppendResult, projected: boolean): RecordResult {
    return Object.assign(new RecordResult(), {
      streamId,
      eventIds: result.events.map((e) => e.id),
      position: result.lastPosition.toString(),
      duplicate: result.duplicate,
      projected,
    });
  }
}
