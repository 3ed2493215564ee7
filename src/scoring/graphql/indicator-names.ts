import { INDICATORS, INDICATOR_KEYS, IndicatorCounts, IndicatorKey } from '../domain/indicators';

/**
 * The API has one money convention: amounts leave and enter as yuan (Money, decimal strings; `per`
 * of a rule term in yuan). Inside, amounts are integer fen and their keys say so ("lossFen"); the
 * API's names drop that suffix ("loss"), since what it carries there is yuan.
 */
type ApiName<K extends string> = K extends `${infer Base}Fen` ? Base : K;
export type ApiIndicatorName = ApiName<IndicatorKey>;

const FEN_PER_YUAN = 100;

const nameOf = (key: IndicatorKey): ApiIndicatorName =>
  (INDICATORS[key].unit === 'fen' ? key.slice(0, -'Fen'.length) : key) as ApiIndicatorName;

const API_NAMES = Object.fromEntries(INDICATOR_KEYS.map((key) => [key, nameOf(key)])) as Record<IndicatorKey, ApiIndicatorName>;

export const apiIndicatorName = (key: IndicatorKey): ApiIndicatorName => API_NAMES[key];

export const API_INDICATOR_NAMES: readonly ApiIndicatorName[] = INDICATOR_KEYS.map(apiIndicatorName);

const KEY_OF_API_NAME = new Map<string, IndicatorKey>(INDICATOR_KEYS.map((k) => [apiIndicatorName(k), k]));

/** The API's name of any field or value that may be an indicator key (a figure, an exit indicator): others are kept. */
export const apiNameOf = (name: string): string => (name in INDICATORS ? apiIndicatorName(name as IndicatorKey) : name);

/** The catalogue key of an API name; undefined for a name the API does not know. */
export const indicatorKeyOf = (name: string): IndicatorKey | undefined => KEY_OF_API_NAME.get(name);

/** Whether an API indicator name carries an amount (yuan) rather than a count. */
export const isAmountName = (name: string): boolean => {
  const key = indicatorKeyOf(name);
  return key !== undefined && INDICATORS[key].unit === 'fen';
};

export type ApiIndicators = Readonly<Record<ApiIndicatorName, number>>;

const COUNTS = Symbol('counts');

/**
 * Counts read under the API's names rather than copied: a ranking answers 120 rows of 51
 * indicators each and is asked for a few of them, and copying them into a new object per row was a
 * quarter of an uncached ranking's time.
 */
class CountsUnderApiNames {
  readonly [COUNTS]: IndicatorCounts;

  constructor(counts: IndicatorCounts) {
    this[COUNTS] = counts;
  }
}
for (const key of INDICATOR_KEYS) {
  Object.defineProperty(CountsUnderApiNames.prototype, API_NAMES[key], {
    get(this: CountsUnderApiNames) {
      return this[COUNTS][key];
    },
    enumerable: true,
  });
}

/** A period's counts under the API's names (amounts still fen: the Money scalar writes them as yuan). */
export const apiIndicators = (counts: IndicatorCounts): ApiIndicators => new CountsUnderApiNames(counts) as unknown as ApiIndicators;

/** A rule term's `per`: the API states amounts in yuan, the rules keep fen. */
export const perFromApi = (key: IndicatorKey, per: number): number => (INDICATORS[key].unit === 'fen' ? per * FEN_PER_YUAN : per);

export const perToApi = (key: IndicatorKey, per: number): number => (INDICATORS[key].unit === 'fen' ? per / FEN_PER_YUAN : per);
