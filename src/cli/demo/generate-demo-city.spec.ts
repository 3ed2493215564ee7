import { createHash } from 'node:crypto';
import { businessDayOf } from '../../common/business-day';
import { CaseFiled, CaseLossAmended, CaseRevoked } from '../../facts/losses/events/loss.events';
import { WarningContactMade, WarningInstructionReceived } from '../../facts/warnings/events/warning-instruction.events';
import { DemoEntry } from './demo-timeline';
import { generateDemoCity } from './generate-demo-city';

const hashOf = (entries: Iterable<DemoEntry>) => {
  const hash = createHash('sha256');
  let count = 0;
  for (const entry of entries) {
    hash.update(JSON.stringify(entry));
    count += 1;
  }
  return { count, digest: hash.digest('hex') };
};
const dayOf = (e: DemoEntry) => businessDayOf(e.event.metadata.occurredAt);
const FOLLOW_UPS = new Set(['WarningContactMade', 'WarningDissuaded', 'VictimisedAfterWarning', 'ProtectiveMeasureApplied']);

describe('generateDemoCity', () => {
  let entries: DemoEntry[];
  beforeAll(() => {
    entries = [...generateDemoCity()];
  });
  const ofType = (type: string) => entries.filter((e) => e.event.type === type);

  it('is deterministic: same count, same events, same hash', () => {
    const again = [...generateDemoCity()];
    expect(again.length).toBe(entries.length);
    expect(again.slice(0, 500)).toEqual(entries.slice(0, 500));
    expect(again.slice(-500)).toEqual(entries.slice(-500));
    expect(hashOf(again)).toEqual(hashOf(entries));
    const firstWeek = (seed?: number) => hashOf(generateDemoCity({ seed, until: '2025-01-07' })).digest;
    expect(firstWeek(7)).not.toBe(firstWeek());
  });

  it('stops at `until`, yielding exactly the first days of the full run', () => {
    const january = [...generateDemoCity({ until: '2025-01-31' })];
    expect(january.every((e) => dayOf(e) <= '2025-01-31')).toBe(true);
    expect(january).toEqual(entries.slice(0, january.length));
    expect(dayOf(entries[january.length])).toBe('2025-02-01');
    expect(() => generateDemoCity({ until: '2024-12-31' }).next()).toThrow(RangeError);
  });

  it('yields the organisation and rule set first, then everything in occurredAt order', () => {
    const firstWarning = entries.findIndex((e) => e.event.type === 'WarningInstructionReceived');
    expect(entries.slice(0, firstWarning).map((e) => e.event.type)).toContain('RuleSetPublished');
    expect(entries[0]).toMatchObject({ streamId: 'unit-city', event: { type: 'UnitCreated' } });
    const backwards = entries.filter((e, i) => i > 0 && e.event.metadata.occurredAt < entries[i - 1].event.metadata.occurredAt);
    expect(backwards).toEqual([]);
  });

  it('gives every event complete metadata and a globally unique idempotency key', () => {
    const keys = new Set(entries.map((e) => e.event.metadata.idempotencyKey));
    expect(keys.size).toBe(entries.length);
    const incomplete = entries.filter(
      ({ event: { metadata: m } }) =>
        m.source !== 'demo' || !(m.recordedAt > m.occurredAt) || !m.correlationId || !m.causationId || !m.unitId || !m.actor.subject,
    );
    expect(incomplete).toEqual([]);
  });

  it('follows each warning instruction with events that carry its receipt time and kind', () => {
    const received = new Map<string, { at: string; deadline: string; streamId: string; kind: string }>();
    const wrong: DemoEntry[] = [];
    for (const e of entries) {
      const data = e.event.data as WarningInstructionReceived['data'] & WarningContactMade['data'];
      if (e.event.type === 'WarningInstructionReceived') {
        received.set(data.instructionId, {
          at: e.event.metadata.occurredAt,
          deadline: data.deadline,
          streamId: e.streamId,
          kind: data.kind,
        });
      } else if (FOLLOW_UPS.has(e.event.type)) {
        // Only instructions already seen are in the map, so a hit also proves the order.
        const instruction = received.get(data.instructionId);
        const inTime = e.event.metadata.occurredAt <= (instruction?.deadline ?? '');
        const contactAgrees = e.event.type !== 'WarningContactMade' || data.withinDeadline === inTime;
        const copied = data.warningReceivedAt === instruction?.at && data.warningKind === instruction.kind;
        if (instruction?.streamId !== e.streamId || !copied || !contactAgrees) wrong.push(e);
      }
    }
    expect(wrong).toEqual([]);
    // The city's proportions sit at about 76.5% (face-to-face and in time alike), well below 100%, so a station's quality can move them either way.
    const contacts = ofType('WarningContactMade').map((e) => e.event.data as WarningContactMade['data']);
    const faceToFace = contacts.filter((c) => c.method === 'FACE_TO_FACE').length / contacts.length;
    const inTime = contacts.filter((c) => c.withinDeadline).length / received.size;
    for (const proportion of [faceToFace, inTime]) {
      expect(proportion).toBeGreaterThan(0.75);
      expect(proportion).toBeLessThan(0.8);
    }
    expect(contacts.length / received.size).toBeGreaterThan(0.98);
  });

  it('corrects cases with the amounts, filing time and fraud type they replace', () => {
    const cases = new Map<string, { lossFen: number; filedAt: string; fraudType: string }>();
    const wrong: string[] = [];
    for (const { event } of entries) {
      if (event.type === 'CaseFiled') {
        const data = event.data as CaseFiled['data'];
        cases.set(data.caseId, { lossFen: data.lossFen, filedAt: event.metadata.occurredAt, fraudType: data.fraudType });
      } else if (event.type === 'CaseLossAmended' || event.type === 'CaseRevoked') {
        const data = event.data as CaseLossAmended['data'] & CaseRevoked['data'];
        const current = cases.get(data.caseId);
        const replaced = event.type === 'CaseRevoked' ? data.lossFen : data.previousLossFen;
        if (data.caseFiledAt !== current?.filedAt || replaced !== current.lossFen || data.fraudType !== current.fraudType)
          wrong.push(data.caseId);
        if (current && event.type === 'CaseLossAmended') current.lossFen = data.lossFen;
      }
    }
    expect(wrong).toEqual([]);
    expect(ofType('CaseLossAmended').length).toBeGreaterThan(0);
    expect(ofType('CaseRevoked').length).toBeGreaterThan(0);
  });

  it('reproduces the bulletin line of 2026-04-17: 5 alerts, 沙县 3 and 大田 2', () => {
    const alerts = ofType('FraudAlertReceived').filter((e) => dayOf(e) === '2026-04-17');
    expect(alerts).toHaveLength(5);
    expect(alerts.filter((e) => e.event.metadata.unitId.startsWith('station-shaxian-'))).toHaveLength(3);
    expect(alerts.filter((e) => e.event.metadata.unitId.startsWith('station-datian-'))).toHaveLength(2);
  });

  it('has cases roughly halved and cases solved well up, January to October 2026 against 2025', () => {
    const janToOct = (type: string, year: string) => ofType(type).filter((e) => dayOf(e).startsWith(year) && dayOf(e).slice(5, 7) <= '10');
    const ratio = (type: string) => janToOct(type, '2026').length / janToOct(type, '2025').length;
    expect(ratio('CaseFiled')).toBeGreaterThan(0.4);
    expect(ratio('CaseFiled')).toBeLessThan(0.62);
    expect(ratio('CaseSolved')).toBeGreaterThan(2.5);
    const loss = (year: string) => janToOct('CaseFiled', year).reduce((sum, e) => sum + (e.event.data as CaseFiled['data']).lossFen, 0);
    expect(loss('2026') / loss('2025')).toBeLessThan(0.6);
  });
});
