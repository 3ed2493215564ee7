import { Inject, Injectable } from '@nestjs/common';
import { ReadStore } from '../../../read-store/read-store.port';
import { WARNING_INSTRUCTIONS, WarningInstructionRow } from '../projections/open-warnings.projection';

type Row = WarningInstructionRow & Record<string, unknown>;

/** The most a desk lists at once: the nearest deadlines first. */
export const OPEN_WARNINGS_LIMIT = 200;

/** Reads of the warning instructions read model. */
@Injectable()
export class OpenWarningsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  /** Warnings of these units with no contact standing whose deadline lies between the instants, nearest first. */
  open(unitIds: string[], deadlineFrom: string, deadlineTo: string): Promise<WarningInstructionRow[]> {
    return this.store.find<Row>(WARNING_INSTRUCTIONS, {
      where: { unitId: { in: unitIds }, contacts: 0, deadline: { gte: deadlineFrom, lte: deadlineTo } },
      orderBy: [['deadline', 'asc']],
      limit: OPEN_WARNINGS_LIMIT,
    });
  }
}
