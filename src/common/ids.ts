import { v5 as uuidv5, v4 as uuidv4 } from 'uuid';

/** Fixed namespace so every adapter and every process derives the same event id from a key. */
const EVENT_ID_NAMESPACE = '6f1c2a8e-4b7d-5e3f-9a10-2c4d6e8f0a1b';

export function eventIdFor(idempotencyKey: string): string {
  return uuidv5(idempotencyKey, EVENT_ID_NAMESPACE);
}

export function newId(): string {
  return uuidv4();
}
