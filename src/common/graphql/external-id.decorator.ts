import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { NOT_EMPTY } from './input-messages';

/**
 * An identifier another system gave a thing (instruction number, case number, operation):
 * free-form, but never empty and never longer than 100 characters.
 */
export function ExternalId(description?: string, options: { optional?: boolean } = {}) {
  return applyDecorators(
    Field(() => ID, { description, nullable: options.optional ?? false }),
    ...(options.optional ? [IsOptional()] : [IsNotEmpty(NOT_EMPTY)]),
    IsString(),
    MaxLength(100),
  );
}
