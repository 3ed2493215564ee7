import { countiesLinkedDuring, inOffice } from './linked-counties';

const tenure = { appointedFrom: '2026-01-01', removedFrom: null };
const links = [
  { effectiveFrom: '2026-01-01', unitIds: ['A'] },
  { effectiveFrom: '2026-05-15', unitIds: ['B', 'C'] },
  { effectiveFrom: '2026-06-01', unitIds: ['A'] },
];

describe('counties linked to a city chief', () => {
  it('takes the link valid on a day', () => {
    expect(countiesLinkedDuring(tenure, links, '2026-05-14', '2026-05-14')).toEqual(['A']);
    expect(countiesLinkedDuring(tenure, links, '2026-05-15', '2026-05-15')).toEqual(['B', 'C']);
    expect(countiesLinkedDuring(tenure, links, '2026-07-01', '2026-07-01')).toEqual(['A']);
  });

  it('takes every link valid on some day of a range, whatever order they are given in', () => {
    expect(countiesLinkedDuring(tenure, [...links].reverse(), '2026-05-11', '2026-05-20')).toEqual(['A', 'B', 'C']);
    expect(countiesLinkedDuring(tenure, links, '2026-05-21', '2026-05-31')).toEqual(['B', 'C']);
  });

  it("gives none before the first link, and none outside the chief's time in office", () => {
    expect(countiesLinkedDuring(tenure, links, '2025-12-21', '2025-12-31')).toEqual([]);
    expect(countiesLinkedDuring({ appointedFrom: '2026-01-01', removedFrom: '2026-05-15' }, links, '2026-05-15', '2026-05-20')).toEqual([]);
    expect(countiesLinkedDuring({ appointedFrom: '2026-01-01', removedFrom: '2026-05-16' }, links, '2026-05-11', '2026-05-20')).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(countiesLinkedDuring({ appointedFrom: '2026-05-21', removedFrom: null }, links, '2026-05-11', '2026-05-20')).toEqual([]);
  });

  it('is in office from the appointment to the day before the removal', () => {
    const removed = { appointedFrom: '2026-01-10', removedFrom: '2026-03-01' };
    expect([
      inOffice(removed, '2026-01-09'),
      inOffice(removed, '2026-01-10'),
      inOffice(removed, '2026-02-28'),
      inOffice(removed, '2026-03-01'),
    ]).toEqual([false, true, true, false]);
    expect(inOffice(tenure, '2099-01-01')).toBe(true);
  });
});
