import type { ProblemListType } from '../../supervision/problems/graphql/problem.types';
import { Cell, Sheet } from '../domain/sheet';

/**
 * A county's 问题清单 of a month as the API answers it: one row per problem, numbered as on the
 * list, with where it came from, who must rectify it by when, and how far it has got.
 */
export function problemListSheet(list: ProblemListType): Sheet {
  return {
    name: '问题清单',
    caption: `${list.countyName}${list.monthLabel}问题清单（共${list.problems.length}项）`,
    columns: [
      { header: '序号', format: 'count', width: 6 },
      { header: '单位', format: 'text', width: 16 },
      { header: '问题', format: 'text', width: 28 },
      { header: '具体情况', format: 'text', width: 48 },
      { header: '来源', format: 'text', width: 10 },
      { header: '整改责任人', format: 'text', width: 18 },
      { header: '整改期限', format: 'text', width: 12 },
      { header: '状态', format: 'text', width: 10 },
      { header: '整改方案', format: 'text', width: 36 },
      { header: '整改情况', format: 'text', width: 36 },
      { header: '核验未通过原因', format: 'text', width: 24 },
    ],
    rows: list.problems.map((p): Cell[] => [
      p.number,
      p.unitName,
      p.title,
      p.description,
      p.origin.kindLabel,
      `${p.owner.name}（${p.owner.roleLabel}）`,
      p.deadline,
      p.statusLabel,
      p.plan,
      p.rectification?.text ?? null,
      p.refusalReason,
    ]),
  };
}
