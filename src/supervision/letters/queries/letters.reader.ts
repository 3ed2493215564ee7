import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../../read-store/read-store.port';
import { LETTERS, LetterRow } from '../projections/letters.projection';

export interface LettersFilter {
  /** The addressee. */
  unitId?: string;
  /** Letters to the county and to its stations. */
  countyId?: string;
  /** Year of issue. */
  year?: number;
}

/** Reads of the letters read model. */
@Injectable()
export class LettersReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  byId(letterId: string): Promise<LetterRow | undefined> {
    return this.store.findOne<LetterRow & Record<string, unknown>>(LETTERS, { letterId });
  }

  /** Newest draft first. */
  list({ unitId, countyId, year }: LettersFilter = {}): Promise<LetterRow[]> {
    const where = Object.fromEntries(Object.entries({ addresseeId: unitId, countyId, year }).filter(([, v]) => v !== undefined));
    return this.store.find<LetterRow & Record<string, unknown>>(LETTERS, { where, orderBy: [['position', 'desc']] });
  }
}
