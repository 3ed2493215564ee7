import { addDays } from '../../common/business-day';
import { leaderFor, userOf } from './demo-chiefs';
import { DemoCity, DemoStation } from './demo-organization';
import { RankedPlace, SupervisionCalendar, standing } from './supervision-calendar';
import { SupervisionClient } from './supervision-client';

const LISTING = `query($id: ID!) { listing(listingId: $id) { lastReview { met } } }`;

/**
 * 挂牌整治 of the township around the weakest station three dekads back (townships are not units:
 * named after the station's town), with an exit condition on its cases, reviewed in the last dekad and
 * delisted if the figures met it then.
 */
export async function recordListing(client: SupervisionClient, city: DemoCity, calendar: SupervisionCalendar): Promise<number> {
  const { before, stationsBefore } = calendar.dekad(3);
  const place = stationsBefore.rows.at(-1) as RankedPlace;
  const station = city.stations.find((s) => s.id === place.unitId) as DemoStation;
  const township = station.name.replace(/派出所$/, '镇');
  const listedOn = calendar.day(3, 4);
  const listingId = 'DEMO-GP-1';
  await client.at(listedOn, '10:00').record(
    'listForRectification',
    'ListForRectificationInput',
    `listForRectification:${listingId}`,
    {
      listingId,
      stationId: station.id,
      township,
      deadline: addDays(listedOn, 45),
      reason: `${township}（${station.areaName}）${stationsBefore.label}${standing(stationsBefore, place, '防区')}，问题突出`,
      evidence: { unitId: station.id, period: { kind: 'DEKAD', day: before } },
      exitConditions: [
        {
          indicator: 'cases',
          comparator: 'AT_MOST',
          threshold: String(Math.max(1, Math.floor(place.cases / 2))),
          per: 'DEKAD',
          consecutive: 2,
        },
      ],
    },
    userOf(leaderFor(city, station.countyId, listedOn)),
  );
  const reviewedOn = calendar.day(0, 1);
  await client.recordSteps(() => reviewedOn, { listingId }, [
    { after: 0, time: '10:00', mutation: 'reviewListing', inputType: 'ReviewListingInput' },
  ]);
  const { listing } = await client.query<{ listing: { lastReview: { met: boolean } | null } }>(LISTING, { id: listingId });
  if (listing.lastReview?.met) {
    await client.recordSteps(() => reviewedOn, { listingId }, [
      {
        after: 0,
        time: '16:00',
        mutation: 'delistListing',
        inputType: 'DelistInput',
        input: { note: '连续两旬发案达到摘牌条件，予以摘牌' },
      },
    ]);
  }
  return 1;
}
