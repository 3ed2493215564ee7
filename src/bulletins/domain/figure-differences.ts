import { formatYuan } from '../../common/money';
import { BulletinFigures, DAY_TOTALS, DAY_TOTAL_KEYS, RankedArea } from './bulletin-content';
import { describeRankedArea } from './bulletin-text';

/** One figure that reads differently now than in the published bulletin; values as officers read them. */
export interface FigureDifference {
  field: string;
  label: string;
  published: string | null;
  current: string | null;
}

/** Every figure of a published bulletin that reads differently now, in bulletin order. */
export function figureDifferences(published: BulletinFigures, current: BulletinFigures): FigureDifference[] {
  return [
    ...totals(published, current),
    ...countyAlerts(published, current),
    ...places('top', '防区长排名前列', published.top, current.top),
    ...places('bottom', '防区长排名后列', published.bottom, current.bottom),
  ].filter((figure) => figure.published !== figure.current);
}

function totals(published: BulletinFigures, current: BulletinFigures): FigureDifference[] {
  return [
    ...DAY_TOTAL_KEYS.map((key) => {
      const show = key.endsWith('Fen') ? formatYuan : String;
      return { field: key, label: DAY_TOTALS[key], published: show(published[key]), current: show(current[key]) };
    }),
    { field: 'faceToFaceRate', label: '见面率（%）', published: published.faceToFaceRate, current: current.faceToFaceRate },
  ];
}

/** Counties named in either list, published ones first; a county missing from a list had no alerts. */
function countyAlerts(published: BulletinFigures, current: BulletinFigures): FigureDifference[] {
  const names = new Map([...published.alertsByCounty, ...current.alertsByCounty].map((c) => [c.countyId, c.countyName]));
  const alerts = (figures: BulletinFigures, countyId: string) =>
    String(figures.alertsByCounty.find((c) => c.countyId === countyId)?.alerts ?? 0);
  return [...names].map(([countyId, name]) => ({
    field: `alertsByCounty.${countyId}`,
    label: `${name}警情数`,
    published: alerts(published, countyId),
    current: alerts(current, countyId),
  }));
}

function places(field: 'top' | 'bottom', label: string, published: RankedArea[], current: RankedArea[]): FigureDifference[] {
  const describe = (area: RankedArea | undefined) => (area ? describeRankedArea(area) : null);
  return Array.from({ length: Math.max(published.length, current.length) }, (_, i) => ({
    field: `${field}[${i}]`,
    label: `${label}第${i + 1}位`,
    published: describe(published[i]),
    current: describe(current[i]),
  }));
}
