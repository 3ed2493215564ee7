import { bilingual } from '../../../common/bilingual';
import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOT_EMPTY } from '../../../common/graphql/input-messages';

/** Free text an officer writes (reasons, places, requirements): never empty, bounded. */
export function TextField(maxLength: number, description?: string) {
  return applyDecorators(Field({ description }), IsString(), IsNotEmpty(NOT_EMPTY), MaxLength(maxLength));
}

/** Letters and interviews state what is to be put right (工作要求, 整改要求): at least one item. */
export const REQUIREMENTS_LISTED = {
  message: bilingual('至少须列出一项要求', 'requirements must list at least one requirement'),
};

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
