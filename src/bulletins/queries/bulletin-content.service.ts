import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Day } from '../../common/business-day';
import { OrganizationReader } from '../../organization/queries/organization.reader';
import { RankingService } from '../../scoring/queries/ranking.service';
import { ScoringReader } from '../../scoring/queries/scoring.reader';
import { BulletinContent, buildBulletinContent } from '../domain/bulletin-content';

/** The bulletin of a day as the read models give it now: the draft, and what publishing freezes. */
@Injectable()
export class BulletinContentService {
  constructor(
    private readonly scoring: ScoringReader,
    private readonly organization: OrganizationReader,
    private readonly rankings: RankingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async contentFor(day: Day): Promise<BulletinContent> {
    const period = { from: day, to: day };
    const [rows, units, ranking] = await Promise.all([
      this.scoring.dailyRows(period),
      this.organization.units(),
      // The month to date, cut at the bulletin's day: see rankingSentences.
      this.rankings.ranking('STATION_CHIEF', { kind: 'MONTH', day }, {}, day),
    ]);
    const areas = ranking.rows.map((r) => ({
      rank: r.rank,
      stationName: r.unitName,
      countyName: r.countyName,
      chief: r.chief,
      score: r.score,
    }));
    return buildBulletinContent({ day, rows, units, ranking: areas, countyOrder: this.config.bulletinCountyOrder });
  }
}
