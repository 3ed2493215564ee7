import { PeriodRequest } from '../../../scoring/domain/resolve-period';

export const SUGGESTION_RULES = [
  'BOTTOM_TWO_DEKADS',
  'CASES_UP_YEAR_ON_YEAR',
  'FACE_TO_FACE_UNDER_TARGET',
  'LETTER_UNANSWERED',
  'LISTING_NOT_IMPROVING',
  'STILL_BOTTOM_AFTER_INTERVIEW',
] as const;
export type SuggestionRuleId = (typeof SUGGESTION_RULES)[number];

export const SUGGESTION_RULE_LABELS: Record<SuggestionRuleId, string> = {
  BOTTOM_TWO_DEKADS: '连续两旬排名后三位',
  CASES_UP_YEAR_ON_YEAR: '发案同比上升',
  FACE_TO_FACE_UNDER_TARGET: '见面率低于目标',
  LETTER_UNANSWERED: '提示函逾期未回复',
  LISTING_NOT_IMPROVING: '挂牌整治满一月未达摘牌条件',
  STILL_BOTTOM_AFTER_INTERVIEW: '提示、约谈后仍排名后三位',
};

/** The accountability tools, mildest to harshest. */
export const SUGGESTED_ACTIONS = ['LETTER', 'INTERVIEW', 'LISTING'] as const;
export type SuggestedAction = (typeof SUGGESTED_ACTIONS)[number];

export const SUGGESTED_ACTION_LABELS: Record<SuggestedAction, string> = { LETTER: '工作提示函', INTERVIEW: '约谈', LISTING: '挂牌整治' };

/** What the figures propose; people accept or dismiss it. */
export interface Suggestion {
  /** Rule, unit and period: a decided key is not suggested again. */
  key: string;
  rule: SuggestionRuleId;
  action: SuggestedAction;
  unitId: string;
  unitName: string;
  /** The period whose figures the suggestion cites as evidence. */
  period: PeriodRequest;
  /** Why, in Chinese, with the figures. */
  reason: string;
}

export const suggestionKey = (rule: SuggestionRuleId, unitId: string, period: string) => `${rule}:${unitId}:${period}`;

export const SUGGESTION_STATUSES = ['OPEN', 'ACCEPTED', 'DISMISSED'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export type SuggestionDecision = Exclude<SuggestionStatus, 'OPEN'>;

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = { OPEN: '待决定', ACCEPTED: '已采纳', DISMISSED: '不予采纳' };
