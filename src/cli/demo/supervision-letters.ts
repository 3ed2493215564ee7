import { Day, addDays } from '../../common/business-day';
import { unitChief, userOf } from './demo-chiefs';
import { DemoCity } from './demo-organization';
import { DekadRanking, RankedPlace, SupervisionCalendar, standing } from './supervision-calendar';
import { DatedStep, SupervisionClient } from './supervision-client';

/** How far a letter of the demo has got; each stage takes the steps before it. */
const STAGES = ['DRAFT', 'ISSUED', 'DELIVERED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED'] as const;
export type LetterStage = (typeof STAGES)[number];

export interface DemoLetter {
  letterId: string;
  unitId: string;
  title: string;
  findings: string;
  draftedOn: Day;
  /** Days from the draft to the answer's deadline. */
  deadlineDays: number;
  evidence: { unitId: string; period: { kind: string; day: Day } };
  stage: LetterStage;
}

const REQUIREMENTS = ['对本期发案逐起复盘，查找防范漏洞', '预警指令逐条见面核查，落实劝阻', '压实防区长责任，按期书面回复整改措施'];

/** The steps after the draft, the unit's chief signing and answering. */
function stepsAfterDraft(city: DemoCity, { unitId, draftedOn }: DemoLetter): DatedStep[] {
  const chief = unitChief(city, unitId, draftedOn);
  return [
    { after: 0, time: '15:00', mutation: 'issueLetter', inputType: 'LetterStepInput' },
    { after: 1, time: '10:00', mutation: 'deliverLetter', inputType: 'LetterStepInput' },
    {
      after: 2,
      time: '10:00',
      mutation: 'acknowledgeLetter',
      inputType: 'AcknowledgeLetterInput',
      input: { signedBy: chief.name },
      by: userOf(chief),
    },
    {
      after: 7,
      time: '16:00',
      mutation: 'answerLetter',
      inputType: 'AnswerLetterInput',
      by: userOf(chief),
      input: { measures: '已组织对本期发案逐起复盘，落实预警指令逐条见面核查，防区长每日调度，专人跟踪整改。' },
    },
    { after: 10, time: '10:00', mutation: 'closeLetter', inputType: 'CloseLetterInput', input: { remark: '整改措施具体，予以办结' } },
  ];
}

/** Drafts a letter and takes it, step by step on the days after, as far as its stage. */
export async function sendLetter(
  client: SupervisionClient,
  city: DemoCity,
  calendar: SupervisionCalendar,
  letter: DemoLetter,
): Promise<void> {
  const { letterId, unitId, title, findings, draftedOn, deadlineDays, evidence, stage } = letter;
  await client.at(draftedOn, '09:30').record('draftLetter', 'DraftLetterInput', `draftLetter:${letterId}`, {
    letterId,
    unitId,
    title,
    findings,
    requirements: REQUIREMENTS,
    deadline: addDays(draftedOn, deadlineDays),
    evidence,
  });
  const steps = stepsAfterDraft(city, letter).slice(0, STAGES.indexOf(stage));
  await client.recordSteps((days) => calendar.after(draftedOn, days), { letterId }, steps);
}

/** A letter to the weakest unit of a dekad's ranking (skipping units written to already), citing that dekad. */
export function letterToWeakest(
  ranking: DekadRanking,
  citedDay: Day,
  skip: string[],
  letter: Pick<DemoLetter, 'letterId' | 'draftedOn' | 'deadlineDays' | 'stage'>,
): DemoLetter {
  const place = ranking.rows.filter((r) => !skip.includes(r.unitId)).at(-1) as RankedPlace;
  const station = place.countyId !== place.unitId;
  const [you, ranked] = station ? ['你所', '防区'] : ['你局', '县（区）'];
  return {
    ...letter,
    unitId: place.unitId,
    title: `关于${station ? '防区' : '县局'}排名靠后的工作提示`,
    findings: `${ranking.label}，${you}${standing(ranking, place, ranked)}，请高度重视。`,
    evidence: { unitId: place.unitId, period: { kind: 'DEKAD', day: citedDay } },
  };
}
