import { AccessRole } from '../../common/access-role';
import { FactStreamKind, Policy, unitArgument, unitOfEntity } from './policy';

const STAFF: AccessRole[] = ['LEADERSHIP', 'EVALUATION_STAFF'];
const CHIEFS: AccessRole[] = ['COUNTY_CHIEF', 'STATION_CHIEF'];
const READERS: AccessRole[] = [...STAFF, ...CHIEFS];
const EVERYONE: AccessRole[] = [...READERS, 'RECORDER', 'ADMINISTRATOR'];

/** City-wide figures every reader sees: rankings and published bulletins are pushed to every level. */
const cityWide: Policy = { roles: READERS };
/** A unit's own details: staff see every unit's, a chief only his own units'. */
const ownUnit = (...paths: string[]): Policy => ({ roles: READERS, scope: unitArgument(...paths), scopeRequired: true });
const staffOnly: Policy = { roles: STAFF };
/** Facts are recorded only by recorders, for the units they serve; chiefs never write their own figures. */
const fact: Policy = { roles: ['RECORDER'], scope: unitArgument('input.unitId'), scopeRequired: true };
/** A fact that may add to or correct one recorded before: only for the unit that recorded it. */
const factOn = (stream: FactStreamKind, path: string): Policy => ({ ...fact, recordedFact: { stream, path } });
const organisation: Policy = { roles: ['ADMINISTRATOR'] };
const evaluation: Policy = { roles: ['EVALUATION_STAFF'] };
const leadership: Policy = { roles: ['LEADERSHIP'] };
/** A step the addressed unit's chief takes on an item addressed to it. */
const answeredBy = (entity: Parameters<typeof unitOfEntity>[0], path: string): Policy => ({
  roles: CHIEFS,
  scope: unitOfEntity(entity, path),
  scopeRequired: true,
});
const readEntity = (entity: Parameters<typeof unitOfEntity>[0], path: string): Policy => ({
  roles: READERS,
  scope: unitOfEntity(entity, path),
  scopeRequired: true,
});

/**
 * Who may run every query, mutation and subscription: the one place authorization is decided. An
 * operation missing here is refused to everyone, and the authorization matrix test fails for it.
 */
