import { Injectable } from '@nestjs/common';
import { Day, addDays, businessDayOf, dekadOf } from '../../../common/business-day';
import { ChiefRole } from '../../../organization/events/organization.events';
import { RankingResult, RankingService } from '../../../scoring/queries/ranking.service';
import { InterviewsReader } from '../../interviews/queries/interviews.reader';
import { isOverdue } from '../../letters/domain/letter-status';
import { LetterRow } from '../../letters/projections/letters.projection';
import { LettersReader } from '../../letters/queries/letters.reader';
import { evaluateExit, exitPeriods, unmetText } from '../../listings/domain/exit-evaluation';
import { ExitFiguresService } from '../../listings/queries/exit-figures.service';
import { ListingsReader } from '../../listings/queries/listings.reader';
import {
  ActiveListing,
  HeldInterview,
  IssuedLetter,
  LevelFigures,
  OverdueLetter,
  RankingPlaces,
  SuggestionFigures,
} from '../domain/suggestion-rules';

/** Stations are ranked as their station chiefs, counties as their county chiefs. */
const LEVELS: Array<[LevelFigures['level'], ChiefRole, string]> = [
  ['STATION', 'STATION_CHIEF', '防区长'],
  ['COUNTY', 'COUNTY_CHIEF', '县局'],
];

const placesOf = ({ period, rows }: RankingResult): RankingPlaces => ({
  label: period.label,
  from: period.from,
  rankedOf: rows.length,
  places: rows.map((r) => ({ unitId: r.subject.unitId, unitName: r.unitName, rank: r.rank })),
});

/**
 * The figures the suggestion rules read as of a day: the rankings, the letters issued and those
 * answered late, the interviews held, the listings in force.
 */
@Injectable()
export class SuggestionFiguresService {
  constructor(
    private readonly rankings: RankingService,
    private readonly letters: LettersReader,
    private readonly interviews: InterviewsReader,
    private readonly listings: ListingsReader,
    private readonly exitFigures: ExitFiguresService,
  ) {}

  async figures(asOf: Day): Promise<SuggestionFigures> {
    // The last two dekads completed before the day of `asOf`, which is not over.
    const later = dekadOf(addDays(dekadOf(asOf).from, -1));
    const earlier = dekadOf(addDays(later.from, -1));
    const [levels, letters, heldInterviews, listings] = await Promise.all([
      Promise.all(LEVELS.map(([level, role, rankingName]) => this.level(level, role, rankingName, [earlier.from, later.from], asOf))),
      this.letters.list(),
      this.heldInterviews(),
      this.activeListings(asOf),
    ]);
    return { asOf, levels, overdueLetters: overdueLetters(letters, asOf), listings, issuedLetters: issuedLetters(letters), heldInterviews };
  }

  private async level(
    level: LevelFigures['level'],
    role: ChiefRole,
    rankingName: string,
    [earlier, later]: Day[],
    asOf: Day,
  ): Promise<LevelFigures> {
    const [first, second, month] = await Promise.all([
      this.rankings.ranking(role, { kind: 'DEKAD', day: earlier }, {}, asOf),
      this.rankings.ranking(role, { kind: 'DEKAD', day: later }, {}, asOf),
      this.rankings.ranking(role, { kind: 'MONTH', day: asOf }, {}, asOf),
    ]);
    return {
      level,
      rankingName,
      dekads: [placesOf(first), placesOf(second)],
      month: {
        label: month.period.label,
        units: month.rows.map((r) => ({ unitId: r.subject.unitId, unitName: r.unitName, counts: r.counts, lastYear: r.lastYear() })),
      },
    };
  }

  /** Interviews of a county's or station's leader that took place (an industry's are not the unit's). */
  private async heldInterviews(): Promise<HeldInterview[]> {
    return (await this.interviews.list()).flatMap((i) =>
      i.targetKind === 'UNIT' && i.heldAt ? [{ interviewId: i.interviewId, unitId: i.unitId, heldOn: businessDayOf(i.heldAt) }] : [],
    );
  }

  /** Listings listed or extended (not delisted, not escalated), their exit condition evaluated as of the day. */
  private async activeListings(asOf: Day): Promise<ActiveListing[]> {
    const rows = (await this.listings.list({}, asOf)).filter((l) => l.status === 'LISTED' || l.status === 'EXTENDED');
    return Promise.all(
      rows.map(async ({ listingId, stationId, target, listedOn, exitConditions }) => {
        const figures = await this.exitFigures.figures(stationId, exitPeriods(exitConditions, listedOn, asOf));
        const { met, conditions } = evaluateExit(exitConditions, listedOn, asOf, figures);
        const unmet = conditions.filter((c) => !c.met).map(unmetText);
        return { listingId, stationId, stationName: target.stationName, township: target.township, listedOn, exitMet: met, unmet };
      }),
    );
  }
}

/** Letters as they stand now, owed past their deadline as of the day. */
const overdueLetters = (letters: LetterRow[], asOf: Day): OverdueLetter[] =>
  letters
    .filter((l) => isOverdue(l.status, l.deadline, asOf))
    .map((l) => ({
      letterId: l.letterId,
      number: l.number,
      title: l.title,
      unitId: l.addresseeId,
      unitName: l.addressee.name,
      deadline: l.deadline,
    }));

/** Letters that were issued: a withdrawn draft never reached the unit. */
const issuedLetters = (letters: LetterRow[]): IssuedLetter[] =>
  letters.flatMap((l) =>
    l.number !== null && l.issuedOn !== null
      ? [{ letterId: l.letterId, number: l.number, unitId: l.addresseeId, issuedOn: l.issuedOn }]
      : [],
  );
