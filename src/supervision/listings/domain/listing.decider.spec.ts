import { given } from '../../../common/decider.spec-helpers';
import { IndicatorCounts, emptyCounts } from '../../../scoring/domain/indicators';
import { UnitFacts } from '../../common/domain/organization-facts';
import { Evidence } from '../../evidence/domain/evidence';
import { ListingEvent, ListingPlaced, ListingReviewed } from '../events/listing.events';
import { ExitCondition } from './exit-condition';
import { PeriodCounts, evaluateExit } from './exit-evaluation';
import { ListingCommand, PlaceListing, PlacingFacts, listingDecider as decider } from './listing.decider';

const evidence: Evidence = {
  unitId: 'st-a',
  unitName: '凤岗派出所',
  role: 'STATION_CHIEF',
  period: { kind: 'MONTH', from: '2026-02-01', to: '2026-02-28', label: '2026年2月' },
  rank: 3,
  rankedOf: 3,
  score: -9,
  indicators: { ...emptyCounts(), cases: 6 },
  lastYear: emptyCounts(),
  bulletin: null,
};
const exit: ExitCondition = { indicator: 'cases', comparator: 'AT_MOST', threshold: 1, per: 'DEKAD', consecutive: 2 };
const placeData = {
  listingId: 'GP-1',
  target: { stationId: 'st-a', stationName: '凤岗派出所', areaName: '凤岗防区', township: '凤岗街道' },
  countyId: 'county-sx',
  reason: '2月发案6起, 全市末位',
  evidence,
  deadline: '2026-03-31',
  exitConditions: [exit],
};
const placed: ListingPlaced = { type: 'ListingPlaced', data: { ...placeData, listedOn: '2026-03-01' } };
const station: PlacingFacts['station'] = {
  unitId: 'st-a',
  name: '凤岗派出所',
  level: 'STATION',
  parentId: 'county-sx',
  areaName: '凤岗防区',
};
const place = (over: Partial<PlaceListing> = {}, facts: Partial<PlacingFacts> = {}): PlaceListing => ({
  type: 'PlaceListing',
  listingId: 'GP-1',
  township: '凤岗街道',
  reason: placeData.reason,
  deadline: placeData.deadline,
  exitConditions: [exit],
  today: '2026-03-01',
  facts: { station, evidence, ...facts },
  ...over,
});

const dekads = (cases: [number, number, number]): PeriodCounts[] =>
  [
    ['2026-03-01', '2026-03-10'],
    ['2026-03-11', '2026-03-20'],
    ['2026-03-21', '2026-03-31'],
  ].map(([from, to], i) => ({ from, to, counts: { ...emptyCounts(), cases: cases[i] } as IndicatorCounts }));
const review = (asOf: string, figures: PeriodCounts[], today = asOf): ListingCommand => ({
  type: 'ReviewListing',
  listingId: 'GP-1',
  asOf,
  today,
  facts: { figures },
});
const reviewed = (number: number, asOf: string, figures: PeriodCounts[]): ListingReviewed => ({
  type: 'ListingReviewed',
  data: { listingId: 'GP-1', number, asOf, ...evaluateExit([exit], '2026-03-01', asOf, figures) },
});
const unmet = reviewed(1, '2026-03-21', dekads([2, 0, 0]));
const met = reviewed(2, '2026-04-01', dekads([2, 1, 0]));
const extended: ListingEvent = {
  type: 'ListingExtended',
  data: { listingId: 'GP-1', deadline: '2026-04-30', previousDeadline: '2026-03-31', reason: '仍有发案' },
};
const escalated: ListingEvent = {
  type: 'ListingEscalated',
  data: { listingId: 'GP-1', escalatedOn: '2026-04-02', reason: '逾期未达标', interviewId: 'YT-5' },
};
const delist = (today: string): ListingCommand => ({ type: 'DelistListing', listingId: 'GP-1', note: '连续两旬发案不超过1起', today });

