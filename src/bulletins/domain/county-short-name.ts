/** Endings of a county-level bureau's name, longer first: 县公安局 must win over 公安局. */
const SUFFIXES = ['县公安局', '市公安局', '公安局', '分局'] as const;

/**
 * The name a bulletin gives a county-level bureau, as leadership says it: 大田县公安局 → 大田,
 * 永安市公安局 → 永安, 三元分局 → 三元, 沙县分局 → 沙县, and 三明高新区分局 → 高新区 (the city's
 * own name adds nothing inside its bulletin). A one-character county keeps its 县: 沙县公安局 is 沙县,
 * never 沙.
 */
export function countyShortName(name: string, cityName: string | null = null): string {
  const suffix = SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  let short = suffix ? name.slice(0, -suffix.length) : name;
  if (short.length === 1 && suffix === '县公安局') short += '县';
  const prefix = cityPrefixes(cityName).find((p) => short.startsWith(p) && short.length > p.length);
  return prefix ? short.slice(prefix.length) : short;
}

/** 三明市公安局 → 三明市公安局, 三明市, 三明: however a county's name repeats the city's. */
function cityPrefixes(cityName: string | null): string[] {
  if (!cityName) return [];
  const place = cityName.replace(/(市公安局|公安局)$/, '');
  return place ? [cityName, `${place}市`, place] : [cityName];
}
