import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Free text an officer writes (reasons, places, requirements): never empty, bounded. */
export function TextField(maxLength: number, description?: string) {
  return applyDecorators(Field({ description }), IsString(), IsNotEmpty({ message: '$property must not be empty' }), MaxLength(maxLength));
}

/** Every supervision command (visits, problems, letters, interviews, listings, suggestions, appeals) may be resent safely. */
@InputType({ isAbstract: true })
export abstract class WorkflowStepInput {
  @Field({ nullable: true, description: 'A resend with the same key is recorded once' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string;
}