describe('listing decider', () => {
  it('places a listing with its target, frozen evidence, deadline and exit condition', () => {
    given(decider, []).when(place()).then([placed]);
  });

  it('places a listing of a whole defense area when no township is named', () => {
    given(decider, [])
      .when(place({ township: null }))
      .then([{ ...placed, data: { ...placed.data, target: { ...placeData.target, township: null } } }]);
  });

  it('refuses a unit that is no station, or a station of no county, as the station named', () => {
    const county: UnitFacts = { unitId: 'county-sx', name: '沙县分局', level: 'COUNTY', parentId: 'city' };
    given(decider, [])
      .when(place({}, { station: { ...county, areaName: null } }))
      .thenThrows({
        message: 'unit "county-sx" is a COUNTY; a listing names the station whose defense area is listed or contains the township',
        field: 'input.stationId',
      });
    given(decider, [])
      .when(place({}, { station: { ...station, parentId: null } }))
      .thenThrows({ message: 'unit "st-a" is a STATION', field: 'input.stationId' });
  });

  it('refuses a second placing, a deadline already past and no exit condition', () => {
    given(decider, [placed]).when(place()).thenThrows({ message: 'listing GP-1 was already placed', field: 'listingId' });
    given(decider, [])
      .when(place({ deadline: '2026-02-28' }))
      .thenThrows({
        message: '整改期限 2026-02-28 早于今天（2026-03-01） / the deadline 2026-02-28 is before today (2026-03-01)',
        field: 'deadline',
      });
    given(decider, [])
      .when(place({ exitConditions: [] }))
      .thenThrows({ field: 'exitConditions' });
  });

  describe('reviewing', () => {
    it('records the figures of each period and whether the condition is met, numbering the reviews', () => {
      const [first] = given(decider, [placed])
        .when(review('2026-03-21', dekads([2, 0, 0])))
        .then([unmet]) as ListingReviewed[];
      expect(first.data).toMatchObject({ number: 1, met: false });
      expect(first.data.conditions[0].periods.map((p) => [p.label, p.value, p.met])).toEqual([
        ['2026年3月上旬', 2, false],
        ['2026年3月中旬', 0, true],
      ]);
      given(decider, [placed, unmet])
        .when(review('2026-04-01', dekads([2, 1, 0])))
        .then([met]);
    });

    it('refuses a review of days not over or before the listing, and of a delisted listing', () => {
      given(decider, [placed])
        .when(review('2026-03-22', [], '2026-03-21'))
        .thenThrows({ message: 'a review looks at days that are over; 2026-03-22 is after today', field: 'asOf' });
      given(decider, [placed])
        .when(review('2026-02-27', []))
        .thenThrows({ message: '2026-02-27 is before the listing (2026-03-01)', field: 'asOf' });
      const delisted: ListingEvent = {
        type: 'ListingDelisted',
        data: { listingId: 'GP-1', delistedOn: '2026-04-01', note: null, review: { number: 2, asOf: '2026-04-01' } },
      };
      given(decider, [placed, unmet, met, delisted])
        .when(review('2026-04-01', dekads([2, 1, 0])))
        .thenThrows('listing GP-1 is 已摘牌 (DELISTED)');
      given(decider, []).when(review('2026-04-01', [])).thenThrows({ message: 'listing GP-1 has not been placed', field: 'listingId' });
    });
  });

  describe('delisting (摘牌)', () => {
    it('delists when the latest review met the exit condition, citing that review', () => {
      given(decider, [placed, unmet, met])
        .when(delist('2026-04-01'))
        .then([
          {
            type: 'ListingDelisted',
            data: { listingId: 'GP-1', delistedOn: '2026-04-01', note: '连续两旬发案不超过1起', review: { number: 2, asOf: '2026-04-01' } },
          },
        ]);
    });

    it('refuses before any review, and names the unmet condition in Chinese', () => {
      given(decider, [placed]).when(delist('2026-03-21')).thenThrows({
        message:
          '不能摘牌：尚未复核，请先复核，确认满足摘牌条件 / cannot delist: the listing has not been reviewed; review it to confirm the exit condition is met',
        field: 'listingId',
      });
      given(decider, [placed, unmet]).when(delist('2026-03-21')).thenThrows({
        message:
          '不能摘牌：最近一次复核（截至 2026-03-21）「发案数每旬≤1，连续2旬」未满足：2026年3月上旬为2 / cannot delist: the latest review (as of 2026-03-21) found 1 exit condition(s) unmet',
        field: 'listingId',
      });
    });

    it('goes by the latest review: a met review followed by an unmet one does not delist', () => {
      given(decider, [
        placed,
        met,
        reviewed(2, '2026-04-11', [...dekads([2, 1, 0]), { from: '2026-04-01', to: '2026-04-10', counts: { ...emptyCounts(), cases: 4 } }]),
      ])
        .when(delist('2026-04-11'))
        .thenThrows('2026年4月上旬为4');
    });
  });

  describe('extension and escalation', () => {
    it('extends a listing whose deadline passed unmet, keeping the previous deadline', () => {
      given(decider, [placed, unmet])
        .when({ type: 'ExtendListing', listingId: 'GP-1', deadline: '2026-04-30', reason: '仍有发案', today: '2026-04-01' })
        .then([extended]);
    });

    it('refuses to extend before the deadline passed, after a review that met the condition, or to an earlier deadline', () => {
      const extend = (deadline: string, today: string): ListingCommand => ({
        type: 'ExtendListing',
        listingId: 'GP-1',
        deadline,
        reason: 'r',
        today,
      });
      given(decider, [placed])
        .when(extend('2026-04-30', '2026-03-31'))
        .thenThrows({ message: 'listing GP-1 is due on 2026-03-31; it can be extended once that day is over', field: 'listingId' });
      given(decider, [placed, met])
        .when(extend('2026-04-30', '2026-04-01'))
        .thenThrows('met the exit condition: delist listing GP-1 instead');
      given(decider, [placed, unmet])
        .when(extend('2026-03-31', '2026-04-01'))
        .thenThrows({ message: 'must be after the current one (2026-03-31)', field: 'deadline' });
      given(decider, [placed, unmet, extended])
        .when(extend('2026-04-20', '2026-05-01'))
        .thenThrows({ message: 'not before today (2026-05-01)', field: 'deadline' });
    });

    it('escalates to an interview when the deadline passed unmet, once until extended again', () => {
      given(decider, [placed, unmet])
        .when({ type: 'EscalateListing', listingId: 'GP-1', reason: '逾期未达标', interviewId: 'YT-5', today: '2026-04-02' })
        .then([escalated]);
      given(decider, [placed, unmet, escalated])
        .when({ type: 'EscalateListing', listingId: 'GP-1', reason: 'again', interviewId: null, today: '2026-04-03' })
        .thenThrows('was already escalated');
      given(decider, [placed])
        .when({ type: 'EscalateListing', listingId: 'GP-1', reason: 'early', interviewId: null, today: '2026-03-15' })
        .thenThrows('can be escalated once that day is over');
    });

    it('follows the status through extension and escalation, and an escalated listing may still be delisted', () => {
      expect(given(decider, [placed, unmet, extended]).state).toMatchObject({ status: 'EXTENDED', deadline: '2026-04-30' });
      expect(given(decider, [placed, unmet, escalated]).state.status).toBe('ESCALATED');
      given(decider, [placed, unmet, escalated, met])
        .when(delist('2026-04-02'))
        .then([
          {
            type: 'ListingDelisted',
            data: { listingId: 'GP-1', delistedOn: '2026-04-02', note: '连续两旬发案不超过1起', review: { number: 2, asOf: '2026-04-01' } },
          },
        ]);
    });
  });
});
