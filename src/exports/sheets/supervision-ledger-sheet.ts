import { chineseDate } from '../../common/chinese-date';
import { Day } from '../../common/business-day';
import { ACTION_KIND_LABELS, ActionItem } from '../../supervision/overview/domain/supervision-overview';
import { Cell, Sheet } from '../domain/sheet';

/**
 * 督导台账: every letter issued, interview held (or ordered) and listing placed in the period, one
 * row each, with its county, status today, deadline and whether it is overdue: the ledger a bureau
 * keeps of its accountability ladder.
 */
export function supervisionLedgerSheet(items: ActionItem[], countyNames: ReadonlyMap<string, string>, from: Day, to: Day): Sheet {
  return {
    name: '督导台账',
    caption: `督导台账（${chineseDate(from)}至${chineseDate(to)}，共${items.length}项）`,
    columns: [
      { header: '序号', format: 'count', width: 6 },
      { header: '日期', format: 'text', width: 12 },
      { header: '类别', format: 'text', width: 12 },
      { header: '县（区）', format: 'text', width: 14 },
      { header: '事项', format: 'text', width: 44 },
      { header: '期限', format: 'text', width: 12 },
      { header: '状态', format: 'text', width: 10 },
      { header: '是否逾期', format: 'text', width: 10 },
    ],
    rows: items.map((item, i): Cell[] => [
      i + 1,
      item.countedOn,
      ACTION_KIND_LABELS[item.kind],
      countyNames.get(item.countyId) ?? item.countyId,
      item.title,
      item.deadline,
      item.statusLabel,
      item.overdue ? '是' : '否',
    ]),
  };
}
