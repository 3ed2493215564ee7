import { Day, addDays } from '../../common/business-day';
import { chiefOf, userOf } from './demo-chiefs';
import { DemoCity } from './demo-organization';
import { SupervisionCalendar } from './supervision-calendar';
import { DatedStep, DemoUser, SupervisionClient } from './supervision-client';
import { RecordedVisit } from './supervision-visits';

const plan = (by: DemoUser): DatedStep => ({
  after: 3,
  time: '15:00',
  mutation: 'startProblemRectification',
  inputType: 'StartProblemRectificationInput',
  input: { plan: '分管副局长牵头，对辖区发案逐起复盘，落实预警见面核查' },
  by,
});
const rectified = (by: DemoUser): DatedStep => ({
  after: 10,
  time: '15:00',
  mutation: 'reportProblemRectified',
  inputType: 'ReportProblemRectifiedInput',
  input: { text: '已完成逐起复盘，落实预警见面核查，整改材料已报送', references: ['整改情况报告'] },
  by,
});
const verified: DatedStep = {
  after: 14,
  time: '10:00',
  mutation: 'verifyProblemRectification',
  inputType: 'VerifyProblemRectificationInput',
  input: { note: '经核验整改到位，予以销号' },
};

/**
 * How far each of four visit points raised as problems gets: verified, rectified awaiting
 * verification, being rectified within its deadline, and raised with nothing done past its deadline.
 */
const PLANS: Array<{ deadlineDays: number; steps: (owner: DemoUser) => DatedStep[] }> = [
  { deadlineDays: 15, steps: (owner) => [plan(owner), rectified(owner), verified] },
  { deadlineDays: 15, steps: (owner) => [plan(owner), rectified(owner)] },
  { deadlineDays: 60, steps: (owner) => [plan(owner)] },
  { deadlineDays: 15, steps: () => [] },
];

/** Problems on the counties' monthly lists (问题清单): points raised on visits four dekads back, and a candidate from the figures. */
export async function recordProblems(
  client: SupervisionClient,
  city: DemoCity,
  calendar: SupervisionCalendar,
  visits: RecordedVisit[],
): Promise<number> {
  const firstPerCounty = visits.filter((v) => v.back === 4).filter((v, i, all) => all.findIndex((w) => w.countyId === v.countyId) === i);
  const raised = firstPerCounty.slice(0, PLANS.length);
  for (const [i, visit] of raised.entries()) {
    const { deadlineDays, steps } = PLANS[i];
    const raisedOn = calendar.after(visit.day, 1);
    const owner = chiefOf(city, visit.countyId, 'COUNTY_CHIEF', raisedOn);
    const { problemId } = await client.at(raisedOn, '16:00').record<{ problemId: string }>(
      'raiseProblemFromVisit',
      'RaiseProblemFromVisitInput',
      `problem:${visit.visitId}`,
      {
        countyId: visit.countyId,
        month: visit.day.slice(0, 7),
        ownerChiefId: owner.id,
        deadline: addDays(raisedOn, deadlineDays),
        visitId: visit.visitId,
        pointNumber: 1,
        title: `${visit.stationName}排名靠后，查找原因、限期整改`,
        evidence: { unitId: visit.stationId, period: { kind: 'DEKAD', day: visit.citedDay } },
      },
      undefined,
      'problemId',
    );
    await client.recordSteps((days) => calendar.after(raisedOn, days), { problemId }, steps(userOf(owner)));
  }
  return raised.length + (await adoptCandidate(client, city, calendar.until));
}

const LIST = `query($countyId: ID!, $month: String!) { problemList(countyId: $countyId, month: $month) { candidates { key } problems { origin { kind } } } }`;

interface ProblemList {
  candidates: Array<{ key: string }>;
  problems: Array<{ origin: { kind: string } }>;
}

/** The first county whose figures of the last month propose a problem puts it on its list (unless a run cut short did). */
async function adoptCandidate(client: SupervisionClient, city: DemoCity, day: Day): Promise<number> {
  const month = day.slice(0, 7);
  client.at(day, '11:00');
  for (const county of city.counties) {
    const { problemList } = await client.query<{ problemList: ProblemList }>(LIST, { countyId: county.id, month });
    if (problemList.problems.some((p) => p.origin.kind === 'CANDIDATE')) return 1;
    const [candidate] = problemList.candidates;
    if (!candidate) continue;
    await client.record('adoptProblemCandidate', 'AdoptProblemCandidateInput', `candidate:${county.id}:${candidate.key}`, {
      countyId: county.id,
      month,
      candidateKey: candidate.key,
      ownerChiefId: chiefOf(city, county.id, 'COUNTY_CHIEF', day).id,
      deadline: addDays(day, 20),
    });
    return 1;
  }
  return 0;
}
