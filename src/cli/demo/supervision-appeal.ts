import { eventIdFor } from '../../common/ids';
import { appealStream } from '../../supervision/appeals/events/appeal.events';
import { chiefOf, userOf } from './demo-chiefs';
import { DemoCity } from './demo-organization';
import { RankedPlace, SupervisionCalendar } from './supervision-calendar';
import { SupervisionClient, demoStepKey } from './supervision-client';

const FILED = 'fileAppeal:demo';

/** The stream of the demo's appeal, known before it is filed: an appeal is known by the id of the event filing it. */
export const demoAppealStream = () => appealStream(eventIdFor(demoStepKey(FILED)));

/** The chief of the weakest station two dekads back contests its score of that dekad; evaluation staff reject the appeal. */
export async function recordAppeal(client: SupervisionClient, city: DemoCity, calendar: SupervisionCalendar): Promise<number> {
  const contested = calendar.dekad(2);
  const place = calendar.dekad(1).stationsBefore.rows.at(-1) as RankedPlace;
  const filedOn = calendar.day(1, 3);
  const chief = chiefOf(city, place.unitId, 'STATION_CHIEF', filedOn);
  const { appealId } = await client.at(filedOn, '11:00').record<{ appealId: string }>(
    'fileAppeal',
    'FileAppealInput',
    FILED,
    {
      chiefId: chief.id,
      unitId: place.unitId,
      from: contested.from,
      to: contested.to,
      reviewWithinDays: 7,
      reason: '本旬部分警情系外地人员在本辖区报案，受骗地不在本防区，申请复核计分',
    },
    userOf(chief),
    'appealId',
  );
  await client.recordSteps((days) => calendar.after(filedOn, days), { appealId }, [
    {
      after: 3,
      time: '15:00',
      mutation: 'reviewAppeal',
      inputType: 'ReviewAppealInput',
      input: { outcome: 'REJECTED', reasoning: '按考评办法，警情、发案按受理地计入防区，原计分无误，驳回申诉' },
    },
  ]);
  return 1;
}
