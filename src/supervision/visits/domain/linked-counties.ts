import { Day, addDays } from '../../../common/business-day';

export interface Tenure {
  appointedFrom: Day;
  removedFrom: Day | null;
}

/** One dated link of a city chief (挂钩): these counties from `effectiveFrom` until the next one. */
export interface Link {
  effectiveFrom: Day;
  unitIds: string[];
}

export const inOffice = (tenure: Tenure, day: Day) =>
  tenure.appointedFrom <= day && (tenure.removedFrom === null || tenure.removedFrom > day);

/** The counties linked to a chief on any day of [from, to] that he was in office, in the order first linked. */
export function countiesLinkedDuring(tenure: Tenure, links: Link[], from: Day, to: Day): string[] {
  const start = from > tenure.appointedFrom ? from : tenure.appointedFrom;
  const lastInOffice = tenure.removedFrom === null ? to : addDays(tenure.removedFrom, -1);
  const end = lastInOffice < to ? lastInOffice : to;
  if (start > end) return [];
  const sorted = [...links].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const linked = new Set<string>();
  sorted.forEach((link, i) => {
    const next = sorted[i + 1];
    const until = next ? addDays(next.effectiveFrom, -1) : null;
    if (link.effectiveFrom <= end && (until === null || until >= start)) link.unitIds.forEach((id) => linked.add(id));
  });
  return [...linked];
}
