import { CRIMINAL_MEASURE, QUALITY_EFFECT, RECOVERY, WARNING_OUTCOMES } from './activity-rates';

/** The chances a station's work takes at its quality of the day: what the generators draw against. */
export interface StationConduct {
  /** Of warnings received. */
  contactedInTime: number;
  /** Of contacts. */
  faceToFace: number;
  /** Of contacts. */
  dissuaded: number;
  /** Of contacts. */
  victimised: number;
  paymentStopped: number;
  fundsFrozen: number;
  /** Of cases where money was stopped or frozen. */
  fundsReturned: number;
  /** Of apprehensions. */
  criminalMeasure: number;
  /** Relative chance that one of its open cases is the one solved, against a station of average quality. */
  solveWeight: number;
  /** How long its stop-payments take against an average station's (止付效率): shorter where it works well. */
  stopPace: number;
  /** How long its warnings take to be forwarded and checked on site against an average station's. */
  stepPace: number;
}

/** A station of quality q: each proportion moved in its good direction (see QUALITY_EFFECT for the scale of each). */
export function conductOf(quality: number): StationConduct {
  const strikes = QUALITY_EFFECT.strikes * quality;
  const warning = (probability: number) =>
    Math.min(QUALITY_EFFECT.warningCeiling, Math.max(QUALITY_EFFECT.warningFloor, probability + QUALITY_EFFECT.warningPoints * quality));
  return {
    contactedInTime: warning(WARNING_OUTCOMES.contactedInTime),
    faceToFace: warning(WARNING_OUTCOMES.faceToFace),
    dissuaded: warning(WARNING_OUTCOMES.dissuaded),
    victimised: shifted(WARNING_OUTCOMES.victimised, -QUALITY_EFFECT.victimisation * quality),
    paymentStopped: shifted(RECOVERY.stopped.probability, strikes),
    fundsFrozen: shifted(RECOVERY.frozen.probability, strikes),
    fundsReturned: shifted(RECOVERY.returned.probability, strikes),
    criminalMeasure: shifted(CRIMINAL_MEASURE, strikes),
    // Solving is rare per open case, where a logit shift is a factor on the odds.
    solveWeight: Math.exp(strikes),
    stopPace: Math.exp(-strikes),
    stepPace: Math.exp(-QUALITY_EFFECT.stepPace * quality),
  };
}

/**
 * Each station's share of the city's alerts: its population times its quality's alert factor,
 * normalised so the shares sum to 1. The population-weighted mean factor is thereby 1 on every day,
 * and the city's alerts per day stay at the calibrated rate whatever the qualities.
 */
export function alertShares(
  stations: readonly { id: string; population: number }[],
  qualityOf: (stationId: string) => number,
): Map<string, number> {
  const weights = stations.map((s) => s.population * Math.exp(QUALITY_EFFECT.alerts * qualityOf(s.id)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  return new Map(stations.map((s, i) => [s.id, weights[i] / total]));
}

export const AVERAGE_CONDUCT: StationConduct = conductOf(0);

function shifted(probability: number, logitShift: number): number {
  return 1 / (1 + Math.exp(-(Math.log(probability / (1 - probability)) + logitShift)));
}
