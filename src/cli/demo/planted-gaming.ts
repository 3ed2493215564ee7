import { Day, businessDayOf } from '../../common/business-day';
import { DetectorKey } from '../../integrity/domain/finding';
import { judgeFactTime } from '../../recording/fact-time';
import { DEMO_DEFAULT_UNTIL } from './demo-defaults';
import { DemoEntry } from './demo-timeline';
import { HOUR_MS, dayStartMs, midnightOf } from './demo-clock';
import { Rng, streamSeed } from './prng';

/** The ways a demo station games its figures, each as a station under pressure would. */
export type GamingPattern = 'EVERY_CONTACT_DISSUADED' | 'PHONE_RECORDED_AS_VISIT' | 'CONTACTS_TYPED_AT_SHIFT_END' | 'CHECKS_BACKFILLED';

export interface PlantedGaming {
  stationId: string;
  pattern: GamingPattern;
  /** The detector meant to find it. */
  detector: DetectorKey;
  /** The business days the station games on, inclusive. */
  from: Day;
  to: Day;
  /** What the station does, as evaluation staff would describe it. */
  what: string;
  /** CHECKS_BACKFILLED: the day the station types in the period's checks. */
  recordedOn?: Day;
}

/**
 * The demo city's planted gaming, which the generator plants and the integrity validation checks
 * the detectors find. Big stations (the counties' first, none of them a planted quality change):
 * a perfect record means something only over hundreds of contacts, and a clerk types several
 * contacts in at once only where there are several a day. The rates run on to the demo's last day
 * so the validated months see no jump in them.
 */
export const PLANTED_GAMING: readonly PlantedGaming[] = [
  {
    stationId: 'station-yongan-01',
    pattern: 'EVERY_CONTACT_DISSUADED',
    detector: 'TOO_GOOD',
    from: '2026-03-01',
    to: DEMO_DEFAULT_UNTIL,
    what: '每次见面/联系后都记为劝阻成功，劝阻成功率连续数月100%',
  },
  {
    stationId: 'station-youxi-01',
    pattern: 'PHONE_RECORDED_AS_VISIT',
    detector: 'TOO_GOOD',
    from: '2026-02-01',
    to: DEMO_DEFAULT_UNTIL,
    what: '电话联系一律记为见面，见面率连续数月100%',
  },
  {
    stationId: 'station-sanyuan-01',
    pattern: 'CONTACTS_TYPED_AT_SHIFT_END',
    detector: 'IDENTICAL_TIMES',
    from: '2026-05-01',
    to: '2026-06-30',
    what: '白天的见面/联系下班前统一录入，时间都填17:30',
  },
  {
    stationId: 'station-datian-01',
    pattern: 'CHECKS_BACKFILLED',
    detector: 'LATE_ENTRY',
    from: '2026-08-01',
    to: '2026-09-30',
    recordedOn: '2026-11-05',
    what: '八、九月的落地核查未及时录入，十一月迎检前一次补录',
  },
];

/** How a gaming station records a warning's follow-up, against what happened. */
export interface WarningGaming {
  /** When the contact is recorded as made, given when it was made. */
  recordedContact(madeMs: number, deadlineMs: number): number;
  /** Phone contacts recorded as face to face. */
  everyContactAVisit: boolean;
  /** Where every contact is recorded as dissuaded: the stream the claimed dissuasions' times and recording delays come from. */
  dissuadesAll: Rng | null;
}

const GAMING_STREAM = 'planted-gaming';
const BACKFILL_REASON = '落地核查当时未录入，迎检前补录';
/** The end of the day shift, when a clerk types in the day's contacts. */
const SHIFT_END_MS = 17.5 * HOUR_MS;
const SHIFT_START_MS = 8 * HOUR_MS;

const gamingOn = (stationId: string, day: Day, pattern: GamingPattern) =>
  PLANTED_GAMING.some((g) => g.stationId === stationId && g.pattern === pattern && g.from <= day && day <= g.to);

/**
 * The planted gaming while the city is generated, drawing from a random stream of its own so every
 * other station's facts, and the validated ranking's, stay as they were.
 */
export class GamingStations {
  private readonly rng: Rng;
  /** The last minute each backfilling station has typed in, so its entries follow one another. */
  private readonly typing = new Map<string, number>();

  constructor(
    seed: number,
    private readonly until: Day,
  ) {
    this.rng = new Rng(streamSeed(seed, GAMING_STREAM));
  }

  /** How the station records the follow-up of a warning it received on `day`; undefined where it records it as it happened. */
  warnings(stationId: string, day: Day): WarningGaming | undefined {
    const [batched, visits, dissuades] = (
      ['CONTACTS_TYPED_AT_SHIFT_END', 'PHONE_RECORDED_AS_VISIT', 'EVERY_CONTACT_DISSUADED'] as const
    ).map((p) => gamingOn(stationId, day, p));
    if (!batched && !visits && !dissuades) return undefined;
    return {
      recordedContact: batched ? atShiftEnd : (madeMs) => madeMs,
      everyContactAVisit: visits,
      dissuadesAll: dissuades ? this.rng : null,
    };
  }

  /** The entry as recorded: a backfilled fact carries the day it was typed in, minute after minute in one sitting. */
  readonly asRecorded = (entry: DemoEntry): DemoEntry => {
    const { metadata } = entry.event;
    if (entry.event.type !== 'WarningCheckedOnSite') return entry;
    const backfill = PLANTED_GAMING.find(
      (g) =>
        g.pattern === 'CHECKS_BACKFILLED' &&
        g.stationId === metadata.unitId &&
        g.recordedOn! <= this.until &&
        g.from <= businessDayOf(metadata.occurredAt) &&
        businessDayOf(metadata.occurredAt) <= g.to,
    );
    if (!backfill) return entry;
    const sitting = dayStartMs(backfill.recordedOn!) + 9 * HOUR_MS;
    const typedMs = Math.max(sitting, this.typing.get(backfill.stationId) ?? 0) + this.rng.int(30, 150) * 1000;
    this.typing.set(backfill.stationId, typedMs);
    // As the service records it: over LATE_ENTRY_DAYS late, with the reason the recorder gives.
    const judged = judgeFactTime(metadata.occurredAt, new Date(typedMs), { clockSkewSeconds: 0, lateEntryDays: 30 }, BACKFILL_REASON);
    const lateEntry = 'lateEntry' in judged ? { lateEntry: judged.lateEntry } : {};
    return { ...entry, event: { ...entry.event, metadata: { ...metadata, recordedAt: new Date(typedMs).toISOString(), ...lateEntry } } };
  };
}

/**
 * A contact made in the day shift recorded at its end, one minute for all the day's: unless that
 * would put a contact made in time past its deadline, which the clerk takes care not to do.
 */
function atShiftEnd(madeMs: number, deadlineMs: number): number {
  const midnight = midnightOf(madeMs);
  const shiftEnd = midnight + SHIFT_END_MS;
  if (madeMs < midnight + SHIFT_START_MS || madeMs >= shiftEnd) return madeMs;
  return madeMs <= deadlineMs && shiftEnd > deadlineMs ? madeMs : shiftEnd;
}
