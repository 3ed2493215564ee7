import { storedEvent } from '../../../event-store/stored-event.spec-helpers';
import { Row } from '../../../read-store/read-store.port';
import { LetterEvent } from '../events/letter.events';
import { LetterRow, lettersProjection } from './letters.projection';

/** A letter's read-model row after the events, as the projection writes it (list columns appended in order). */
export function letterRowAfter(events: LetterEvent[]): LetterRow {
  let row: Row = {};
  events.forEach((e, i) => {
    const stored = storedEvent(e.type, e.data, {
      id: `evt-${i + 1}`,
      position: BigInt(i + 1),
      metadata: { occurredAt: '2026-04-21T01:00:00.000Z' },
    });
    for (const change of lettersProjection.project(stored)) {
      if (change.op === 'insert') row = { ...change.row };
      else if (change.op === 'upsert') row = { ...row, ...change.values };
      else if (change.op === 'push') row = { ...row, [change.column]: [...(row[change.column] as unknown[]), ...change.items] };
    }
  });
  return row as LetterRow;
}
