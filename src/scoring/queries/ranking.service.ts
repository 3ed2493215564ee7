import { Inject, Injectable } from '@nestjs/common';
import { Day, businessDayOf } from '../../common/business-day';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ChiefRole } from '../../organization/events/organization.events';
import { CHIEFS, CHIEF_SCOPES, UNITS } from '../../organization/projections/organization.projection';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { Subject, UNIT_ROLES, subjectsOf } from '../domain/accountability';
import { Period } from '../domain/periods';
import { PeriodRequest, ResolvedPeriod, resolvePeriod } from '../domain/resolve-period';
import { RankedSubject, RankingInputs, RankingOptions, rankSubjects } from './rank-subjects';
import { ReadModelCache } from './read-model-cache';
import { ScoreIndexService } from './score-index.service';
import { AsOfIndexService } from './as-of-index.service';

export type RankingRow = RankedSubject;

export interface RankingResult {
  role: ChiefRole;
  period: ResolvedPeriod;
  rows: RankingRow[];
  /** Chiefs of the role who answered for nothing in the period (no stations or counties assigned). */
  unassigned: Array<{ chiefId: string; name: string }>;
  /** The instant the ranking is as known at; absent: as known now. */
  asOf?: string;
}

const ORGANIZATION_TABLES = [UNITS, CHIEFS, CHIEF_SCOPES];

/** The ranking of any of the six chiefs for any period; computed from the score index, cached until the next event. */
@Injectable()
export class RankingService {
  constructor(
    private readonly index: ScoreIndexService,
    private readonly asOfIndex: AsOfIndexService,
    private readonly organization: OrganizationReader,
    private readonly cache: ReadModelCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `asOf`: the ranking as known at that instant (facts recorded later left out, its periods resolved
   * on that instant's day unless `today` says otherwise).
   */
  async ranking(role: ChiefRole, request: PeriodRequest, options: RankingOptions = {}, today?: Day, asOf?: string): Promise<RankingResult> {
    const period = resolvePeriod(request, today ?? businessDayOf(asOf ? new Date(asOf) : new Date()));
    const compute = () => this.compute(role, period, options, asOf);
    if (!this.config.queryCache) return compute();
    return this.cache.memo(
      `ranking:${role}:${period.kind}:${period.from}:${period.to}:${options.peerGroups ?? ''}:${options.withinUnitId ?? ''}:${asOf ?? ''}`,
      compute,
    );
  }

  /** Rankings under other inputs (a draft rule set) with the same subjects and names. */
  async rankWith(role: ChiefRole, period: ResolvedPeriod, inputs: RankingInputs, options: RankingOptions = {}): Promise<RankingRow[]> {
    const subjects = await this.subjects(role);
    return this.describe(role, period, rankSubjects(subjects, period, inputs, options));
  }

  /** The index and rules a ranking reads: as they are, or as known at `asOf`. */
  async inputs(asOf?: string): Promise<RankingInputs> {
    const { index, context } = asOf ? await this.asOfIndex.at(asOf) : await this.index.current();
    return { index, ruleSets: context.ruleSets, populations: context.populations };
  }

  private async compute(role: ChiefRole, period: ResolvedPeriod, options: RankingOptions, asOf?: string): Promise<RankingResult> {
    const [subjects, inputs] = await Promise.all([this.subjects(role), this.inputs(asOf)]);
    const rows = await this.describe(role, period, rankSubjects(subjects, period, inputs, options));
    const ranked = new Set(rows.map((r) => r.subject.subjectId));
    const unassigned = UNIT_ROLES[role]
      ? []
      : subjects.filter((s) => !ranked.has(s.subjectId) && !options.withinUnitId).map((s) => ({ chiefId: s.subjectId, name: s.name }));
    return { role, period, rows, unassigned, ...(asOf ? { asOf } : {}) };
  }

  private async describe(role: ChiefRole, period: Period, ranked: RankedSubject[]): Promise<RankingRow[]> {
    const [unitNames, chiefOf] = await Promise.all([this.unitNames(), this.chiefsOfUnits(role, period.to)]);
    // The rows are this ranking's own: named in place rather than copied.
    for (const row of ranked) {
      row.unitName = unitNames.get(row.subject.unitId) ?? row.subject.unitId;
      row.countyName = row.subject.countyId ? (unitNames.get(row.subject.countyId) ?? null) : null;
      row.chief =
        row.subject.kind === 'CHIEF'
          ? { chiefId: row.subject.subjectId, name: row.subject.name }
          : (chiefOf.get(row.subject.unitId) ?? null);
    }
    return ranked;
  }

  /** The subjects a ranking of the role lists (areas, counties or chiefs), kept until the organisation changes. */
  subjects(role: ChiefRole): Promise<Subject[]> {
    return this.cache.memo(
      `subjects:${role}`,
      async () => {
        const [units, chiefs, scopes] = await Promise.all([
          this.organization.units(),
          this.organization.chiefs({ role }),
          this.organization.scopes(),
        ]);
        return subjectsOf(role, units, chiefs, scopes);
      },
      ORGANIZATION_TABLES,
    );
  }

  private unitNames(): Promise<Map<string, string>> {
    return this.cache.memo('unit-names', async () => new Map((await this.organization.units()).map((u) => [u.unitId, u.name])), [UNITS]);
  }

  /** For station and county rankings: the chief in office on the period's last day. */
  private chiefsOfUnits(role: ChiefRole, day: Day): Promise<Map<string, { chiefId: string; name: string }>> {
    if (!UNIT_ROLES[role]) return Promise.resolve(new Map());
    return this.cache.memo(
      `chiefs-of-units:${role}:${day}`,
      async () => {
        const chiefs = await this.organization.chiefsInOffice(day, role);
        return new Map(chiefs.map((c) => [c.unitId, { chiefId: c.chiefId, name: c.name }]));
      },
      [CHIEFS],
    );
  }
}
