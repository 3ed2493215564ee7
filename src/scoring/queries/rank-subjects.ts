import { Subject } from '../domain/accountability';
import { IndicatorCounts } from '../domain/indicators';
import { Period } from '../domain/periods';
import { INTERVAL_Z } from '../domain/score-variance';
import {
  Interval,
  Trend,
  competitionRanks,
  moveProbability,
  populationBands,
  probabilityImproved,
  rankRanges,
  trendOf,
} from '../domain/rank';
import { RuleSet } from '../domain/rule-set';
import { roundScore } from '../domain/score';
import { ScoreIndex, countsOf, emptySums } from './score-index';
import { PeriodRates } from './period-rates';
import { DaySpan, PeriodSegments, SubjectTotals, daySpans, periodSegments, subjectTotals } from './subject-totals';

export interface RankingInputs {
  index: ScoreIndex;
  ruleSets: RuleSet[];
  populations: Map<string, number>;
}

export interface RankingOptions {
  /** Rank among counties (or areas, chiefs) of similar population: this many bands. */
  peerGroups?: number;
  /** Only subjects within this unit (a county, or the unit a chief belongs to). */
  withinUnitId?: string;
}

export interface PeerGroup {
  index: number;
  label: string;
}

export interface RankedSubject {
  subject: Subject;
  /** Filled in by the ranking service: names for the screen. */
  unitName: string;
  countyName: string | null;
  chief: { chiefId: string; name: string } | null;
  rank: number;
  overallRank: number;
  rankRange: { best: number; worst: number };
  previousRank: number | null;
  trend: Trend;
  /** The probability that the subject truly moved the way its rank did (null without a move). */
  moveProbability: number | null;
  score: number;
  interval: Interval;
  previousScore: number | null;
  days: number;
  population: number;
  counts: IndicatorCounts;
  /** Comparisons are only worked out when asked for: a screen of ranks and scores never needs them. */
  lastYear: () => IndicatorCounts;
  previous: () => IndicatorCounts;
  peerGroup: PeerGroup | null;
}

interface Entry {
  subject: Subject;
  overallRank: number;
  current: SubjectTotals;
  previous: SubjectTotals | null;
  /** What a move is measured from: the previous period, or for rate rule sets the periods before the current one. */
  baseline: SubjectTotals | null;
  /** Every count of the previous period (`previous` may hold only what its score read). */
  previousCounts: () => SubjectTotals | null;
  lastYear: () => SubjectTotals | null;
}

/** Ranks subjects over a period against its previous period, with intervals, peer groups and a filter. */
export function rankSubjects(
  subjects: Subject[],
  period: Period & { previous: Period; lastYear: Period },
  inputs: RankingInputs,
  options: RankingOptions = {},
): RankedSubject[] {
  const [current, previous, lastYear] = [period, period.previous, period.lastYear].map((p) => periodSegments(p, inputs.ruleSets));
  const totals = (spans: DaySpan[], p: PeriodSegments, series?: readonly number[]) =>
    subjectTotals(spans, p, inputs.index, inputs.populations, series);
  const currentRates = PeriodRates.of(period, inputs.index, inputs.populations, inputs.ruleSets);
  // A rate rule set measures arrows from the baseline: the previous period only gives the earlier ranks.
  const previousRates = PeriodRates.of(period.previous, inputs.index, inputs.populations, inputs.ruleSets, { variance: !currentRates });
  const baseline = currentRates?.baseline(period.previous, inputs.ruleSets);
  // A comparison period is read for its score alone: of a rate rule set, only the series its terms read.
  const scored = (spans: DaySpan[], p: PeriodSegments, rates: PeriodRates | null, comparison = false) => {
    const t = totals(spans, p, comparison ? rates?.series : undefined);
    return t && rates ? rates.scored(spans, t) : t;
  };
  const entries: Entry[] = [];
  for (const subject of subjects) {
    const spans = daySpans(subject.spans);
    const now = scored(spans, current, currentRates);
    if (!now) continue;
    const prior = scored(spans, previous, previousRates, true);
    entries.push({
      subject,
      overallRank: 0,
      current: now,
      previous: prior,
      // Additive rule sets sum days: their arrows compare with the previous period alone.
      baseline: baseline ? scored(spans, baseline.segments, baseline.rates, true) : prior,
      // Only a rate scorer's comparison is read in part: under additive rules `prior` holds every count.
      previousCounts: previousRates ? () => totals(spans, previous) : () => prior,
      lastYear: () => totals(spans, lastYear),
    });
  }
  const { ranks } = competitionRanks(entries.map((e) => e.current.score));
  entries.forEach((entry, i) => (entry.overallRank = ranks[i]));
  const within = options.withinUnitId ? entries.filter((e) => e.subject.units.includes(options.withinUnitId!)) : entries;
  const groups = options.peerGroups
    ? populationBands(
        within.map((e) => ({ ...e, population: e.current.population })),
        options.peerGroups,
      )
    : [within];
  return groups.flatMap((group, g) => {
    const peerGroup = options.peerGroups
      ? {
          index: g + 1,
          label: bandLabel(
            g,
            group.map((e) => e.current.population),
          ),
        }
      : null;
    return rankGroup(group, peerGroup);
  });
}

function rankGroup(group: Entry[], peerGroup: PeerGroup | null): RankedSubject[] {
  const { order, ranks } = competitionRanks(group.map((entry) => entry.current.score));
  const ranked = order.map((i) => ({ entry: group[i], rank: ranks[i] }));
  const intervals = ranked.map(({ entry: { current } }) => {
    const margin = INTERVAL_Z * Math.sqrt(current.variance);
    return { low: roundScore(current.score - margin), high: roundScore(current.score + margin) };
  });
  const ranges = rankRanges(intervals);
  const before = ranked.filter((r) => r.entry.previous).map((r) => r.entry);
  const earlier = competitionRanks(before.map((entry) => entry.previous!.score)).ranks;
  const previousRanks = new Map(before.map((entry, i) => [entry, earlier[i]]));
  const compared = ranked.filter((r) => r.entry.baseline).map((r) => r.entry);
  const means = { now: meanOf(compared.map((e) => e.current.score)), before: meanOf(compared.map((e) => e.baseline!.score)) };
  return ranked.map(({ entry, rank }, i) => {
    const previousRank = previousRanks.get(entry) ?? null;
    const improved = entry.previous && entry.baseline ? probabilityImproved(entry.current, entry.baseline, means) : null;
    return {
      subject: entry.subject,
      unitName: entry.subject.unitId,
      countyName: null,
      chief: null,
      rank,
      overallRank: entry.overallRank,
      rankRange: ranges[i],
      previousRank,
      trend: trendOf(rank, previousRank, improved),
      moveProbability: moveProbability(rank, previousRank, improved),
      score: entry.current.score,
      interval: intervals[i],
      previousScore: entry.previous?.score ?? null,
      days: entry.current.days,
      population: entry.current.population,
      counts: countsOf(entry.current.sums),
      lastYear: () => countsOf(entry.lastYear()?.sums ?? NONE),
      previous: () => countsOf(entry.previousCounts()?.sums ?? NONE),
      peerGroup,
    };
  });
}

const NONE: readonly number[] = emptySums();

const meanOf = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);

const tenThousands = (n: number) => `${Math.round(n / 1_000) / 10}万`;

function bandLabel(g: number, populations: number[]): string {
  if (!populations.length) return `同类第${g + 1}组`;
  return `同类第${g + 1}组(人口${tenThousands(Math.min(...populations))}–${tenThousands(Math.max(...populations))})`;
}
