/** Counts of (county, status) pairs, ordered by county then status. */
export function countByCountyAndStatus<S extends string>(
  items: Array<{ countyId: string; status: S }>,
): Array<{ countyId: string; status: S; count: number }> {
  const counts = new Map<string, { countyId: string; status: S; count: number }>();
  for (const { countyId, status } of items) {
    const key = `${countyId}\u0000${status}`;
    const entry = counts.get(key) ?? { countyId, status, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.countyId.localeCompare(b.countyId) || a.status.localeCompare(b.status));
}
