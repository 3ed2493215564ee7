import { Day, addDays } from '../../common/business-day';
import { leaderFor, unitChief, userOf } from './demo-chiefs';
import { DemoChief, DemoCity } from './demo-organization';
import { SupervisionCalendar } from './supervision-calendar';
import { DemoUser, SupervisionClient } from './supervision-client';

/** A chief answering as himself, his name on the token: his 复盘 is signed with it. */
const answerer = (chief: DemoChief): DemoUser => ({ ...userOf(chief), name: chief.name });

const PUBLISHED = `query($day: Day!) { bulletin(day: $day) { number } }`;
const PUBLISH = `mutation($day: Day!) { publishBulletin(day: $day) { eventIds } }`;

/** Publishes a day's bulletin unless it is already: a run cut short and started again does not publish it twice. */
async function publish(client: SupervisionClient, day: Day): Promise<void> {
  const { bulletin } = await client.at(addDays(day, 1), '08:30').query<{ bulletin: unknown }>(PUBLISHED, { day });
  if (!bulletin) await client.query(PUBLISH, { day });
}

/**
 * 领导批示 on the demo's bulletins, as seed 000 tells it ("请两地所长和属县专班复盘"): the bulletins
 * of the three days before the last are published (the last day's is left for staff to publish);
 * on the first, the weakest county's leader tells its two weakest stations and its task force to
 * review; one station and the task force answer, the other station lets the due day pass. On the
 * third, the weakest station of the city is told to review by a later day, and answers.
 */
export async function recordInstructions(
  client: SupervisionClient,
  city: DemoCity,
  calendar: SupervisionCalendar,
): Promise<{ bulletins: number; instructions: number }> {
  const days = [3, 2, 1].map((back) => addDays(calendar.until, -back));
  for (const day of days) await publish(client, day);
  const [first, , third] = days;
  const { stationsBefore, countiesBefore } = calendar.dekad(0);
  const county = countiesBefore.rows.at(-1)!;
  const [weaker, weakest] = stationsBefore.rows.filter((r) => r.countyId === county.unitId).slice(-2);
  const instruct = async (day: Day, key: string, input: Record<string, unknown>) => {
    const leader = leaderFor(city, county.unitId, day);
    const { instructionId } = await client
      .at(addDays(day, 1), '09:30')
      .record<{ instructionId: string }>(
        'issueBulletinInstruction',
        'IssueBulletinInstructionInput',
        `instruction:${key}`,
        { bulletinDay: day, chiefId: leader.id, ...input },
        userOf(leader),
        'instructionId',
      );
    return instructionId;
  };
  const answer = (instructionId: string, unitId: string, day: Day, text: string) =>
    client
      .at(day, '17:00')
      .record(
        'answerBulletinInstruction',
        'AnswerBulletinInstructionInput',
        `answer:${instructionId}:${unitId}`,
        { instructionId, unitId, text },
        answerer(unitChief(city, unitId, day)),
      );

  const reviewed = await instruct(first, 'first', {
    text: `${county.unitName}近期警情多发，${weaker.unitName}、${weakest.unitName}排名靠后，请两地所长和属县专班复盘，查找防范漏洞，限期整改。`,
    units: [{ unitId: weaker.unitId }, { unitId: weakest.unitId }, { unitId: county.unitId, taskForce: true }],
    dueDay: addDays(first, 2),
  });
  await answer(reviewed, weaker.unitId, addDays(first, 2), '已逐起复盘本所警情：2起预警未见面核查，已约谈社区民警，整改见面核查流程。');
  await answer(reviewed, county.unitId, addDays(first, 2), '专班已复盘全县警情，形成问题清单3条，明确责任所队和整改时限。');

  const worst = stationsBefore.rows.at(-1)!;
  const again = await instruct(third, 'third', {
    text: `${worst.unitName}预警见面率偏低，请所长复盘近一旬预警处置情况。`,
    units: [{ unitId: worst.unitId }],
    dueDay: addDays(third, 3),
  });
  await answer(again, worst.unitId, addDays(third, 1), '已复盘近一旬预警指令处置情况，见面核查不到位的已逐一补见面。');
  return { bulletins: days.length, instructions: 2 };
}
