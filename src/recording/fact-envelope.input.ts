import { bilingual } from '../common/bilingual';
import { ExternalId } from '../common/graphql/external-id.decorator';
import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { DateTimeScalar } from '../common/graphql/scalars';

/** What every recorded fact says besides its own data: where, when, and its external key. */
@InputType({ isAbstract: true })
export abstract class FactEnvelopeInput {
  @ExternalId('The unit the fact belongs to (a police station for the four event families)')
  unitId: string;

  @Field(() => DateTimeScalar, { description: 'When it happened (business time)' })
  @IsString()
  occurredAt: string;

  @Field({ nullable: true, description: "The sending system's key for this fact; a resend with the same key is recorded once" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string;

  @Field({
    nullable: true,
    description:
      '补录原因: why a fact that happened more than LATE_ENTRY_DAYS days ago (30 by default) is recorded only now; it is then kept marked as a late entry',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  lateReason?: string;

  @Field({ nullable: true, description: 'The system the fact comes from, e.g. "warning-platform"; defaults to "graphql"' })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,63}$/, {
    message: bilingual(
      '来源系统须为简短的小写系统名，例如 "warning-platform"',
      'source must be a short lower-case system name, e.g. "warning-platform"',
    ),
  })
  source?: string;
}
