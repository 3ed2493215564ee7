import { shanghaiTimeOf } from '../../common/business-day';
import { bilingual } from '../../common/bilingual';
import { DomainRuleError } from '../../common/decider';

export const MAX_PAGE_SIZE = 500;

export interface AuditQuery {
  unitId?: string;
  subject?: string;
  /** Instants (ISO, UTC) bounding when the events were recorded. */
  from?: string;
  to?: string;
  first: number;
  /** The cursor of the last entry already read: its global position as a decimal string. */
  after?: string;
}

/** Checks the paging and time bounds; the position entries must lie before when a cursor is given. */
export function checkAuditQuery({ from, to, first, after }: AuditQuery): { beforePosition?: number } {
  if (from && to && from > to) {
    throw new DomainRuleError(
      bilingual(`起始时间 from（${shanghaiTimeOf(from)}）晚于截止时间 to（${shanghaiTimeOf(to)}）`, `from (${from}) is after to (${to})`),
      'from',
    );
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainRuleError(
      bilingual(
        `每页条数 first 须在 1 至 ${MAX_PAGE_SIZE} 之间，实际为 ${first}`,
        `first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`,
      ),
      'first',
    );
  }
  if (after === undefined || after === null) return {};
  if (!/^[1-9]\d{0,14}$/.test(after)) {
    throw new DomainRuleError(
      bilingual(
        `翻页位置 "${after}" 无效：请填写上一页的 endCursor`,
        `"${after}" is not a cursor of this trail: pass the endCursor of a page`,
      ),
      'after',
    );
  }
  return { beforePosition: Number(after) };
}

/** A unit and every unit under it (a county and its stations; the city and everything). */
export function unitAndDescendants(units: ReadonlyArray<{ unitId: string; parentId: string | null }>, unitId: string): string[] {
  const found = [unitId];
  for (let i = 0; i < found.length; i++) {
    for (const unit of units) if (unit.parentId === found[i] && !found.includes(unit.unitId)) found.push(unit.unitId);
  }
  return found;
}
