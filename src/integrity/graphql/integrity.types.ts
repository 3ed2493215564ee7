import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, DayScalar } from '../../common/graphql/scalars';

@ObjectType('FindingVerification', { description: '核查: the verdict of evaluation staff on a finding' })
export class FindingVerificationType {
  @Field({ description: 'CONFIRMED (核查属实) or EXPLAINED (已作出合理解释)' })
  outcome: string;

  @Field()
  outcomeLabel: string;

  @Field()
  reason: string;

  @Field()
  verifiedAt: string;

  @Field()
  verifiedBy: string;
}

@ObjectType('IntegrityFinding', {
  description:
    'A lead for evaluation staff to verify (核查), never a penalty by itself: what a detector saw, its statistic and threshold, and the events behind it',
})
export class IntegrityFindingType {
  @Field(() => ID, { description: 'The same for the same detector, unit, subject and period, whatever the counts become' })
  findingId: string;

  @Field(() => DateTimeScalar, {
    description: '数据截至: the instant the facts it rests on are as known at (facts recorded later left out)',
  })
  asOf: string;

  @Field({
    description: 'TOO_GOOD, LATE_ENTRY, BUNCHING, CONVERSION_DRIFT, CORRECTIONS_AFTER_RANKING, IDENTICAL_TIMES or IMPROVEMENT_AFTER_LETTER',
  })
  detector: string;

  @Field({ description: 'The detector as staff name it, e.g. 好得难以置信的比率' })
  detectorLabel: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field({ description: 'What of the unit the detector looked at: a rate, a threshold, a letter' })
  about: string;

  @Field({ description: 'What was measured, in Chinese' })
  summary: string;

  @Field()
  statisticName: string;

  @Field(() => Float)
  statistic: number;

  @Field(() => Float)
  threshold: number;

  @Field({ description: 'BELOW or ABOVE: the statistic flags beyond the threshold in this direction' })
  flagsWhen: string;

  @Field(() => [ID], { description: 'The events (for BUNCHING, the cases) the statistic was computed from' })
  evidence: string[];

  @Field(() => FindingVerificationType, { nullable: true })
  verification: FindingVerificationType | null;
}

@ObjectType('IntegrityVerdict', {
  description: '数据质量核查结论: a finding about the unit once staff decided it, as it was when they did',
})
export class IntegrityVerdictType {
  @Field(() => ID)
  findingId: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field({ description: 'The detector as staff name it, e.g. 好得难以置信的比率' })
  detectorLabel: string;

  @Field()
  about: string;

  @Field({ description: 'What was measured, in Chinese, as staff verified it' })
  summary: string;

  @Field(() => DayScalar, { description: 'The period the finding covered' })
  from: string;

  @Field(() => DayScalar)
  to: string;

  @Field(() => FindingVerificationType)
  verification: FindingVerificationType;
}
