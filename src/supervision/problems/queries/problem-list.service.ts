import { Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { Ratio } from '../../../common/ratio';
import { labelOf } from '../../../scoring/domain/resolve-period';
import { CandidateWithEvidence } from '../domain/problem-candidates';
import { checkMonth } from '../domain/problem-month';
import { ProblemRow } from '../projections/problems.projection';
import { ProblemCandidatesService } from './problem-candidates.service';
import { ProblemsReader } from './problems.reader';

export interface ProblemList {
  countyId: string;
  countyName: string;
  month: string;
  monthLabel: string;
  problems: ProblemRow[];
  /** The candidates the figures suggest now that are not on the list yet. */
  candidates: CandidateWithEvidence[];
}

/** A county's problem list of a month: what was raised, and what the figures suggest besides. */
@Injectable()
export class ProblemListService {
  constructor(
    private readonly candidates: ProblemCandidatesService,
    private readonly problems: ProblemsReader,
  ) {}

  async list(countyId: string, month: string, faceToFaceTarget: Ratio, today: Day): Promise<ProblemList> {
    const county = await this.candidates.county(countyId);
    const first = checkMonth(month, today);
    const [candidates, problems] = await Promise.all([
      this.candidates.candidates(countyId, month, faceToFaceTarget, today),
      this.problems.list(countyId, month),
    ]);
    const adopted = new Set(problems.map((p) => (p.origin.kind === 'CANDIDATE' ? p.origin.candidateKey : null)));
    return {
      countyId,
      countyName: county.name,
      month,
      monthLabel: labelOf('MONTH', { from: first, to: first }),
      problems,
      candidates: candidates.filter((c) => !adopted.has(c.key)),
    };
  }
}
