import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { WARNING_INSTRUCTIONS, openWarningsProjection as projection } from './open-warnings.projection';

const key = { instructionId: 'YJ-1' };
const metadata = { unitId: 'st-a', occurredAt: '2026-05-15T01:00:00.000Z' };
const contact = {
  instructionId: 'YJ-1',
  method: 'PHONE',
  withinDeadline: true,
  firstContact: true,
  warningReceivedAt: metadata.occurredAt,
};

describe('warning-instructions projection (the open warnings of the recorders’ desk)', () => {
  it('keeps a received warning with its unit, kind, time received and contact deadline, and no contact yet', () => {
    const received = storedEvent(
      'WarningInstructionReceived',
      { instructionId: 'YJ-1', kind: 'FUND', deadline: '2026-05-15T03:00:00.000Z' },
      { metadata, position: 5n },
    );
    expect(projection.project(received)).toEqual([
      {
        op: 'upsert',
        table: WARNING_INSTRUCTIONS,
        key,
        values: { unitId: 'st-a', kind: 'FUND', receivedAt: metadata.occurredAt, deadline: '2026-05-15T03:00:00.000Z', eventId: 'evt-5' },
      },
    ]);
  });

  it('counts contacts up, and down when one is retracted; other follow-ups and retractions change nothing', () => {
    expect(projection.project(storedEvent('WarningContactMade', contact))).toEqual([
      { op: 'inc', table: WARNING_INSTRUCTIONS, key, values: { contacts: 1 } },
    ]);
    const retracted = (type: string) =>
      storedEvent('WarningFactRetracted', {
        instructionId: 'YJ-1',
        eventId: 'evt-9',
        retracted: { type, data: contact },
        areaId: 'st-a',
        reason: '误录',
        nextContact: null,
      });
    expect(projection.project(retracted('WarningContactMade'))).toEqual([
      { op: 'inc', table: WARNING_INSTRUCTIONS, key, values: { contacts: -1 } },
    ]);
    expect(projection.project(retracted('WarningDissuaded'))).toEqual([]);
    expect(projection.project(storedEvent('WarningDissuaded', { instructionId: 'YJ-1' }))).toEqual([]);
  });

  it('declares the events it maps and the index the desk reads by', () => {
    expect(projection.eventTypes).toEqual(['WarningInstructionReceived', 'WarningContactMade', 'WarningFactRetracted']);
    expect(projection.tables[0]).toMatchObject({ key: ['instructionId'], indexes: [['contacts', 'deadline', 'unitId']] });
  });
});
