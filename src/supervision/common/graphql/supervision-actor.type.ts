import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SupervisionActor', { description: '经办人: who acted, as recorded with the event' })
export class SupervisionActorType {
  @Field()
  subject: string;

  @Field()
  role: string;
}
