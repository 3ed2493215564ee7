import { applyDecorators } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { bilingual } from '../../../common/bilingual';
import { graphqlEnum } from '../../../common/graphql/enum';
import { ExternalId } from '../../../common/graphql/external-id.decorator';
import { FactEnvelopeInput } from '../../../recording/fact-envelope.input';
import { CorrectionReason } from '../../correction-fields';
import { PREVENTION_FORMS, PREVENTION_FORM_LABELS, PreventionForm } from '../events/prevention.events';

const PreventionFormEnum = graphqlEnum('PreventionForm', PREVENTION_FORMS, PREVENTION_FORM_LABELS, '宣防形式');

/** A count of one activity: whole, not negative, and within what one activity reaches (an online push reaches many). */
const TallyCount = (zh: string, unit: string, most: number) =>
  applyDecorators(
    Field(() => Int, { description: `${zh}（${unit}）` }),
    IsInt({ message: bilingual(`$property（${zh}）须为整数`, '$property must be a whole number') }),
    Min(0, { message: bilingual(`$property（${zh}）不能为负数`, '$property must not be negative') }),
    Max(most, {
      message: bilingual(`$property（${zh}）一次活动最多为 ${most}${unit}`, `$property must be at most ${most} in one activity`),
    }),
  );

@InputType({ isAbstract: true })
abstract class PreventionActivityInput extends FactEnvelopeInput {
  @ExternalId('The prevention activity (宣防活动) this concerns, e.g. XF202606010001')
  activityId: string;
}

@InputType({ isAbstract: true })
abstract class PreventionTallyInput extends PreventionActivityInput {
  @TallyCount('覆盖人数', '人', 1_000_000)
  peopleReached: number;

  @TallyCount('一对一精准宣传人数，计入覆盖人数', '人', 1_000_000)
  oneToOne: number;

  @TallyCount('发放宣传资料', '份', 1_000_000)
  materials: number;

  @TallyCount('组建网格群', '个', 10_000)
  gridGroups: number;
}

@InputType({ description: '宣防活动' })
export class HoldPreventionActivityInput extends PreventionTallyInput {
  @Field(() => PreventionFormEnum)
  @IsIn(PREVENTION_FORMS)
  form: PreventionForm;
}

@InputType({ description: '更正宣防活动的人数、资料份数、网格群数（各项均填更正后的数）' })
export class AmendPreventionTallyInput extends PreventionTallyInput {
  @CorrectionReason()
  reason: string;
}

@InputType({ description: '撤回误录的宣防活动' })
export class RetractPreventionActivityInput extends PreventionActivityInput {
  @CorrectionReason()
  reason: string;
}
