import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../common/business-day';
import { EventStore } from '../../event-store/event-store.port';
import { ReadStore } from '../../read-store/read-store.port';
import { correctionSummary, factLabel, isCorrection } from '../../facts/domain/fact-catalogue';
import { DAILY_INDICATORS } from '../../scoring/projections/indicator-tables';
import { BulletinContent, BulletinFigures } from '../domain/bulletin-content';
import { FigureDifference, figureDifferences } from '../domain/figure-differences';
import { BulletinContentService } from './bulletin-content.service';

export interface LaterEvent {
  eventId: string;
  type: string;
  /** As officers name it, from the fact catalogue, e.g. 撤案. */
  typeLabel: string;
  /** What a correction changed, e.g. 撤案: 案件AJ-1, 核减发案1起、财损3000.00元(重复立案); null for a late fact. */
  summary: string | null;
  recordedAt: string;
  unitId: string;
}

/** 更正说明: how a published day reads now, and the events recorded since that changed its figures. */
export interface Restatement {
  changed: boolean;
  current: BulletinContent;
  differences: FigureDifference[];
  changedBy: LaterEvent[];
}

@Injectable()
export class RestatementService {
  constructor(
    private readonly contents: BulletinContentService,
    @Inject(ReadStore) private readonly store: ReadStore,
    @Inject(EventStore) private readonly events: EventStore,
  ) {}

  async restatement(published: { day: Day; asOfPosition: string; figures: BulletinFigures }): Promise<Restatement> {
    const [current, changedBy] = await Promise.all([
      this.contents.contentFor(published.day),
      this.eventsSince(published.day, BigInt(published.asOfPosition)),
    ]);
    const differences = figureDifferences(published.figures, current.figures);
    return { changed: differences.length > 0, current, differences, changedBy };
  }

  /**
   * The events behind the day's indicator rows that came after the bulletin's position: late facts
   * and corrections (a case revoked or its loss amended counts on the day it was filed). Changes of
   * rules or organisation can also move a ranking; they are not facts of the day and are not listed.
   */
  private async eventsSince(day: Day, asOf: bigint): Promise<LaterEvent[]> {
    const rows = await this.store.find<{ sources: number[] }>(DAILY_INDICATORS, { where: { day }, columns: ['sources'] });
    const positions = [...new Set(rows.flatMap((r) => r.sources))].map(BigInt).filter((p) => p > asOf);
    const events = await this.events.readPositions(positions);
    return events.map((e) => ({
      eventId: e.id,
      type: e.type,
      typeLabel: factLabel(e.type),
      summary: isCorrection(e.type) ? correctionSummary(e.type, e.data) : null,
      recordedAt: e.metadata.recordedAt,
      unitId: e.metadata.unitId,
    }));
  }
}
