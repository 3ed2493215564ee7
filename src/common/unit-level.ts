/** The levels of the organisation as officers name a unit in a sentence: 单位 st-a 是派出所. */
export const UNIT_LEVEL_LABELS = { CITY: '市局', DEPARTMENT: '市局部门', COUNTY: '县局', STATION: '派出所' } as const;

/** A level's name in Chinese; a level this table does not know as it is. */
export const unitLevelLabel = (level: string): string =>
  Object.hasOwn(UNIT_LEVEL_LABELS, level) ? UNIT_LEVEL_LABELS[level as keyof typeof UNIT_LEVEL_LABELS] : level;
