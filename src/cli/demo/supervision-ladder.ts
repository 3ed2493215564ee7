import { addDays } from '../../common/business-day';
import { chiefOf, leaderFor, userOf } from './demo-chiefs';
import { DemoCity } from './demo-organization';
import { SupervisionCalendar } from './supervision-calendar';
import { SupervisionClient } from './supervision-client';
import { DemoLetter, letterToWeakest, sendLetter } from './supervision-letters';
import { DemoSuggestion, decideSuggestion, suggestedOn } from './supervision-suggestions';

const TITLES: Record<string, string> = {
  BOTTOM_TWO_DEKADS: '关于排名连续靠后的工作提示',
  CASES_UP_YEAR_ON_YEAR: '关于电诈发案同比上升的工作提示',
  FACE_TO_FACE_UNDER_TARGET: '关于预警见面率偏低的工作提示',
};

/** Why a suggested letter is not taken up, in terms of what the rule found. */
const DISMISSALS: Record<string, string> = {
  CASES_UP_YEAR_ON_YEAR: '本期发案系同一团伙连续作案，已立专案侦办，暂不发函',
  FACE_TO_FACE_UNDER_TARGET: '未见面的预警对象均已电话劝阻并核实未受骗，已列入本旬督导重点，暂不发函',
  BOTTOM_TWO_DEKADS: '排名靠后系辖区流动人口集中导致，已列入本旬督导重点，暂不发函',
};

const countyOf = (city: DemoCity, unitId: string) => city.stations.find((s) => s.id === unitId)?.countyId ?? unitId;

export interface LadderSummary {
  letters: number;
  interviews: number;
  decisions: number;
}

/**
 * The milder rungs of the ladder as the demo's staff climb them: a letter the figures suggest
 * (accepted) beside one they do not take up (dismissed), letters to the weakest units of the
 * rankings in every state from draft to closed, and an interview once a letter goes unanswered.
 */
export async function recordLadder(client: SupervisionClient, city: DemoCity, calendar: SupervisionCalendar): Promise<LadderSummary> {
  const first = await suggestedLetter(client, city, calendar);
  const [d4, d1, d0] = [calendar.dekad(4), calendar.dekad(1), calendar.dekad(0)];
  const second = letterToWeakest(d4.countiesBefore, d4.before, [], {
    letterId: 'DEMO-TSH-2',
    draftedOn: calendar.day(4, 1),
    deadlineDays: 15,
    stage: 'ANSWERED',
  });
  const unanswered = letterToWeakest(d4.stationsBefore, d4.before, [first.unitId], {
    letterId: 'DEMO-TSH-3',
    draftedOn: calendar.day(4, 3),
    deadlineDays: 10,
    stage: 'ACKNOWLEDGED',
  });
  const fourth = letterToWeakest(d1.stationsBefore, d1.before, [first.unitId, unanswered.unitId], {
    letterId: 'DEMO-TSH-4',
    draftedOn: calendar.day(1, 2),
    deadlineDays: 25,
    stage: 'DELIVERED',
  });
  const draft = letterToWeakest(d0.countiesBefore, d0.before, [second.unitId], {
    letterId: 'DEMO-TSH-5',
    draftedOn: calendar.day(0, 1),
    deadlineDays: 15,
    stage: 'DRAFT',
  });
  const ranked = [second, unanswered, fourth, draft];
  for (const letter of ranked) await sendLetter(client, city, calendar, letter);
  await interviewOverUnanswered(client, city, calendar, unanswered);
  // Two decisions on the first day's suggestions, and the interview's.
  return { letters: 1 + ranked.length, interviews: 1, decisions: 3 };
}

