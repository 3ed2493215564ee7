import { chineseDate } from '../../../common/chinese-date';
import { chineseDateTime, sentenceBody } from '../../common/document/chinese-text';
import { figureLines, figuresCaption, figuresTable } from '../../common/document/evidence-figures';
import { IssuingOffice } from '../../common/document/issuing-office';
import { DocumentBlock, OfficialDocument, heading, paragraph } from '../../common/document/official-document';
import { InterviewTarget } from '../events/interview.events';
import { InterviewRow, RequirementRow } from '../projections/interviews.projection';

export const INTERVIEW_NOTICE_KIND = '约谈通知书';

/** Who is interviewed, as the notice names him: "林建国同志", "主要负责人", "行长李明同志". */
function interviewee(target: InterviewTarget): string {
  if (target.kind === 'INDUSTRY') return `${target.personTitle}${target.personName}同志`;
  return target.chief ? `${target.chief.name}同志` : '主要负责人';
}

/** The unit or organisation addressed: the interviewed unit, or the industry's organisation. */
const addresseeOf = (target: InterviewTarget) => (target.kind === 'UNIT' ? target.unitName : target.organization);

/** 约谈时间、地点和约谈人: as scheduled, or to be notified. */
function scheduleBlocks(row: InterviewRow): DocumentBlock[] {
  const { schedule } = row;
  if (!schedule) return [paragraph(`约谈时间、地点另行通知。约谈人：${row.orderedBy.name}。`)];
  return [
    paragraph(`约谈时间：${chineseDateTime(schedule.at)}。`),
    paragraph(`约谈地点：${sentenceBody(schedule.place)}。`),
    paragraph(`约谈人：${sentenceBody(schedule.interviewer)}。`),
  ];
}

/** 有关要求: to attend and report; once held, the requirements recorded with their deadlines. */
function requirementBlocks(requirements: RequirementRow[]): DocumentBlock[] {
  const attend = paragraph('（一）请被约谈人按时参加约谈，如实汇报问题原因及整改措施，并提交书面材料。');
  if (requirements.length === 0) {
    return [attend, paragraph('（二）约谈后，请按约谈要求制定整改方案，逐项落实整改，并将整改情况书面报送我局。')];
  }
  return [
    attend,
    paragraph('（二）约谈提出以下整改要求，请逐项按期落实：'),
    ...requirements.map((r) => paragraph(`${r.number}．${sentenceBody(r.text)}，${chineseDate(r.deadline)}前完成。`)),
    paragraph('整改情况请于期限届满前书面报送我局，我局将逐项回访核查。'),
  ];
}

/**
 * 约谈通知书: who is interviewed and why, with the figures it rests on; when, where and by whom once
 * scheduled; what is asked of him, and once held the requirements recorded. A cancelled interview's
 * notice is stamped 已取消.
 */
export function interviewNotice(row: InterviewRow, requirements: RequirementRow[], office: IssuingOffice): OfficialDocument {
  const who = interviewee(row.target);
  const addressee = addresseeOf(row.target);
  const reason = sentenceBody(row.reason);
  return {
    kind: INTERVIEW_NOTICE_KIND,
    number: null,
    mark: row.status === 'CANCELLED' ? '已取消' : null,
    title: `关于约谈${addressee}${who}的通知`,
    addressee,
    body: [
      paragraph(`因${reason}，根据反诈工作考评有关规定，经研究，决定对你单位${who}进行约谈。现将有关事项通知如下：`),
      heading('一、约谈事由'),
      paragraph(`${reason}。主要指标如下表。`),
      figuresTable(figuresCaption(row.evidence), figureLines(row.evidence)),
      heading('二、约谈时间、地点和约谈人'),
      ...scheduleBlocks(row),
      heading('三、有关要求'),
      ...requirementBlocks(requirements),
    ],
    signature: office.organ,
    date: row.orderedOn,
    office,
  };
}
