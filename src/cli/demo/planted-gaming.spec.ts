import { businessDayOf } from '../../common/business-day';
import { DemoEntry } from './demo-timeline';
import { generateDemoCity } from './generate-demo-city';
import { GamingStations, PLANTED_GAMING } from './planted-gaming';

type Metadata = { unitId: string; occurredAt: string; recordedAt: string; idempotencyKey: string };
const metadataOf = (e: DemoEntry) => e.event.metadata as unknown as Metadata;
const dataOf = (e: DemoEntry) => e.event.data as Record<string, unknown>;
const plantedAt = (stationId: string) => PLANTED_GAMING.find((g) => g.stationId === stationId)!;

describe('the demo city’s planted gaming', () => {
  let byStation: Map<string, DemoEntry[]>;

  beforeAll(() => {
    const gaming = new Set(PLANTED_GAMING.map((g) => g.stationId));
    byStation = new Map([...gaming].map((id) => [id, []]));
    for (const entry of generateDemoCity()) byStation.get(metadataOf(entry).unitId)?.push(entry);
  });

  const ofType = (stationId: string, type: string, from: string, to: string) =>
    byStation.get(stationId)!.filter((e) => {
      const day = businessDayOf(metadataOf(e).occurredAt);
      return e.event.type === type && from <= day && day <= to;
    });
  const contactsIn = (stationId: string, from: string, to: string) => ofType(stationId, 'WarningContactMade', from, to);

  it('leaves every station outside the table to record its warnings as they happened', () => {
    const gaming = new GamingStations(2024, '2026-11-20');
    expect(gaming.warnings('station-sanyuan-02', '2026-06-01')).toBeUndefined();
    expect(gaming.warnings('station-sanyuan-01', '2026-04-30')).toBeUndefined();
    expect(gaming.warnings('station-sanyuan-01', '2026-05-01')).toBeDefined();
  });

  it('records every contact of 永安 as a dissuasion from March, as it did not before', () => {
    const { stationId, from, to } = plantedAt('station-yongan-01');
    const dissuadedShare = (f: string, t: string) => {
      const contacts = contactsIn(stationId, f, t).length;
      return ofType(stationId, 'WarningDissuaded', f, t).length / contacts;
    };
    expect(contactsIn(stationId, from, to).length).toBeGreaterThan(400);
    // Counted by the day each happened; a dissuasion claimed late in the day may fall on the next.
    expect(dissuadedShare(from, to)).toBeCloseTo(1, 2);
    expect(dissuadedShare('2025-06-01', '2026-01-31')).toBeLessThan(0.9);
  });

  it('records every contact of 尤溪 face to face from February, a mix of visits and calls before', () => {
    const { stationId, from, to } = plantedAt('station-youxi-01');
    const methods = (f: string, t: string) => new Set(contactsIn(stationId, f, t).map((e) => dataOf(e).method));
    expect([...methods(from, to)]).toEqual(['FACE_TO_FACE']);
    expect([...methods('2025-06-01', '2026-01-31')].sort()).toEqual(['FACE_TO_FACE', 'PHONE']);
  });

  it('types in 三元’s day-shift contacts at 17:30 in May and June, never putting one made in time past its deadline', () => {
    const { stationId, from, to } = plantedAt('station-sanyuan-01');
    const atShiftEnd = (f: string, t: string) =>
      contactsIn(stationId, f, t).filter((e) => metadataOf(e).occurredAt.endsWith('09:30:00.000Z'));
    expect(atShiftEnd(from, to).length).toBeGreaterThan(30);
    expect(atShiftEnd('2026-03-01', '2026-04-30')).toEqual([]);
    for (const contact of contactsIn(stationId, from, to)) {
      const { withinDeadline } = dataOf(contact);
      const deadline = byStation
        .get(stationId)!
        .find((e) => e.event.type === 'WarningInstructionReceived' && dataOf(e).instructionId === dataOf(contact).instructionId)!;
      expect(withinDeadline).toBe(metadataOf(contact).occurredAt <= (dataOf(deadline).deadline as string));
    }
  });

  it('has 大田 type in its August and September on-site checks in one sitting on 5 November, and its others as they happened', () => {
    const { stationId, from, to, recordedOn } = plantedAt('station-datian-01');
    const checks = ofType(stationId, 'WarningCheckedOnSite', from, to);
    expect(checks.length).toBeGreaterThan(50);
    expect(new Set(checks.map((e) => businessDayOf(metadataOf(e).recordedAt)))).toEqual(new Set([recordedOn]));
    // Over 30 days late, each carries the reason the service would have asked for; September's last days need none.
    const late = checks.filter((e) => (e.event.metadata as { lateEntry?: { reason: string; daysLate: number } }).lateEntry);
    expect(late.length).toBeGreaterThan(checks.length / 2);
    expect(
      late.every(
        (e) => e.event.metadata.lateEntry!.reason === '落地核查当时未录入，迎检前补录' && e.event.metadata.lateEntry!.daysLate > 30,
      ),
    ).toBe(true);
    const july = ofType(stationId, 'WarningCheckedOnSite', '2026-07-01', '2026-07-31');
    for (const check of july)
      expect(Date.parse(metadataOf(check).recordedAt) - Date.parse(metadataOf(check).occurredAt)).toBeLessThan(3_600_000);
  });
});
