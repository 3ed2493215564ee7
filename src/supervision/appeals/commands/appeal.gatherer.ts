import { bilingual } from '../../../common/bilingual';
import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { NotFoundError, doesNotExist } from '../../../common/graphql/api-errors';
import { eventIdFor } from '../../../common/ids';
import { EventStore } from '../../../event-store/event-store.port';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { CommandContext } from '../../../recording/command-context';
import { requireChief, requireUnit } from '../../common/commands/organization-facts';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { CitedEvent, FileAppeal, ReviewAppeal } from '../domain/appeal.decider';
import { appealTarget } from '../domain/appeal-target';
import { AppealTarget, ContestedFact } from '../events/appeal.events';
import { AppealsReader } from '../queries/appeals.reader';
import { ContestedFigures, CountedFact, CountedFactsService } from '../queries/counted-facts.service';
import { FileAppealRequest } from './file-appeal.command';
import { ReviewAppealRequest } from './review-appeal.command';

/** Where a correction of the contested figures counts: the contested fact's day, or the contested unit and days. */
function correctedFigures(target: AppealTarget): ContestedFigures {
  const { fact } = target;
  return fact ? { unitId: fact.areaId, level: 'STATION', from: fact.day, to: fact.day } : target;
}

const cited = ({ event, areaId, day }: CountedFact): CitedEvent => ({
  eventId: event.id,
  type: event.type,
  streamId: event.streamId,
  position: event.position.toString(),
  recordedAt: event.metadata.recordedAt,
  areaId,
  day,
  data: event.data,
});

/** Looks up the appellant, the contested unit, fact and figures, and a review's cited events, for the decider to judge. */
@Injectable()
export class AppealGatherer {
  constructor(
    @Inject(EventStore) private readonly store: EventStore,
    private readonly organization: OrganizationReader,
    private readonly appeals: AppealsReader,
    private readonly counted: CountedFactsService,
    private readonly evidence: EvidenceService,
    private readonly clock: Clock,
  ) {}

  async filing(request: FileAppealRequest, context: CommandContext): Promise<FileAppeal> {
    const { chiefId, unitId, from, to, eventId, reason, reviewWithinDays } = request;
    const today = this.clock.today();
    const appellant = await requireChief(this.organization, chiefId, 'chiefId');
    const unit = await requireUnit(this.organization, unitId, 'unitId');
    const unitUnderAppellant = await this.organization.isWithin(unitId, [appellant.unitId]);
    // Only past days of a station or county have figures to read: the decider's own check, made before reading them.
    const scope = appealTarget(unit, from, to, today, null);
    // Read before the figures, so any correction after it is later than what the appeal contests.
    const asOfPosition = (await this.store.headPosition()).toString();
    const fact = eventId === null ? null : await this.contestedFact(scope, eventId);
    const figures = await this.figures({ unitId, from, to }, 'input', today);
    // An appeal is known by the id of the event that filed it: the same for a resend.
    const appealId = eventIdFor(context.idempotencyKey);
    const facts = { appellant, unit, unitUnderAppellant, fact, asOfPosition, figures };
    return { type: 'FileAppeal', appealId, from, to, reason, today, reviewWithinDays, facts };
  }

  async review({ appealId, outcome, reasoning, correctingEventIds }: ReviewAppealRequest): Promise<ReviewAppeal> {
    const appeal = await this.appeals.byId(appealId);
    if (!appeal) throw doesNotExist('appeal', appealId, 'appealId');
    const found = await this.counted.find(correctedFigures(appeal.target), correctingEventIds);
    const missing = correctingEventIds.filter((id) => !found.has(id));
    if (missing.length > 0) {
      const quoted = missing.map((id) => `"${id}"`);
      throw new NotFoundError(
        bilingual(
          `被申诉的数据中没有事件 ${quoted.join('、')}，请引用为这些数据记录的更正事件`,
          `no event ${quoted.join(', ')} counts in the contested figures; cite the corrections recorded for them`,
        ),
        'correctingEventIds',
      );
    }
    const figures = await this.figures(appeal.target, 'appealId', this.clock.today());
    return {
      type: 'ReviewAppeal',
      appealId,
      outcome,
      reasoning,
      facts: { cited: correctingEventIds.map((id) => cited(found.get(id)!)), figures },
    };
  }

  /** A unit's figures for the contested days, as they read now. */
  private figures({ unitId, from, to }: { unitId: string; from: Day; to: Day }, field: string, today: Day) {
    return this.evidence.gather({ unitId, period: { kind: 'RANGE', from, to } }, field, today);
  }

  private async contestedFact(scope: AppealTarget, eventId: string): Promise<ContestedFact> {
    const found = (await this.counted.find(scope, [eventId])).get(eventId);
    if (!found) {
      throw new NotFoundError(
        bilingual(
          `事件 "${eventId}" 不是 ${scope.unitName} ${scope.from} 至 ${scope.to} 计分数据中的事实：` +
            '该编号不是其中计入的预警、警情、案件、打击或挽损事件（explainScore 列出计入的事件）',
          `event "${eventId}" is not a fact counted in the figures of ${scope.unitName} from ${scope.from} to ${scope.to}: ` +
            'no warning, alert, case, strike or recovery event with this id counts there (explainScore lists those that do)',
        ),
        'eventId',
      );
    }
    const { event, areaId, day } = found;
    return { eventId, type: event.type, streamId: event.streamId, position: event.position.toString(), areaId, day };
  }
}
