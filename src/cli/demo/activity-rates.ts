import { FraudType } from '../../facts/losses/events/loss.events';
import { WarningKind } from '../../facts/warnings/events/warning-instruction.events';

/**
 * Calibration of the demo city against the seeds. Seed 004: about 5 alerts a day in 2026, cases
 * −49.21% and loss −57.30% year on year; seed 002: cases solved up several-fold. The 2025 rates
 * are chosen so the 2026 figures land near those changes.
 */
export interface YearRates {
  /** City-wide fraud alerts (警情) per day, spread over the areas by population. */
  alertsPerDay: number;
  /** City-wide cases solved (破案) per day. */
  solvedPerDay: number;
  /** Scales the median loss; with the fall in cases it gives the fall in loss. */
  lossScale: number;
}

const RATES_2025: YearRates = { alertsPerDay: 9.8, solvedPerDay: 0.15, lossScale: 1 };
const RATES_2026: YearRates = { alertsPerDay: 5, solvedPerDay: 0.7, lossScale: 0.84 };

export function ratesOf(year: number): YearRates {
  return year <= 2025 ? RATES_2025 : RATES_2026;
}

/** Warning instructions per defense area per day for an area of average population. */
export const WARNINGS_PER_AREA_DAY = 0.7;

/** Familiar-police warnings (熟警预警) are rare: seed 004 counts 49 in the first 111 days of the year. */
export const WARNING_KINDS_MIX: readonly (readonly [WarningKind, number])[] = [
  ['FUND', 81],
  ['CALL', 6],
  ['SMS', 5],
  ['APP', 7.5],
  ['FAMILIAR_POLICE', 0.5],
];

/**
 * What a station of average quality (q = 0) does with its warnings; a station's quality moves each
 * of these (see QUALITY_EFFECT). Set so the average station sits mid-range, with room for a change
 * of two or three SD either way below the ceiling (a planted change must show in the figures), and
 * the city as a whole lands near 80%, short of the targets (95%, 90%, 95%).
 */
export const WARNING_OUTCOMES = {
  /** Reached within the deadline, of warnings received. */
  contactedInTime: 0.78,
  /** Of warnings missed, the few never reached at all (wrong number, phone off): 0.5% of all at q = 0, as before. */
  neverContacted: 0.05,
  /** Of contacts. */
  faceToFace: 0.78,
  /** Of contacts; the dissuasion target (95%) is the highest, so the demo keeps it a little higher too. */
  dissuaded: 0.8,
  /** Of contacts; with the quality spread the city comes out near 0.8%. */
  victimised: 0.006,
  /** Seed 004: protective measures for 1,800 people and ¥2.147M of loss averted by 21 April. */
  protectiveMeasure: 0.19,
  lossAverted: 0.0065,
} as const;

/**
 * How a station's quality q (in standard deviations, higher is better) moves its rates: one fixed
 * effect for every station, modest, so a good station is only seen over weeks of data.
 */
export const QUALITY_EFFECT = {
  /** Per SD on the log alert rate: exp(−0.29) ≈ 0.75, a quarter fewer alerts (and so cases) per resident. */
  alerts: -0.29,
  /**
   * Points per SD on the warning proportions (decisions: "some 10 points higher"), linear up to the
   * ceiling: a logit shift would squeeze a planted rise near the top into a few points, which no month of data could show.
   */
  warningPoints: 0.09,
  /** The least any station achieves on a warning proportion. */
  warningFloor: 0.2,
  /** Logit shift per SD of victimisation after a warning, which is rare: the odds fall by 40% per SD. */
  victimisation: 0.5,
  /**
   * The most any station truly achieves on a warning proportion: even the best misses about one
   * warning in thirty, so a perfect record over hundreds of warnings is a finding for the detectors,
   * not the truth (over a hundred it still happens by chance: 0.97¹⁰⁰ ≈ 5%).
   */
  warningCeiling: 0.97,
  /** Logit shift per SD of recovery and criminal handling, which sit at 20–70%: about 10 points there; the solve chance takes the same odds ratio. */
  strikes: 0.5,
  /** Log factor per SD on the minutes a warning takes to be forwarded and checked on site: a station one SD better takes 0.7 times as long. */
  stepPace: 0.35,
} as const;

export const CASE_SHARE_OF_ALERTS = 0.8;
export const CASE_AMENDED = 0.05;
export const CASE_REVOKED = 0.02;
/** Median loss ≈ ¥30,000 in fen; the spread gives a few cases above ¥1,000,000 a year. */
export const LOSS_MEDIAN_FEN = 3_000_000;
export const LOSS_SIGMA = 1.3;

/** Share of alerts by fraud type, and each type's loss relative to the median (杀猪盘 and 投资 hurt most). */
export const FRAUD_TYPE_MIX: readonly (readonly [FraudType, number, number])[] = [
  ['ORDER_BRUSHING', 28, 0.7],
  ['INVESTMENT', 22, 1.8],
  ['LOAN', 12, 0.6],
  ['FAKE_CUSTOMER_SERVICE', 12, 0.9],
  ['ROMANCE_INVESTMENT', 8, 2.2],
  ['IMPERSONATING_OFFICIALS', 7, 1.5],
  ['GAME_TRADING', 6, 0.4],
  ['OTHER', 5, 0.8],
];

/**
 * Recovery after a filed case at a station of average quality: how often, and which fraction of
 * the loss. Returns happen only where money was stopped or frozen, and are a fraction of that
 * money (≈ 8% of all cases).
 */
export const RECOVERY = {
  stopped: { probability: 0.3, share: [0.05, 0.6] },
  frozen: { probability: 0.2, share: [0.05, 0.5] },
  returned: { probability: 0.18, share: [0.1, 0.5] },
} as const;

export const SUSPECTS_APPREHENDED = 0.85;
/** Of apprehensions at a station of average quality; mid-range, so quality moves it either way. */
export const CRIMINAL_MEASURE = 0.7;
