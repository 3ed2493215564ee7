import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { LISTINGS, LISTING_REVIEWS, listingsProjection as projection } from './listings.projection';

const placed = {
  listingId: 'GP-1',
  target: { stationId: 'st-a', stationName: '凤岗派出所', areaName: '凤岗防区', township: '凤岗街道' },
  countyId: 'county-sx',
  reason: 'r',
  evidence: { unitId: 'st-a' },
  deadline: '2026-03-31',
  exitConditions: [{ indicator: 'cases' }],
  listedOn: '2026-03-01',
};
const key = { listingId: 'GP-1' };

describe('listings projection', () => {
  it('inserts a placed listing under its station, keeping the original deadline', () => {
    expect(projection.project(storedEvent('ListingPlaced', placed))).toEqual([
      {
        op: 'insert',
        table: LISTINGS,
        row: {
          ...placed,
          stationId: 'st-a',
          status: 'LISTED',
          originalDeadline: '2026-03-31',
          lastReview: null,
          escalation: null,
          delistedOn: null,
          delistNote: null,
        },
      },
    ]);
  });

  it('keeps every review and the latest on the listing', () => {
    const review = { number: 2, asOf: '2026-04-01', conditions: [{ met: true }], met: true };
    expect(projection.project(storedEvent('ListingReviewed', { listingId: 'GP-1', ...review }))).toEqual([
      { op: 'upsert', table: LISTINGS, key, values: { lastReview: review } },
      { op: 'insert', table: LISTING_REVIEWS, row: { listingId: 'GP-1', ...review } },
    ]);
  });

  it('follows extension, escalation and delisting', () => {
    expect(
      projection.project(
        storedEvent('ListingExtended', { listingId: 'GP-1', deadline: '2026-04-30', previousDeadline: '2026-03-31', reason: 'r' }),
      ),
    ).toEqual([{ op: 'upsert', table: LISTINGS, key, values: { status: 'EXTENDED', deadline: '2026-04-30' } }]);
    const escalation = { escalatedOn: '2026-04-02', reason: 'r', interviewId: 'YT-5' };
    expect(projection.project(storedEvent('ListingEscalated', { listingId: 'GP-1', ...escalation }))).toEqual([
      { op: 'upsert', table: LISTINGS, key, values: { status: 'ESCALATED', escalation } },
    ]);
    expect(
      projection.project(
        storedEvent('ListingDelisted', {
          listingId: 'GP-1',
          delistedOn: '2026-04-05',
          note: 'n',
          review: { number: 2, asOf: '2026-04-01' },
        }),
      ),
    ).toEqual([{ op: 'upsert', table: LISTINGS, key, values: { status: 'DELISTED', delistedOn: '2026-04-05', delistNote: 'n' } }]);
  });

  it.each(['InterviewOrdered', 'FraudAlertReceived', 'toString'])('ignores %s', (type) => {
    expect(projection.project(storedEvent(type, placed))).toEqual([]);
  });
});
