import { Command } from '@nestjs/cqrs';
import { Day } from '../../../common/business-day';
import { CommandContext } from '../../../recording/command-context';
import { RecordResult } from '../../../recording/record-result.type';
import { Ratio } from '../../../common/ratio';
import { EvidenceRequest } from '../../evidence/queries/evidence.service';

/** How a problem is raised, as asked: the handler looks up what each way refers to. */
export type RaiseRequest = { countyId: string; month: string; ownerChiefId: string; deadline: Day } & (
  | { kind: 'CANDIDATE'; candidateKey: string; faceToFaceTarget: Ratio }
  | { kind: 'MANUAL'; title: string; description: string; evidence: EvidenceRequest | null }
  | { kind: 'VISIT_POINT'; visitId: string; pointNumber: number; title: string | null; evidence: EvidenceRequest | null }
);

export class RaiseProblemCommand extends Command<RecordResult> {
  constructor(
    readonly request: RaiseRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
