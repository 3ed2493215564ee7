/**
 * A Sanming-sized city: the real county-level bureaus with approximate resident populations
 * (in people, summing to ≈ 2.5 million) and a station count proportional to size, 6–14 each,
 * 120 in all as in seed 004 ("全市120个防区长"). Towns and people are invented.
 */
export interface CountySpec {
  key: string;
  name: string;
  population: number;
  stations: number;
}

export const CITY = { id: 'city', name: '三明市公安局' } as const;

export const DEPARTMENTS = [
  { key: 'xingzhen', name: '刑侦支队' },
  { key: 'fanzha', name: '反诈中心' },
  { key: 'jiguan', name: '基层基础管控中心' },
  { key: 'zhian', name: '治安支队' },
  { key: 'wangan', name: '网安支队' },
] as const;

export const COUNTIES: readonly CountySpec[] = [
  { key: 'sanyuan', name: '三元分局', population: 350_000, stations: 14 },
  { key: 'shaxian', name: '沙县分局', population: 250_000, stations: 12 },
  { key: 'yongan', name: '永安市公安局', population: 330_000, stations: 13 },
  { key: 'mingxi', name: '明溪县公安局', population: 95_000, stations: 7 },
  { key: 'qingliu', name: '清流县公安局', population: 125_000, stations: 8 },
  { key: 'ninghua', name: '宁化县公安局', population: 270_000, stations: 12 },
  { key: 'datian', name: '大田县公安局', population: 300_000, stations: 13 },
  { key: 'youxi', name: '尤溪县公安局', population: 330_000, stations: 13 },
  { key: 'jiangle', name: '将乐县公安局', population: 145_000, stations: 8 },
  { key: 'taining', name: '泰宁县公安局', population: 105_000, stations: 7 },
  { key: 'jianning', name: '建宁县公安局', population: 115_000, stations: 7 },
  { key: 'gaoxin', name: '三明高新区分局', population: 85_000, stations: 6 },
];

/** Syllables that make plausible Minbei town names (坑, 洋, 坪 and 坊 are typical of the region). */
const TOWN_HEADS = [
  '青',
  '夏',
  '高',
  '富',
  '南',
  '湖',
  '上',
  '广',
  '桃',
  '太',
  '梅',
  '石',
  '洋',
  '安',
  '龙',
  '竹',
  '西',
  '东',
  '大',
  '新',
  '岩',
  '洪',
  '罗',
  '吉',
  '华',
  '和',
  '嵩',
  '黄',
  '槐',
  '盖',
  '万',
  '中',
] as const;
const TOWN_TAILS = [
  '口',
  '坑',
  '洋',
  '溪',
  '坊',
  '源',
  '坪',
  '山',
  '田',
  '岭',
  '桥',
  '湖',
  '塘',
  '林',
  '阳',
  '峰',
  '头',
  '墩',
  '洲',
  '前',
  '下',
  '岩',
  '尾',
  '际',
] as const;

/** Every head–tail pairing that does not repeat a syllable, in a fixed order for shuffling. */
export function townNameCandidates(): string[] {
  return TOWN_HEADS.flatMap((head) => TOWN_TAILS.filter((tail) => tail !== head).map((tail) => head + tail));
}
