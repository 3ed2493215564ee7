import { dayNotYet } from '../../../common/refusals';
import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Clock } from '../../../common/clock';
import { Evidence } from '../../evidence/domain/evidence';
import { EvidenceService } from '../../evidence/queries/evidence.service';
import { Suggestion } from '../domain/suggestion';
import { suggest } from '../domain/suggestion-rules';
import { DecisionRow } from '../projections/suggestion-decisions.projection';
import { SuggestionDecisionsReader } from './suggestion-decisions.reader';
import { SuggestionFiguresService } from './suggestion-figures.service';

export type OpenSuggestion = Suggestion & { evidence: Evidence };

export interface SuggestionList {
  asOf: Day;
  open: OpenSuggestion[];
  decided: DecisionRow[];
}

/** What the figures suggest as of a day, less what people have decided already, each with its evidence. */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly figures: SuggestionFiguresService,
    private readonly evidence: EvidenceService,
    private readonly decisions: SuggestionDecisionsReader,
    private readonly clock: Clock,
  ) {}

  /** Checks `asOf` (default today): suggestions are computed for days that have come. */
  asOf(day: Day | undefined): Day {
    const today = this.clock.today();
    if (day && day > today) throw dayNotYet(day, today, 'asOf');
    return day ?? today;
  }

  async list(asOf: Day): Promise<SuggestionList> {
    const [suggestions, decided] = await Promise.all([this.suggested(asOf), this.decisions.all()]);
    const taken = new Set(decided.map((d) => d.key));
    const open = await Promise.all(suggestions.filter((s) => !taken.has(s.key)).map((s) => this.withEvidence(s, asOf)));
    return { asOf, open, decided };
  }

  /** The suggestion with this key as of the day, decided or not, with its evidence; undefined when the figures do not suggest it. */
  async find(key: string, asOf: Day): Promise<OpenSuggestion | undefined> {
    const found = (await this.suggested(asOf)).find((s) => s.key === key);
    return found && this.withEvidence(found, asOf);
  }

  private async suggested(asOf: Day): Promise<Suggestion[]> {
    return suggest(await this.figures.figures(asOf));
  }

  private async withEvidence(suggestion: Suggestion, asOf: Day): Promise<OpenSuggestion> {
    return { ...suggestion, evidence: await this.evidence.gather({ unitId: suggestion.unitId, period: suggestion.period }, 'key', asOf) };
  }
}
