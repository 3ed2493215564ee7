import { Inject, Injectable } from '@nestjs/common';
import { Day } from '../../../common/business-day';
import { ReadStore } from '../../../read-store/read-store.port';
import {
  BULLETIN_INSTRUCTIONS,
  BULLETIN_INSTRUCTION_UNITS,
  InstructedUnitRow,
  InstructionRow,
} from '../projections/instructions.projection';

type Row<T> = T & Record<string, unknown>;

/** An instruction with the units it names, in the order named. */
export type InstructionView = InstructionRow & { units: InstructedUnitRow[] };

/** Reads of the instructions on bulletins. */
@Injectable()
export class InstructionsReader {
  constructor(@Inject(ReadStore) private readonly store: ReadStore) {}

  byId(instructionId: string): Promise<InstructionRow | undefined> {
    return this.store.findOne<Row<InstructionRow>>(BULLETIN_INSTRUCTIONS, { instructionId });
  }

  /** The instructions on a bulletin, in the order issued, with every unit they name. */
  async onBulletin(bulletinDay: Day): Promise<InstructionView[]> {
    const instructions = await this.store.find<Row<InstructionRow>>(BULLETIN_INSTRUCTIONS, {
      where: { bulletinDay },
      orderBy: [['issuedPosition', 'asc']],
    });
    const units = await this.units({ instructionId: { in: instructions.map((i) => i.instructionId) } });
    return instructions.map((i) => ({ ...i, units: units.filter((u) => u.instructionId === i.instructionId) }));
  }

  /** The instructions naming the unit or (for a county) any unit of it, newest first, each with only those units. */
  async naming(unitId: string): Promise<InstructionView[]> {
    const [own, ofCounty] = await Promise.all([this.units({ unitId }), this.units({ countyId: unitId })]);
    const units = [...new Map([...own, ...ofCounty].map((u) => [`${u.instructionId}@${u.unitId}`, u])).values()].sort(
      (a, b) => a.place - b.place,
    );
    const instructions = await this.store.find<Row<InstructionRow>>(BULLETIN_INSTRUCTIONS, {
      where: { instructionId: { in: [...new Set(units.map((u) => u.instructionId))] } },
      orderBy: [['issuedPosition', 'desc']],
    });
    return instructions.map((i) => ({ ...i, units: units.filter((u) => u.instructionId === i.instructionId) }));
  }

  private units(where: Record<string, unknown>): Promise<InstructedUnitRow[]> {
    return this.store.find<Row<InstructedUnitRow>>(BULLETIN_INSTRUCTION_UNITS, { where, orderBy: [['place', 'asc']] });
  }
}
