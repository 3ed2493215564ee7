import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../../common/graphql/enum';
import { DayScalar } from '../../../common/graphql/scalars';
import { EvidenceType } from '../../evidence/graphql/evidence.types';
import { SupervisionActorType } from '../../common/graphql/supervision-actor.type';
import {
  SUGGESTED_ACTIONS,
  SUGGESTED_ACTION_LABELS,
  SUGGESTION_RULES,
  SUGGESTION_RULE_LABELS,
  SUGGESTION_STATUSES,
  SUGGESTION_STATUS_LABELS,
  SuggestedAction,
  SuggestionRuleId,
  SuggestionStatus,
} from '../domain/suggestion';

export const SuggestionRuleEnum = graphqlEnum('SuggestionRule', SUGGESTION_RULES, SUGGESTION_RULE_LABELS, '建议规则');
export const SuggestedActionEnum = graphqlEnum('SuggestedAction', SUGGESTED_ACTIONS, SUGGESTED_ACTION_LABELS, '建议措施 (由轻到重)');
export const SuggestionStatusEnum = graphqlEnum('SuggestionStatus', SUGGESTION_STATUSES, SUGGESTION_STATUS_LABELS, '建议状态');

@ObjectType('SuggestionDecision', { description: '决定: accepted (采纳) or dismissed (不予采纳)' })
export class SuggestionDecisionType {
  @Field(() => DayScalar, { description: 'The day the suggestion was computed for' })
  asOf: string;

  @Field(() => ID, { nullable: true, description: 'The letter, interview or listing created, when given' })
  actionId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: '不予采纳的理由' })
  reason: string | null;

  @Field()
  decidedAt: string;

  @Field(() => SupervisionActorType, { description: '决定人' })
  decidedBy: SupervisionActorType;

  @Field(() => ID)
  eventId: string;
}

@ObjectType('Suggestion', { description: '问责建议: a letter, interview or listing the figures propose; people decide' })
export class SuggestionType {
  @Field({ description: 'Rule, unit and period: stable, so a decided suggestion is not suggested again' })
  key: string;

  @Field(() => SuggestionRuleEnum)
  rule: SuggestionRuleId;

  @Field()
  ruleLabel: string;

  @Field(() => SuggestedActionEnum)
  action: SuggestedAction;

  @Field({ description: 'e.g. 工作提示函' })
  actionLabel: string;

  @Field(() => ID)
  unitId: string;

  @Field()
  unitName: string;

  @Field({ description: '建议理由, with the figures' })
  reason: string;

  @Field(() => EvidenceType, { description: 'The figures it rests on (frozen into a decision)' })
  evidence: EvidenceType;

  @Field(() => SuggestionStatusEnum)
  status: SuggestionStatus;

  @Field()
  statusLabel: string;

  @Field(() => SuggestionDecisionType, { nullable: true })
  decision: SuggestionDecisionType | null;
}

@ObjectType('Suggestions', { description: '问责建议: those open as of a day, and those decided' })
export class SuggestionsType {
  @Field(() => DayScalar)
  asOf: string;

  @Field(() => [SuggestionType], { description: 'Computed from the figures, not yet decided' })
  open: SuggestionType[];

  @Field(() => [SuggestionType], { description: 'Decided, newest first, as they stood when decided' })
  decided: SuggestionType[];
}
