import { Inject, Injectable } from '@nestjs/common';
import { DAY_MS, Day, addDays, businessDayOf, daysBetween } from '../../common/business-day';
import { doesNotExist } from '../../common/graphql/api-errors';
import { BULLETINS, PublishedBulletin } from '../../bulletins/projections/bulletins.projection';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { ReadStore } from '../../read-store/read-store.port';
import { CASE_LOSSES } from '../../scoring/projections/indicator-tables';
import { ScoreIndexService } from '../../scoring/queries/score-index.service';
import { AsOfIndexService } from '../../scoring/queries/as-of-index.service';
import { RankingService } from '../../scoring/queries/ranking.service';
import { resolvePeriod } from '../../scoring/domain/resolve-period';
import { CaseLossRow } from '../../scoring/queries/scoring.reader';
import { ScoreIndex } from '../../scoring/queries/score-index';
import { countsOf, dayNumber, emptySums } from '../../scoring/queries/score-index';
import { LETTERS, LetterRow } from '../../supervision/letters/projections/letters.projection';
import { INTERVIEWS, InterviewRow } from '../../supervision/interviews/projections/interviews.projection';
import { BUNCHING_DEFAULTS, bunchingUnderThresholds } from '../domain/bunching.detector';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { conversionDrift } from '../domain/conversion-drift.detector';
import { BadRanking, CORRECTIONS_AFTER_RANKING_DEFAULTS, correctionsAfterRanking } from '../domain/corrections-after-ranking.detector';
import { Finding } from '../domain/finding';
import { groupBy } from '../domain/group-by';
import { findingIdOf } from '../domain/finding-id';
import { identicalTimes } from '../domain/identical-times.detector';
import { improvementAfterLetter } from '../domain/improvement-after-letter.detector';
import { Publication, lateEntries } from '../domain/late-entry.detector';
import { tooGoodRates } from '../domain/too-good.detector';
import { FACT_RECORDS, FactRecordRow } from '../../facts/projections/fact-records.projection';
import { CountsOf, HISTORY_DAYS, numeratorEvents, alertShares, faceToFaceAroundLetter, reportedRates } from './integrity-inputs';

export type IdentifiedFinding = Finding & { findingId: string };
type Period = { from: Day; to: Day };

/** A letter naming a station placed in the bottom tenth of its ranking: what a unit might answer with corrections. */
const BOTTOM_SHARE = 0.1;

/**
 * The detectors run over a period for the stations of a unit, each against all the city's stations
 * as peers: what they read (the integrity facts, the score index, published bulletins, issued
 * letters, case losses) gathered here, the statistics left to the pure detectors.
 */
