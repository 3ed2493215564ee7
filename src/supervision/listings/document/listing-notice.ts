import { chineseDate } from '../../../common/chinese-date';
import { formatAmountZh } from '../../../common/money';
import { chineseNumber, fullWidthParentheses, sentenceBody } from '../../common/document/chinese-text';
import { figureLines, figuresCaption, figuresTable } from '../../common/document/evidence-figures';
import { IssuingOffice } from '../../common/document/issuing-office';
import { OfficialDocument, heading, paragraph } from '../../common/document/official-document';
import {
  Comparator,
  EXIT_PERIOD_LABELS,
  ExitCondition,
  indicatorLabel,
  periodsText,
  thresholdText,
  thresholdUnit,
} from '../domain/exit-condition';
import { ListingTarget } from '../events/listing.events';
import { ListingRow } from '../projections/listings.projection';

export const LISTING_NOTICE_KIND = '挂牌督办通知书';

/** What is listed as the notice names it: the defense area, or the township within it. */
export const listedName = (target: ListingTarget): string => {
  const area = target.areaName ?? target.stationName;
  return target.township ? `${area}${target.township}` : area;
};

const COMPARED: Record<Comparator, string> = { AT_MOST: '不超过', LESS_THAN: '低于', AT_LEAST: '不低于' };

/** "发案数每旬不超过2，连续2旬", "财损每月低于5000元，连续1个月", "见面率每旬不低于95.0%，连续3旬". */
export function exitConditionZh(c: ExitCondition): string {
  const unit = thresholdUnit(c.indicator);
  const value =
    unit === 'fen'
      ? formatAmountZh(c.threshold)
      : unit === 'permille'
        ? `${thresholdText(c.indicator, c.threshold)}%`
        : String(c.threshold);
  return `${fullWidthParentheses(indicatorLabel(c.indicator))}每${EXIT_PERIOD_LABELS[c.per]}${COMPARED[c.comparator]}${value}，连续${periodsText(c.per, c.consecutive)}`;
}

/** 督办期限, with the original deadline when it was extended. */
function termOf(row: ListingRow): string {
  const term = `督办期限自${chineseDate(row.listedOn)}至${chineseDate(row.deadline)}`;
  return row.deadline === row.originalDeadline ? term : `${term}（原定至${chineseDate(row.originalDeadline)}，已延期）`;
}

/**
 * 挂牌督办通知书: what is listed and why, with the figures it rests on; the conditions for 摘牌; the
 * deadline; and what is asked of the station while listed.
 */
export function listingNotice(row: ListingRow, office: IssuingOffice): OfficialDocument {
  const name = listedName(row.target);
  const reason = sentenceBody(row.reason);
  const conditions = row.exitConditions.map(
    (c, i) => `（${chineseNumber(i + 1)}）${exitConditionZh(c)}${i === row.exitConditions.length - 1 ? '。' : '；'}`,
  );
  return {
    kind: LISTING_NOTICE_KIND,
    number: null,
    mark: null,
    title: `关于对${name}挂牌督办的通知`,
    addressee: row.target.stationName,
    body: [
      paragraph(`因${reason}，根据反诈工作考评有关规定，经研究，决定对${name}挂牌督办，${termOf(row)}。现将有关事项通知如下：`),
      heading('一、挂牌事由'),
      paragraph(`${reason}。主要指标如下表。`),
      figuresTable(figuresCaption(row.evidence), figureLines(row.evidence)),
      heading('二、摘牌条件'),
      paragraph(conditions.length > 1 ? '督办期间同时达到以下条件，经复核后予以摘牌：' : '督办期间达到以下条件，经复核后予以摘牌：'),
      ...conditions.map(paragraph),
      heading('三、整改期限'),
      paragraph(
        `请于${chineseDate(row.deadline)}前完成整改。督办期间，我局将按期复核整改进展；期满未达到摘牌条件的，将视情延期督办或升级约谈。`,
      ),
      heading('四、工作要求'),
      paragraph('（一）请你单位接到通知后即制定整改方案，明确责任人和整改措施，报送我局。'),
      paragraph('（二）督办期间，请每旬报送整改进展情况，达到摘牌条件后书面申请摘牌复核。'),
    ],
    signature: office.organ,
    date: row.listedOn,
    office,
  };
}
