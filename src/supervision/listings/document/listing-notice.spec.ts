import { HALF_WIDTH_PUNCTUATION, OFFICE, documentTexts } from '../../common/document/official-document.spec-helpers';
import { evidence } from '../../letters/domain/letter.spec-helpers';
import { ListingRow } from '../projections/listings.projection';
import { exitConditionZh, listingNotice } from './listing-notice';

const row = (over: Partial<ListingRow> = {}): ListingRow => ({
  listingId: 'GP-1',
  target: { stationId: 'st-a', stationName: '凤岗派出所', areaName: '凤岗防区', township: null },
  countyId: 'county-sx',
  reason: '凤岗防区连续两旬发案居全市前列',
  evidence: evidence({ unitId: 'st-a', unitName: '凤岗派出所', role: 'STATION_CHIEF', rank: 120, rankedOf: 120 }),
  deadline: '2026-06-30',
  exitConditions: [
    { indicator: 'cases', comparator: 'AT_MOST', threshold: 2, per: 'DEKAD', consecutive: 2 },
    { indicator: 'faceToFaceRate', comparator: 'AT_LEAST', threshold: 955, per: 'MONTH', consecutive: 1 },
  ],
  listedOn: '2026-05-06',
  stationId: 'st-a',
  status: 'LISTED',
  originalDeadline: '2026-06-30',
  lastReview: null,
  escalation: null,
  delistedOn: null,
  delistNote: null,
  ...over,
});

const paragraphs = (doc: ReturnType<typeof listingNotice>) => doc.body.flatMap((b) => (b.kind === 'table' ? [] : [b.text]));

describe('挂牌督办通知书', () => {
  it('names what is listed, the reason, the term and the figures, addressed to the station', () => {
    const doc = listingNotice(row(), OFFICE);
    expect(doc).toMatchObject({
      kind: '挂牌督办通知书',
      title: '关于对凤岗防区挂牌督办的通知',
      addressee: '凤岗派出所',
      signature: '三明市公安局',
      date: '2026-05-06',
    });
    expect(paragraphs(doc)[0]).toBe(
      '因凤岗防区连续两旬发案居全市前列，根据反诈工作考评有关规定，经研究，决定对凤岗防区挂牌督办，督办期限自2026年5月6日至2026年6月30日。现将有关事项通知如下：',
    );
    expect(doc.body.find((b) => b.kind === 'table')).toMatchObject({ caption: expect.stringMatching(/^凤岗派出所 2026年4月主要指标/) });
  });

  it('states the exit conditions (摘牌条件) in words, numbered, the last closing the sentence', () => {
    const lines = paragraphs(listingNotice(row(), OFFICE));
    const at = lines.indexOf('二、摘牌条件');
    expect(lines.slice(at, at + 4)).toEqual([
      '二、摘牌条件',
      '督办期间同时达到以下条件，经复核后予以摘牌：',
      '（一）发案数每旬不超过2，连续2旬；',
      '（二）见面率每月不低于95.5%，连续1个月。',
    ]);
  });

  it('writes amounts in 元 or 万元 and keeps labels in full-width parentheses', () => {
    expect(exitConditionZh({ indicator: 'lossFen', comparator: 'LESS_THAN', threshold: 5_000_000, per: 'MONTH', consecutive: 2 })).toBe(
      '财损每月低于5.00万元，连续2个月',
    );
    expect(exitConditionZh({ indicator: 'recoveredFen', comparator: 'AT_LEAST', threshold: 500_000, per: 'DEKAD', consecutive: 1 })).toBe(
      '挽损金额（止付+冻结+返赃）每旬不低于5000元，连续1旬',
    );
  });

  it('names a township within the defense area, and an extended term with its original deadline', () => {
    const doc = listingNotice(
      row({
        target: { stationId: 'st-a', stationName: '凤岗派出所', areaName: '凤岗防区', township: '富口镇' },
        deadline: '2026-07-31',
        status: 'EXTENDED',
      }),
      OFFICE,
    );
    expect(doc.title).toBe('关于对凤岗防区富口镇挂牌督办的通知');
    expect(paragraphs(doc)[0]).toContain('督办期限自2026年5月6日至2026年7月31日（原定至2026年6月30日，已延期）。');
    expect(paragraphs(doc)).toContain(
      '请于2026年7月31日前完成整改。督办期间，我局将按期复核整改进展；期满未达到摘牌条件的，将视情延期督办或升级约谈。',
    );
  });

  it('writes its Chinese with full-width punctuation and ends in a paragraph the signature keeps with it', () => {
    const doc = listingNotice(row(), OFFICE);
    expect(documentTexts(doc).filter((t) => HALF_WIDTH_PUNCTUATION.test(t))).toEqual([]);
    expect(doc.body[doc.body.length - 1].kind).toBe('paragraph');
  });
});
