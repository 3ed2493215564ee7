import { Day, addDays } from '../../common/business-day';
import { PLANTED_GAMING, PlantedGaming } from './planted-gaming';

/** What the figures need of a finding. */
export interface FlaggedUnit {
  detector: string;
  unitId: string;
}

/** The detectors over a period for the whole city, however they are reached (in-process or over GraphQL). */
export type FindingsSource = (period: { from: Day; to: Day }) => Promise<FlaggedUnit[]>;

/** issue 19's targets on the demo city. */
export const GAMING_TARGETS = { recall: 1, falseFlagShare: 0.05, yearSeconds: 5 };

export interface MonthFigures {
  from: Day;
  to: Day;
  findings: number;
  /** The stations without planted gaming that some detector flagged this month. */
  otherFlagged: string[];
  falseFlagShare: number;
}

export interface GamingFigures {
  months: MonthFigures[];
  /** Each planted pattern with the months of its period its detector found it in. */
  planted: Array<PlantedGaming & { foundIn: Day[] }>;
  recall: number;
  maxFalseFlagShare: number;
  /** All the detectors over the year, the city at once. */
  yearSeconds: number;
  yearFindings: number;
}

/** The months of the year up to `until` (the last one cut at it), the earliest first. */
export function monthsOfYear(until: Day): Array<{ from: Day; to: Day }> {
  const months: Array<{ from: Day; to: Day }> = [];
  let from = `${until.slice(0, 8)}01`;
  for (let i = 0; i < 12; i++) {
    const next = addDays(from, 32).slice(0, 8) + '01';
    months.unshift({ from, to: [addDays(next, -1), until].sort()[0] });
    from = addDays(from, -1).slice(0, 8) + '01';
  }
  return months;
}

/**
 * The detectors month by month over the demo year: recall (each planted pattern found by its
 * detector, for its station, in a month of its period) and the share of the other stations any
 * detector flags in each month; then all of them over the whole year, timed.
 */
export async function measureGaming(findings: FindingsSource, stationIds: readonly string[], until: Day): Promise<GamingFigures> {
  const gaming = new Set(PLANTED_GAMING.map((g) => g.stationId));
  const others = stationIds.filter((id) => !gaming.has(id));
  const found: Array<{ month: Day; flagged: FlaggedUnit[] }> = [];
  const months: MonthFigures[] = [];
  for (const month of monthsOfYear(until)) {
    const flagged = await findings(month);
    found.push({ month: month.from, flagged });
    const otherFlagged = [...new Set(flagged.map((f) => f.unitId))].filter((id) => others.includes(id)).sort();
    months.push({ ...month, findings: flagged.length, otherFlagged, falseFlagShare: otherFlagged.length / others.length });
  }
  const planted = PLANTED_GAMING.map((g) => ({
    ...g,
    foundIn: found
      .filter(({ month }) => month.slice(0, 7) >= g.from.slice(0, 7) && month <= g.to)
      .filter(({ flagged }) => flagged.some((f) => f.unitId === g.stationId && f.detector === g.detector))
      .map(({ month }) => month),
  }));
  const year = { from: addDays(until, -364), to: until };
  const start = process.hrtime.bigint();
  const yearFindings = (await findings(year)).length;
  const yearSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    months,
    planted,
    recall: planted.filter((p) => p.foundIn.length > 0).length / planted.length,
    maxFalseFlagShare: Math.max(...months.map((m) => m.falseFlagShare)),
    yearSeconds,
    yearFindings,
  };
}

const verdict = (holds: boolean) => (holds ? 'PASS' : 'MISS');

/** The figures as the bench and the test print them. */
export function gamingReport(f: GamingFigures): string {
  const t = GAMING_TARGETS;
  return [
    `integrity validation: demo city, planted gaming, the detectors month by month ${f.months[0].from} – ${f.months.at(-1)!.to}`,
    ...f.planted.map(
      (p) =>
        `  ${p.stationId} ${p.pattern} (${p.from} – ${p.to}) → ${p.detector}: ` +
        (p.foundIn.length ? `found in ${p.foundIn.map((m) => m.slice(0, 7)).join(', ')}` : 'NOT FOUND'),
    ),
    `  recall: ${f.recall.toFixed(3)}   ≥ ${t.recall}  ${verdict(f.recall >= t.recall)}`,
    `  false flags: max ${f.maxFalseFlagShare.toFixed(3)} of the other stations in a month   ≤ ${t.falseFlagShare}  ${verdict(f.maxFalseFlagShare <= t.falseFlagShare)}`,
    ...f.months.map(
      (m) =>
        `    ${m.from.slice(0, 7)}: ${m.findings} findings, other stations flagged ${m.otherFlagged.length}` +
        (m.otherFlagged.length ? ` (${m.otherFlagged.join(', ')})` : ''),
    ),
    `  all detectors over a year, the whole city: ${f.yearSeconds.toFixed(2)} s (${f.yearFindings} findings)   ≤ ${t.yearSeconds} s  ${verdict(f.yearSeconds <= t.yearSeconds)}`,
  ].join('\n');
}