export const POLICIES: Record<string, Policy> = {
  // Organisation: everyone reads it (recorders need the unit ids); only administrators change it.
  'Query.units': { roles: EVERYONE },
  'Query.unit': { roles: EVERYONE },
  'Query.chiefs': { roles: EVERYONE },
  'Mutation.createUnit': organisation,
  'Mutation.defineDefenseArea': organisation,
  'Mutation.setDefenseAreaPopulation': organisation,
  'Mutation.appointChief': organisation,
  'Mutation.removeChief': organisation,
  'Mutation.assignDeputy': organisation,
  'Mutation.linkCityChief': organisation,

  // Facts and their corrections.
  'Mutation.receiveWarning': fact,
  'Mutation.recordWarningContact': factOn('warning', 'input.instructionId'),
  'Mutation.recordWarningDissuaded': factOn('warning', 'input.instructionId'),
  'Mutation.recordVictimisedAfterWarning': factOn('warning', 'input.instructionId'),
  'Mutation.applyProtectiveMeasure': factOn('warning', 'input.instructionId'),
  'Mutation.forwardWarning': factOn('warning', 'input.instructionId'),
  'Mutation.checkWarningOnSite': factOn('warning', 'input.instructionId'),
  'Mutation.retractWarningFact': factOn('warning', 'input.instructionId'),
  'Mutation.receiveFraudAlert': fact,
  'Mutation.revokeFraudAlert': factOn('alert', 'input.alertId'),
  'Mutation.fileCase': fact,
  'Mutation.amendCaseLoss': factOn('case', 'input.caseId'),
  'Mutation.revokeCase': factOn('case', 'input.caseId'),
  'Mutation.correctCaseTime': factOn('case', 'input.caseId'),
  'Mutation.visitVictim': factOn('case', 'input.caseId'),
  'Mutation.retractVictimVisit': factOn('case', 'input.caseId'),
  'Mutation.solveCase': factOn('strike', 'input.operationId'),
  'Mutation.apprehendSuspects': factOn('strike', 'input.operationId'),
  'Mutation.seizeItems': factOn('strike', 'input.operationId'),
  'Mutation.breakDens': factOn('strike', 'input.operationId'),
  'Mutation.cutOffCards': factOn('strike', 'input.operationId'),
  'Mutation.penaliseCompany': factOn('strike', 'input.operationId'),
  'Mutation.retractStrikeFact': factOn('strike', 'input.operationId'),
  'Mutation.amendApprehensionCount': factOn('strike', 'input.operationId'),
  'Mutation.stopPayment': factOn('recovery', 'input.operationId'),
  'Mutation.freezeFunds': factOn('recovery', 'input.operationId'),
  'Mutation.returnFunds': factOn('recovery', 'input.operationId'),
  'Mutation.recordLossAverted': factOn('recovery', 'input.operationId'),
  'Mutation.amendRecoveryAmount': factOn('recovery', 'input.operationId'),
  'Mutation.retractRecoveryFact': factOn('recovery', 'input.operationId'),
  'Mutation.holdPreventionActivity': fact,
  'Mutation.amendPreventionTally': factOn('prevention', 'input.activityId'),
  'Mutation.retractPreventionActivity': factOn('prevention', 'input.activityId'),
  'Mutation.registerOutflow': factOn('outflow', 'input.personId'),
  'Mutation.recordOutflowReturn': factOn('outflow', 'input.personId'),
  'Mutation.retractOutflowFact': factOn('outflow', 'input.personId'),
  // Systems send facts many at a time; each is then authorised as its own mutation would be.
  'Mutation.recordFacts': { roles: ['RECORDER'], kinds: ['SYSTEM'] },
  // Uploads for import: recorders import, evaluation staff may check a file (decisions: roles, #17).
  'Query.importMappings': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  'Query.importUploads': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  'Query.importUpload': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  'Mutation.checkImport': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  'Mutation.runImport': { roles: ['RECORDER'] },
  'POST /imports/uploads': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  'GET /imports/uploads/:uploadId/check-report.csv': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  'GET /imports/uploads/:uploadId/import-report.csv': { roles: ['RECORDER', 'EVALUATION_STAFF'] },
  // The recorders' desk: what I recorded, and the warnings of my units still to be contacted.
  'Query.myRecords': { roles: ['RECORDER'] },
  'Query.openWarnings': { roles: ['RECORDER', ...READERS], scope: unitArgument('unitId'), scopeRequired: true },

  // Scores, rankings, rules and bulletins.
  'Query.ranking': cityWide,
  'Query.latestFactDay': cityWide,
  'Subscription.rankingChanged': cityWide,
  'Query.ruleSets': cityWide,
  'Query.whatIfRanking': staffOnly,
  'Mutation.publishRuleSet': evaluation,
  'Query.explainScore': ownUnit('areaId'),
  // The ranking is city-wide; why a score is what it is, and the facts behind it, are the subject's
  // own: a chief reads those of his own area or county (the stations of it too), staff every one.
  'Query.scoreExplanation': ownUnit('subjectId'),
  'Query.scoreFacts': ownUnit('subjectId'),
  'Query.indicatorReport': ownUnit('unitId'),
  'Query.scoreHistory': ownUnit('unitId'),
  'Query.bulletin': cityWide,
  'Query.bulletins': cityWide,
  'Query.verifyBulletinChain': cityWide,
  'Subscription.bulletinPublished': cityWide,
  'Query.bulletinDraft': staffOnly,
  'Mutation.publishBulletin': evaluation,

  // Supervision: visits and problem lists.
  'Query.supervisionVisits': ownUnit('countyId'),
  'Query.dekadSupervision': staffOnly,
  'Mutation.recordSupervisionVisit': leadership,
  'Query.problemList': ownUnit('countyId'),
  'Query.problem': readEntity('problem', 'problemId'),
  'GET /problem-lists/:countyId/:month.html': ownUnit('countyId'),
  'GET /problem-lists/:countyId/:month.pdf': ownUnit('countyId'),
  'Mutation.raiseProblem': staffOnly,
  'Mutation.adoptProblemCandidate': staffOnly,
  'Mutation.raiseProblemFromVisit': staffOnly,
  'Mutation.startProblemRectification': answeredBy('problem', 'input.problemId'),
  'Mutation.reportProblemRectified': answeredBy('problem', 'input.problemId'),
  'Mutation.verifyProblemRectification': staffOnly,
  'Mutation.refuseProblemVerification': staffOnly,

  // Reminder letters: evaluation staff issue them, the addressed unit answers.
  'Query.letters': ownUnit('filter.unitId', 'filter.countyId'),
  'Query.letter': readEntity('letter', 'letterId'),
  'Mutation.draftLetter': evaluation,
  'Mutation.reviseLetterDraft': evaluation,
  'Mutation.withdrawLetterDraft': evaluation,
  'Mutation.issueLetter': evaluation,
  'Mutation.deliverLetter': evaluation,
  'Mutation.acknowledgeLetter': answeredBy('letter', 'input.letterId'),
  'Mutation.answerLetter': answeredBy('letter', 'input.letterId'),
  'Mutation.returnLetterAnswer': evaluation,
  'Mutation.closeLetter': evaluation,
  'GET /exports/ranking.xlsx': cityWide,
  'GET /exports/ranking.csv': cityWide,
  'GET /exports/indicators/:unitId.xlsx': ownUnit('unitId'),
  'GET /exports/indicators/:unitId.csv': ownUnit('unitId'),
  'GET /exports/problem-lists/:countyId/:month.xlsx': ownUnit('countyId'),
  'GET /exports/problem-lists/:countyId/:month.csv': ownUnit('countyId'),
  'GET /exports/supervision-ledger.xlsx': ownUnit('countyId'),
  'GET /exports/supervision-ledger.csv': ownUnit('countyId'),
  'GET /letters/:letterId.html': readEntity('letter', 'letterId'),
  'GET /letters/:letterId.pdf': readEntity('letter', 'letterId'),

  // Interviews and listings: leadership orders them; staff follow them up.
  'Query.interviews': ownUnit('unitId', 'countyId'),
  'Query.interview': readEntity('interview', 'interviewId'),
  'GET /interviews/:interviewId.html': readEntity('interview', 'interviewId'),
  'GET /interviews/:interviewId.pdf': readEntity('interview', 'interviewId'),
  'Mutation.orderInterview': leadership,
  'Mutation.scheduleInterview': staffOnly,
  'Mutation.cancelInterview': staffOnly,
  'Mutation.holdInterview': staffOnly,
  'Mutation.checkInterviewFollowUp': staffOnly,
  'Mutation.closeInterview': staffOnly,
  'Query.listings': ownUnit('unitId', 'countyId'),
  'Query.listing': readEntity('listing', 'listingId'),
  'GET /listings/:listingId.html': readEntity('listing', 'listingId'),
  'GET /listings/:listingId.pdf': readEntity('listing', 'listingId'),
  'Mutation.listForRectification': leadership,
  'Mutation.reviewListing': staffOnly,
  'Mutation.extendListing': staffOnly,
  'Mutation.escalateListing': staffOnly,
  'Mutation.delistListing': staffOnly,

  // Suggestions and the overview.
  'Query.suggestions': staffOnly,
  // Findings are leads about a unit: never shown to the unit itself, only to those who verify and decide;
  // once decided, the unit reads the verdict.
  'Query.integrityFindings': staffOnly,
  'Query.integrityVerdicts': ownUnit('unitId'),
  'Mutation.verifyFinding': evaluation,
  'Mutation.acceptSuggestion': staffOnly,
  'Mutation.dismissSuggestion': staffOnly,
  'Query.supervisionOverview': ownUnit('countyId'),

  // Leaders' instructions on a bulletin (领导批示): leadership and staff issue them; the units named
  // answer (复盘), a county chief for his county's stations and task force too; every reader sees them.
  'Query.bulletinInstructions': cityWide,
  'Query.unitInstructions': ownUnit('unitId'),
  'Mutation.issueBulletinInstruction': staffOnly,
  'Mutation.withdrawBulletinInstruction': staffOnly,
  'Mutation.answerBulletinInstruction': { roles: CHIEFS, scope: unitArgument('input.unitId'), scopeRequired: true },

  // The audit trail: who recorded or corrected what.
  'Query.auditTrail': { roles: [...STAFF, 'ADMINISTRATOR'] },
  'Query.eventAudit': { roles: [...STAFF, 'ADMINISTRATOR'] },

  // Appeals: a chief contests his own unit's figures; evaluation staff review.
  'Query.appeals': ownUnit('unitId', 'countyId'),
  'Query.appeal': readEntity('appeal', 'appealId'),
  // The appellant must be a chief of the token's units; the handler checks he answers for the unit appealed.
  'Mutation.fileAppeal': answeredBy('chief', 'input.chiefId'),
  'Mutation.withdrawAppeal': answeredBy('appeal', 'input.appealId'),
  'Mutation.reviewAppeal': evaluation,

  // 通知: every signed-in officer reads, marks and follows his own bell (the principal picks the rows, no argument names a unit).
  'Query.notifications': { roles: EVERYONE },
  'Mutation.markNotificationsRead': { roles: EVERYONE },
  'Subscription.notificationsChanged': { roles: EVERYONE },
};