@Injectable()
export class IntegrityFindingsService {
  constructor(
    private readonly index: ScoreIndexService,
    private readonly asOfIndex: AsOfIndexService,
    private readonly rankings: RankingService,
    private readonly organization: OrganizationReader,
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `asOf`: the findings as the facts known at that instant gave them; default now. Each finding says which. */
  async findings(unitId: string, period: Period, asOf?: string): Promise<IdentifiedFinding[]> {
    const unit = await this.organization.unit(unitId);
    if (!unit) throw doesNotExist('unit', unitId, 'unitId');
    const stations = (await this.organization.units({ level: 'STATION' })).map((s) => ({ id: s.unitId, county: s.parentId }));
    const stationIds = stations.map((s) => s.id);
    // A city sees every finding; a county its own and its stations'; a station its own.
    const inScope = (id: string) => unit.level === 'CITY' || id === unitId || stations.some((s) => s.id === id && s.county === unitId);
    const instant = asOf ?? new Date().toISOString();
    const known = asOf ? await this.asOfIndex.at(asOf) : undefined;
    const counts = countsIn(known?.index ?? (await this.index.current()).index);
    const recordedBy = asOf ? { recordedAt: { lte: asOf } } : {};
    const [facts, bulletins, letters, losses, interviews] = await Promise.all([
      this.store.find<FactRecordRow & Record<string, unknown>>(FACT_RECORDS, {
        where: { day: { gte: period.from, lte: period.to }, ...recordedBy },
      }),
      this.store.find<PublishedBulletin & Record<string, unknown>>(BULLETINS, {
        where: { day: { gte: period.from, lte: period.to }, ...(asOf ? { publishedAt: { lte: asOf } } : {}) },
      }),
      this.issuedLetters(period).then((all) => all.filter((l) => !asOf || Date.parse(issuedAt(l)) <= Date.parse(asOf))),
      this.caseLosses(period, known?.later.casesBefore ?? new Map()),
      this.store
        .find<InterviewRow & Record<string, unknown>>(INTERVIEWS, { where: { orderedOn: { gte: period.from } } })
        .then((all) => all.filter((i) => !asOf || Date.parse(interviewOrderedAt(i)) <= Date.parse(asOf))),
    ]);
    const stationLetters = letters.filter((l) => stationIds.includes(l.addresseeId));
    const corrections = facts.filter((f) => f.kind === 'CORRECTION');
    const found: Finding[] = [
      ...tooGoodRates(reportedRates(stationIds, counts, period)),
      ...lateEntries(
        facts.filter((f) => f.kind !== 'CORRECTION'),
        [
          ...bulletins.map(bulletinPublication),
          ...letters.map((l) => letterPublication(l, stations)),
          ...interviews.map(interviewPublication),
          ...monthsRead(period, instant),
        ],
      ),
      ...bunchingUnderThresholds(
        losses.map((l) => ({ eventId: l.caseId, unitId: l.areaId, lossFen: l.lossFen })),
        { ...BUNCHING_DEFAULTS, thresholdsFen: this.config.lossThresholdsFen },
      ),
      ...conversionDrift('警情转案率', alertShares(stationIds, counts, period, 'casesFromAlerts')),
      ...conversionDrift('刑事警情占比', alertShares(stationIds, counts, period, 'criminalAlerts')),
      ...correctionsAfterRanking(
        corrections,
        [...stationLetters.flatMap(badRanking), ...(await this.monthRankings(period, instant, corrections))],
        period,
      ),
      ...identicalTimes(
        facts.filter((f) => f.kind === 'CONTACT'),
        daysBetween(period.from, period.to),
      ),
      ...stationLetters.flatMap((l) =>
        improvementAfterLetter(
          { unitId: l.addresseeId, label: letterLabel(l) },
          '见面率',
          faceToFaceAroundLetter(stationIds, counts, l.issuedOn!),
        ),
      ),
    ];
    return found
      .filter((f) => inScope(f.unitId))
      .map((f) => ({
        ...f,
        evidence: f.evidence.length ? f.evidence : behindRate(f, facts),
        asOf: instant,
        findingId: findingIdOf(f, period),
      }));
  }

  /**
   * The station rankings of the months closed in the period or just before it, as leadership read
   * them on the first morning after (as known then: what a unit answers with corrections is the
   * ranking it saw, which its corrections may since have changed), their bottom tenth each.
   */
  private async monthRankings(period: Period, instant: string, corrections: readonly FactRecordRow[]): Promise<BadRanking[]> {
    const { windowDays, minimum } = CORRECTIONS_AFTER_RANKING_DEFAULTS;
    const earliest = addDays(period.from, -windowDays);
    // Only a month after whose ranking some unit made enough corrections can matter: the others are not ranked again.
    const clustered = ({ at }: MonthReading) => {
      const from = Date.parse(at);
      const after = corrections.filter((c) => Date.parse(c.recordedAt) >= from && Date.parse(c.recordedAt) < from + windowDays * DAY_MS);
      return [...groupBy(after, (c) => c.unitId).values()].some((own) => own.length >= minimum);
    };
    const readings = monthReadings(earliest, addDays(period.to, 1), instant).filter(clustered);
    const read = await this.asOfIndex.eachKnownAt(
      readings.map(({ at }) => at),
      async (at, { index, context }) => {
        const month = resolvePeriod({ kind: 'MONTH', day: addDays(businessDayOf(at), -1) }, businessDayOf(at));
        const inputs = { index, ruleSets: context.ruleSets, populations: context.populations };
        const rows = await this.rankings.rankWith('STATION_CHIEF', month, inputs);
        return rows
          .filter((row) => row.rank > rows.length * (1 - BOTTOM_SHARE))
          .map((row) => ({ unitId: row.subject.unitId, label: `${month.label}排名第${row.rank}位（共${rows.length}个）`, at }));
      },
    );
    return [...read.values()].flat();
  }

  /** The period's cases with their losses, those changed since an as-of instant as they stood then. */
  private async caseLosses(period: Period, before: ReadonlyMap<string, CaseLossRow | null>): Promise<CaseLossRow[]> {
    const rows = await this.store.find<CaseLossRow & Record<string, unknown>>(CASE_LOSSES, {
      where: { day: { gte: period.from, lte: period.to } },
    });
    const cases = new Map<string, CaseLossRow>(rows.map((r) => [r.caseId, r]));
    for (const [caseId, then] of before) {
      if (then) cases.set(caseId, then);
      else cases.delete(caseId);
    }
    return [...cases.values()].filter((c) => c.day >= period.from && c.day <= period.to);
  }

  /** Letters issued in the period or in the history the period's shares are read against. */
  private async issuedLetters(period: Period): Promise<LetterRow[]> {
    const since = addDays(period.from, -HISTORY_DAYS);
    return this.store.find<LetterRow & Record<string, unknown>>(LETTERS, { where: { issuedOn: { gte: since, lte: period.to } } });
  }
}

const bulletinPublication = (b: PublishedBulletin): Publication => ({
  label: `第${b.number}期日通报`,
  at: b.publishedAt,
  from: b.day,
  to: b.day,
  unitIds: null,
});

const letterLabel = (l: LetterRow) => `提示函${l.number ? `（${l.number}）` : ''}`;
const issuedAt = (l: LetterRow) => l.history.find((h) => h.action === 'ISSUED')?.occurredAt ?? `${l.issuedOn}T00:00:00+08:00`;

/** A letter judged the days of its evidence for its unit and, a county's, for the county's stations. */
function letterPublication(l: LetterRow, stations: ReadonlyArray<{ id: string; county: string | null }>): Publication {
  const unitIds = [l.addresseeId, ...stations.filter((s) => s.county === l.addresseeId).map((s) => s.id)];
  return { label: letterLabel(l), at: issuedAt(l), from: l.evidence.period.from, to: l.evidence.period.to, unitIds };
}

function badRanking(l: LetterRow): BadRanking[] {
  const { rank, rankedOf, period } = l.evidence;
  if (rank === null || rank <= rankedOf * (1 - BOTTOM_SHARE)) return [];
  return [{ unitId: l.addresseeId, label: `${period.label}排名第${rank}位（共${rankedOf}个）的${letterLabel(l)}`, at: issuedAt(l) }];
}

/** A station's counts over any days, from the index as it is or as it was known. */
function countsIn(index: ScoreIndex): CountsOf {
  return (stationId, from, to) => {
    const sums = emptySums();
    index.addSums(stationId, dayNumber(from), dayNumber(to), sums);
    return countsOf(sums);
  };
}

/** The first day of the month after the one `day` is in. */
const firstOfNextMonth = (day: Day): Day => `${addDays(`${day.slice(0, 8)}01`, 31).slice(0, 8)}01`;

/** A month ranking as leadership read it: on the first morning after the month closed. */
interface MonthReading {
  /** The month's last day. */
  last: Day;
  at: string;
}

/** The month rankings read by `instant` on the first days of the months after `from`, up to `to`. */
function monthReadings(from: Day, to: Day, instant: string): MonthReading[] {
  const readings: MonthReading[] = [];
  for (let next = firstOfNextMonth(from); next <= to; next = firstOfNextMonth(next)) {
    const at = `${next}T09:00:00+08:00`;
    if (Date.parse(at) <= Date.parse(instant)) readings.push({ last: addDays(next, -1), at });
  }
  return readings;
}

/** A rate's finding cites the unit's facts in the period behind the rate's numerator. */
function behindRate(f: Finding, facts: readonly FactRecordRow[]): string[] {
  const types = numeratorEvents(f.about);
  return facts.filter((fact) => fact.unitId === f.unitId && types.includes(fact.type)).map((fact) => fact.eventId);
}

/** An interview ordered on a day: facts recorded after that day were recorded after it. */
const interviewOrderedAt = (i: InterviewRow) => new Date(`${i.orderedOn}T23:59:59+08:00`).toISOString();

/** An interview judged the days of its evidence for the unit it was ordered on. */
const interviewPublication = (i: InterviewRow): Publication => ({
  label: `约谈（${i.orderedOn}）`,
  at: interviewOrderedAt(i),
  from: i.evidence.period.from,
  to: i.evidence.period.to,
  unitIds: [i.evidence.unitId],
});

/** The month rankings read in or just after the period: each judged its month's days for every unit. */
function monthsRead(period: Period, instant: string): Publication[] {
  return monthReadings(period.from, firstOfNextMonth(period.to), instant).map(({ last, at }) => ({
    label: `${Number(last.slice(0, 4))}年${Number(last.slice(5, 7))}月排名`,
    at,
    from: `${last.slice(0, 8)}01`,
    to: last,
    unitIds: null,
  }));
}
