import { Day } from '../../../common/business-day';
import { chineseDate } from '../../../common/chinese-date';
import { sentenceBody } from '../../common/document/chinese-text';
import { IssuingOffice } from '../../common/document/issuing-office';
import { DocumentBlock, OfficialDocument, paragraph } from '../../common/document/official-document';
import { CANDIDATE_RULE_LABELS, CandidateRule } from '../domain/problem-candidates';
import { PROBLEM_STATUSES, ProblemStatus, PROBLEM_STATUS_LABELS, problemStatus } from '../domain/problem-status';
import { ProblemOrigin } from '../events/problem.events';
import { ProblemRow } from '../projections/problems.projection';

export const PROBLEM_LIST_KIND = '问题清单';

/** What the document is made from: the county's problems of the month, as the problemList query reads them. */
export interface ProblemListSource {
  countyName: string;
  /** e.g. "2026年11月" */
  monthLabel: string;
  problems: ProblemRow[];
}

/** What each kind of candidate asks of the county; problems raised by hand or on a visit say it in their own text. */
const REQUIREMENTS: Record<CandidateRule, string> = {
  CASES_UP_YEAR_ON_YEAR: '分析发案上升原因，落实针对性防范措施，遏制发案上升势头',
  FACE_TO_FACE_BELOW_TARGET: '预警指令逐条落实见面劝阻，见面率达到目标要求',
  WARNINGS_PAST_DEADLINE: '预警指令在规定时限内见面或联系，逐条核查超时原因',
  BOTTOM_OF_RANKING: '对照考评指标查找短板，制定整改措施，推动排名提升',
};
const GENERAL_REQUIREMENT = '逐项整改到位，并报送整改情况';

function sourceOf(origin: ProblemOrigin): string {
  switch (origin.kind) {
    case 'CANDIDATE':
      return `考评数据（${CANDIDATE_RULE_LABELS[origin.rule]}）`;
    case 'MANUAL':
      return '工作检查发现';
    case 'VISIT_POINT':
      return `${chineseDate(origin.visitDay)}旬督导点题`;
  }
}

/** One line of the list: 序号, 问题, 依据/来源, 整改要求 (with the 责任人), 整改期限, 状态 as read today. */
export function problemLine(problem: ProblemRow, today: Day): string[] {
  const requirement = problem.origin.kind === 'CANDIDATE' ? REQUIREMENTS[problem.origin.rule] : GENERAL_REQUIREMENT;
  return [
    String(problem.number),
    problem.title,
    `${sentenceBody(problem.description)}。\n（来源：${sourceOf(problem.origin)}）`,
    `${requirement}。\n责任人：${problem.owner.name}`,
    // The two narrow columns break where a reader would: after the year, and before the stage of an overdue item.
    chineseDate(problem.deadline).replace('年', '年\n'),
    problemStatus(problem.stage, problem.deadline, today).statusLabel.replace('（', '\n（'),
  ];
}

/** "其中待整改2项、逾期1项": only the statuses that occur, in the order of the lifecycle. */
function statusCounts(problems: ProblemRow[], today: Day): string {
  const counts = new Map<ProblemStatus, number>();
  for (const p of problems) {
    const { status } = problemStatus(p.stage, p.deadline, today);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return PROBLEM_STATUSES.filter((s) => counts.has(s))
    .map((s) => `${PROBLEM_STATUS_LABELS[s]}${counts.get(s)}项`)
    .join('、');
}

/**
 * 问题清单 of a county's month as the bureau sends it to the county: what is on it and how far each
 * item stands on `today`, then what the county must do. A month without problems says so, without a table.
 */
export function problemListDocument(list: ProblemListSource, today: Day, office: IssuingOffice): OfficialDocument {
  const { countyName, monthLabel, problems } = list;
  const body: DocumentBlock[] = problems.length
    ? [
        paragraph(
          `现将你局${monthLabel}反诈工作问题清单印发给你们。清单共列问题${problems.length}项，其中${statusCounts(problems, today)}。`,
        ),
        {
          kind: 'table',
          caption: null,
          header: ['序号', '问题', '依据/来源', '整改要求', '整改期限', '状态'],
          widths: [0.07, 0.17, 0.29, 0.21, 0.12, 0.14],
          textColumns: [1, 2, 3],
          rows: problems.map((p) => problemLine(p, today)),
        },
        paragraph(
          '请你局对照清单逐项落实整改，整改完成一项、报告一项，于各项整改期限前将整改情况报送我局；逾期未完成整改的，将视情下发工作提示函或予以约谈。',
        ),
      ]
    : [paragraph(`经梳理，你局${monthLabel}反诈工作暂无列入清单的问题。请继续保持，巩固工作成效。`)];
  return {
    kind: PROBLEM_LIST_KIND,
    number: null,
    mark: null,
    title: `${countyName}${monthLabel}反诈工作问题清单`,
    addressee: countyName,
    body,
    signature: office.organ,
    date: today,
    office,
  };
}
