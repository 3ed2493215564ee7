import { addDays } from '../../common/business-day';
import { activityContext } from './activity-context';
import { dayIndexOfDay } from './demo-clock';
import { buildDemoCity } from './demo-organization';
import { DemoEntry, DemoTimeline } from './demo-timeline';
import { simulateOutflow } from './outflow-activity';
import { Rng } from './prng';

describe('the demo city’s people gone abroad', () => {
  // Two years identified, and the returns of the first scheduled months on.
  const rng = new Rng(20250101);
  const timeline = new DemoTimeline(rng);
  const city = buildDemoCity();
  for (let day = '2025-01-01'; day <= '2025-12-31'; day = addDays(day, 1))
    simulateOutflow(activityContext(rng, timeline, day), city.counties);
  const events: DemoEntry[] = [];
  for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) events.push(...timeline.take(dayIndexOfDay(day)));
  const of = (type: string) => events.filter((e) => e.event.type === type);

  it('finds a handful a year per county, each at a station', () => {
    const registered = of('OutflowRegistered');
    expect(registered.length).toBeGreaterThan(3 * city.counties.length);
    expect(registered.length).toBeLessThan(8 * city.counties.length);
    const stations = new Set(city.stations.map((s) => s.id));
    expect(registered.every((e) => stations.has(e.event.metadata.unitId!))).toBe(true);
  });

  it('brings most back within months, persuaded for the most part, each after he was found and on his own station', () => {
    const found = new Map(of('OutflowRegistered').map((e) => [e.streamId, e.event.metadata]));
    const returned = of('OutflowReturned');
    expect(returned.length / found.size).toBeGreaterThan(0.75);
    expect(returned.filter((e) => (e.event.data as { way: string }).way === 'PERSUADED').length / returned.length).toBeGreaterThan(0.7);
    for (const { streamId, event } of returned) {
      const registration = found.get(streamId)!;
      expect(event.metadata.unitId).toBe(registration.unitId);
      const days = (Date.parse(event.metadata.occurredAt) - Date.parse(registration.occurredAt)) / 86_400_000;
      expect(days).toBeGreaterThan(19);
      expect(days).toBeLessThan(241);
    }
  });
});
