import { BulletinContent, BulletinFigures } from '../domain/bulletin-content';
import { FigureDifference } from '../domain/figure-differences';
import { Restatement } from '../queries/restatement.service';
import { INDICATORS, IndicatorKey } from '../../scoring/domain/indicators';
import { apiIndicatorName } from '../../scoring/graphql/indicator-names';
import { BulletinContentType, BulletinFiguresType } from './bulletin-content.types';
import { BulletinRestatementType } from './bulletin.types';

/** A bulletin's figures under the API's names: amounts as yuan, named without the internal "Fen". */
export function toFiguresType(f: BulletinFigures): BulletinFiguresType {
  const { lossFen, stoppedFen, frozenFen, returnedFen, recoveredFen, ...rest } = f;
  return { ...rest, loss: lossFen, stopped: stoppedFen, frozen: frozenFen, returned: returnedFen, recovered: recoveredFen };
}

export const toContentType = (c: BulletinContent): BulletinContentType => ({ ...c, figures: toFiguresType(c.figures) });

const apiFieldName = (field: string) => (field in INDICATORS ? apiIndicatorName(field as IndicatorKey) : field);

export const toRestatementType = (r: Restatement): BulletinRestatementType => ({
  ...r,
  current: toContentType(r.current),
  differences: r.differences.map((d: FigureDifference) => ({ ...d, field: apiFieldName(d.field) })),
});
