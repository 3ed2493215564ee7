import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../../read-store/read-store.port';
import { DecisionRow, SUGGESTION_DECISIONS } from '../projections/suggestion-decisions.projection';

/** Reads of the decided suggestions. */
@Injectable()
export class SuggestionDecisionsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  /** Newest decision first. */
  all(): Promise<DecisionRow[]> {
    return this.store.find<DecisionRow & Record<string, unknown>>(SUGGESTION_DECISIONS, { orderBy: [['position', 'desc']] });
  }
}
