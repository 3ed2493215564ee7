import { Injectable } from '@nestjs/common';
import { BulletinsReader } from '../../../bulletins/queries/bulletins.reader';
import { Clock } from '../../../common/clock';
import { eventIdFor } from '../../../common/ids';
import { OrganizationReader } from '../../../organization/queries/organization.reader';
import { CommandContext } from '../../../recording/command-context';
import { requireChief, requireUnit } from '../../common/commands/organization-facts';
import { IssueInstruction } from '../domain/instruction.decider';
import { IssueInstructionRequest } from './instruction.commands';

/** Looks up the bulletin, the leader and the units named, for the decider to judge. */
@Injectable()
export class InstructionGatherer {
  constructor(
    private readonly bulletins: BulletinsReader,
    private readonly organization: OrganizationReader,
    private readonly clock: Clock,
  ) {}

  async issuing(request: IssueInstructionRequest, context: CommandContext): Promise<IssueInstruction> {
    const { bulletinDay, chiefId, text, units, dueDay } = request;
    const bulletin = await this.bulletins.byDay(bulletinDay);
    const leader = await requireChief(this.organization, chiefId, 'chiefId');
    const named = await Promise.all(units.map((u, i) => requireUnit(this.organization, u.unitId, `units.${i}.unitId`)));
    // An instruction is known by the id of the event that issues it: the same for a resend.
    const instructionId = eventIdFor(context.idempotencyKey);
    return {
      type: 'IssueInstruction',
      instructionId,
      bulletinDay,
      text,
      units,
      dueDay,
      today: this.clock.today(),
      facts: { bulletin: bulletin ? { day: bulletin.day, number: bulletin.number } : null, leader, units: named },
    };
  }
}
