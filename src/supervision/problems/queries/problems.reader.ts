import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../../read-store/read-store.port';
import { ProblemRow, SUPERVISION_PROBLEMS } from '../projections/problems.projection';

/** Reads of the problem lists. */
@Injectable()
export class ProblemsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  byId(problemId: string): Promise<ProblemRow | undefined> {
    return this.store.findOne<ProblemRow>(SUPERVISION_PROBLEMS, { problemId });
  }

  /** A county's list of a month, in the order raised. */
  list(countyId: string, month: string): Promise<ProblemRow[]> {
    return this.store.find<ProblemRow>(SUPERVISION_PROBLEMS, { where: { countyId, month }, orderBy: [['number', 'asc']] });
  }
}