/** On the history's second day the figures suggest letters: one is written and the suggestion accepted, another dismissed. */
async function suggestedLetter(client: SupervisionClient, city: DemoCity, calendar: SupervisionCalendar): Promise<DemoLetter> {
  const asOf = calendar.day(5, 1);
  const letters = (await suggestedOn(client.at(asOf, '09:00'), asOf)).filter((s) => s.action === 'LETTER');
  const chosen = letters.find((s) => s.rule === 'BOTTOM_TWO_DEKADS') ?? letters[0];
  const dismissed =
    letters.find((s) => s.unitId !== chosen?.unitId && s.rule !== chosen?.rule) ?? letters.find((s) => s.unitId !== chosen?.unitId);
  if (!chosen || !dismissed) throw new Error(`the demo's figures as of ${asOf} suggest fewer than two letters`);
  const letter: DemoLetter = {
    letterId: 'DEMO-TSH-1',
    unitId: chosen.unitId,
    title: TITLES[chosen.rule] ?? '关于电诈防范工作的工作提示',
    findings: `${chosen.reason}。`,
    draftedOn: asOf,
    deadlineDays: 14,
    evidence: { unitId: chosen.unitId, period: { kind: chosen.evidence.period.kind, day: chosen.evidence.period.from } },
    stage: 'CLOSED',
  };
  await sendLetter(client, city, calendar, letter);
  const leader = userOf(leaderFor(city, countyOf(city, chosen.unitId), asOf));
  await decideSuggestion(client.at(asOf, '10:00'), chosen, asOf, { actionId: letter.letterId, note: '已起草工作提示函' }, leader);
  await decideSuggestion(client, dismissed, asOf, { reason: DISMISSALS[dismissed.rule] ?? '已列入本旬督导重点，暂不发函' }, leader);
  return letter;
}

/** Two days past its deadline the figures suggest interviewing the station chief; the leader orders it, and it is held and followed up. */
async function interviewOverUnanswered(
  client: SupervisionClient,
  city: DemoCity,
  calendar: SupervisionCalendar,
  letter: DemoLetter,
): Promise<void> {
  const asOf = calendar.after(addDays(letter.draftedOn, letter.deadlineDays), 2);
  const key = `LETTER_UNANSWERED:${letter.unitId}:${letter.letterId}`;
  const suggestion: DemoSuggestion | undefined = (await suggestedOn(client.at(asOf, '09:00'), asOf)).find((s) => s.key === key);
  if (!suggestion) throw new Error(`the demo's figures as of ${asOf} do not suggest an interview over letter ${letter.letterId}`);
  const chief = chiefOf(city, letter.unitId, 'STATION_CHIEF', asOf);
  const leader = leaderFor(city, countyOf(city, letter.unitId), asOf);
  const interviewId = 'DEMO-YT-1';
  const heldOn = calendar.after(asOf, 3);
  const heldAt = `${heldOn}T09:30:00+08:00`;
  await decideSuggestion(client.at(asOf, '10:00'), suggestion, asOf, { actionId: interviewId, note: '约谈所长' }, userOf(leader));
  await client.record(
    'orderInterview',
    'OrderInterviewInput',
    `orderInterview:${interviewId}`,
    {
      interviewId,
      unit: { unitId: letter.unitId, chiefId: chief.id },
      orderedBy: leader.id,
      reason: suggestion.reason,
      evidence: { unitId: letter.unitId, period: { kind: 'MONTH', day: asOf } },
      escalatedFrom: { kind: 'LETTER', id: letter.letterId },
      schedule: { at: heldAt, place: '市局三楼会议室', interviewer: leader.name },
    },
    userOf(leader),
  );
  await client.recordSteps((days) => calendar.after(heldOn, days), { interviewId }, [
    {
      after: 0,
      time: '11:00',
      mutation: 'holdInterview',
      inputType: 'HoldInterviewInput',
      input: {
        heldAt,
        attendees: [chief.name],
        requirements: [
          { text: '十日内对本月发案逐起复盘并书面报告', deadline: addDays(heldOn, 10) },
          { text: '组织全所民警开展一次反诈专题培训', deadline: addDays(heldOn, 20) },
        ],
      },
    },
    {
      after: 21,
      time: '10:00',
      mutation: 'checkInterviewFollowUp',
      inputType: 'CheckInterviewFollowUpInput',
      input: {
        results: [
          { requirement: 1, met: true, notes: '已按期报送复盘报告' },
          { requirement: 2, met: true, notes: '已组织专题培训' },
        ],
      },
    },
  ]);
}
