import { BulletinContent, BulletinFigures } from '../domain/bulletin-content';
import { FigureDifference } from '../domain/figure-differences';
import { Restatement } from '../queries/restatement.service';
import { apiNameOf } from '../../scoring/graphql/indicator-names';
import { BulletinContentType, BulletinFiguresType } from './bulletin-content.types';
import { BulletinRestatementType } from './bulletin.types';

/** A bulletin's figures under the API's names: amounts as yuan, named without the internal "Fen". */
export const toFiguresType = (f: BulletinFigures): BulletinFiguresType =>
  ({
    placesWithheld: false,
    ...Object.fromEntries(Object.entries(f).map(([field, value]) => [apiNameOf(field), value])),
  }) as unknown as BulletinFiguresType;

export const toContentType = (c: BulletinContent): BulletinContentType => ({ ...c, figures: toFiguresType(c.figures) });

export const toRestatementType = (r: Restatement): BulletinRestatementType => ({
  ...r,
  current: toContentType(r.current),
  differences: r.differences.map((d: FigureDifference) => ({ ...d, field: apiNameOf(d.field) })),
});
