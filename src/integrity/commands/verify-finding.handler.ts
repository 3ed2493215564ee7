import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FactRecorder } from '../../recording/fact-recorder';
import { findingVerificationDecider } from '../domain/finding-verification.decider';
import { findingStream } from '../events/finding.events';
import { Finding } from '../domain/finding';
import { IdentifiedFinding, IntegrityFindingsService } from '../queries/integrity-findings.service';
import { VerifyFindingCommand } from './verify-finding.command';

/** The finding as frozen into the verdict: its id is derived from it, not part of it. */
const withoutId = ({ findingId: _derived, ...finding }: IdentifiedFinding): Finding => finding;

@CommandHandler(VerifyFindingCommand)
export class VerifyFindingHandler implements ICommandHandler<VerifyFindingCommand> {
  constructor(
    private readonly findings: IntegrityFindingsService,
    private readonly recorder: FactRecorder,
  ) {}

  /** The finding is computed again from the period's events, and frozen as staff saw it into the verdict. */
  async execute({ request, context }: VerifyFindingCommand) {
    const { unitId, ...verdict } = request;
    const found = await this.findings.findings(unitId, verdict.period);
    const match = found.find((f) => f.findingId === verdict.findingId);
    const command = { type: 'VerifyFinding' as const, ...verdict, finding: match ? withoutId(match) : null };
    return this.recorder.record(findingStream(verdict.findingId), findingVerificationDecider, command, context, { request });
  }
}
