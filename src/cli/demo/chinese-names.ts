import { Rng } from './prng';

/** Surnames weighted roughly by how common they are in western Fujian. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['陈', 12],
  ['林', 10],
  ['黄', 8],
  ['张', 7],
  ['吴', 6],
  ['李', 6],
  ['王', 5],
  ['刘', 5],
  ['郑', 4],
  ['杨', 4],
  ['罗', 3],
  ['邱', 3],
  ['肖', 3],
  ['赖', 3],
  ['叶', 3],
  ['蔡', 2],
  ['余', 2],
  ['邓', 2],
  ['廖', 2],
  ['詹', 2],
  ['范', 2],
  ['谢', 2],
  ['魏', 2],
  ['曾', 2],
  ['朱', 2],
  ['徐', 2],
  ['江', 2],
  ['严', 1],
  ['官', 1],
  ['卢', 1],
  ['饶', 1],
  ['池', 1],
];

const GIVEN = [
  '建',
  '国',
  '明',
  '华',
  '强',
  '伟',
  '军',
  '平',
  '志',
  '文',
  '斌',
  '勇',
  '辉',
  '杰',
  '清',
  '荣',
  '春',
  '海',
  '福',
  '德',
  '永',
  '新',
  '晓',
  '宏',
  '彬',
  '鸿',
  '锋',
  '毅',
  '俊',
  '涛',
  '振',
  '峰',
  '丽',
  '芳',
  '燕',
  '琳',
  '静',
  '敏',
  '婷',
  '秀',
  '红',
  '英',
  '霞',
  '玲',
  '茂',
  '祥',
  '炜',
  '鑫',
] as const;

/**
 * Invented names (surname + one or two given characters), never repeated within one city so a
 * chief can be told apart by name on a ranking.
 */
export function chineseNames(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const given = rng.chance(0.75) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
      const name = rng.weighted(SURNAMES) + given;
      if (!used.has(name) && given[0] !== given[1]) {
        used.add(name);
        return name;
      }
    }
  };
}
