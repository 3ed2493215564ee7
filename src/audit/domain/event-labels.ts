import type { BulletinPublished } from '../../bulletins/events/bulletin.events';
import type { ChiefEvent, UnitEvent } from '../../organization/events/organization.events';
import type { RuleSetPublished } from '../../scoring/events/rule-set.events';
import type { AppealEvent } from '../../supervision/appeals/events/appeal.events';
import { FACT_LABELS, FactEventType } from '../../facts/domain/fact-catalogue';
import type { InstructionEvent } from '../../supervision/instructions/events/instruction.events';
import type { InterviewEvent } from '../../supervision/interviews/events/interview.events';
import type { LetterEvent, LetterNumberAllocated } from '../../supervision/letters/events/letter.events';
import type { ListingEvent } from '../../supervision/listings/events/listing.events';
import type { ProblemEvent } from '../../supervision/problems/events/problem.events';
import type { SuggestionEvent } from '../../supervision/suggestions/events/suggestion.events';
import type { SupervisionVisitRecorded } from '../../supervision/visits/events/visit.events';
import type { NotificationEvent } from '../../notifications/events/notification.events';

/** Every other event the system records; a new one must be named here before it compiles. */
type OtherType = (
  | UnitEvent
  | ChiefEvent
  | RuleSetPublished
  | BulletinPublished
  | SupervisionVisitRecorded
  | ProblemEvent
  | LetterEvent
  | LetterNumberAllocated
  | InterviewEvent
  | ListingEvent
  | AppealEvent
  | SuggestionEvent
  | InstructionEvent
  | NotificationEvent
)['type'];

const OTHER_LABELS: Record<OtherType, string> = {
  UnitCreated: '设立单位',
  DefenseAreaDefined: '划定防区',
  DefenseAreaPopulationSet: '更新防区人口',
  ChiefAppointed: '任命六长',
  ChiefRemoved: '免去六长',
  DeputyAssigned: '分工副局长联系所队',
  CityChiefLinked: '市局领导挂钩县局',
  RuleSetPublished: '发布考评规则',
  BulletinPublished: '发布日通报',
  SupervisionVisitRecorded: '记录旬督导',
  ProblemRaised: '提出问题',
  ProblemRectificationStarted: '提交整改方案',
  ProblemRectified: '报告整改完成',
  ProblemVerified: '核验销号',
  ProblemVerificationRefused: '核验不通过',
  LetterDrafted: '起草提示函',
  LetterDraftRevised: '修改提示函草稿',
  LetterWithdrawn: '撤回提示函',
  LetterNumberAllocated: '分配提示函文号',
  LetterIssued: '下发提示函',
  LetterDelivered: '送达提示函',
  LetterAcknowledged: '签收提示函',
  LetterAnswered: '回复提示函',
  LetterAnswerReturned: '退回提示函回复',
  LetterClosed: '办结提示函',
  InterviewOrdered: '决定约谈',
  InterviewScheduled: '安排约谈',
  InterviewRescheduled: '约谈改期',
  InterviewCancelled: '取消约谈',
  InterviewHeld: '实施约谈',
  InterviewFollowUpChecked: '约谈回访核查',
  InterviewClosed: '约谈结案',
  ListingPlaced: '挂牌整治',
  ListingReviewed: '挂牌复核',
  ListingExtended: '挂牌延期',
  ListingEscalated: '挂牌升级约谈',
  ListingDelisted: '摘牌',
  AppealFiled: '提出申诉',
  AppealUpheld: '申诉复核: 维持原结果',
  AppealCorrected: '申诉复核: 予以更正',
  AppealRejected: '申诉复核: 驳回',
  AppealWithdrawn: '撤回申诉',
  SuggestionAccepted: '采纳督导建议',
  SuggestionDismissed: '不予采纳督导建议',
  BulletinInstructionIssued: '领导批示',
  BulletinInstructionAnswered: '复盘',
  BulletinInstructionWithdrawn: '撤回批示',
  NotificationsRead: '标记通知已读',
};

const LABELS: Record<FactEventType | OtherType, string> = { ...FACT_LABELS, ...OTHER_LABELS };

/** What an officer calls an event of this type; the type itself for one no label names. */
export const eventLabel = (type: string): string => (Object.hasOwn(LABELS, type) ? LABELS[type as FactEventType | OtherType] : type);
