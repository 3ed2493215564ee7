import {
  PREVENTION_FORM_LABELS,
  PREVENTION_TALLY_FIELDS,
  PreventionActivityRetracted,
  PreventionTally,
  PreventionTallyAmended,
} from '../events/prevention.events';

/** Each count as officers write it, e.g. 覆盖人数420人. */
const COUNTS: Record<keyof PreventionTally, { label: string; unit: string }> = {
  peopleReached: { label: '覆盖人数', unit: '人' },
  oneToOne: { label: '一对一精准宣传', unit: '人' },
  materials: { label: '宣传资料', unit: '份' },
  gridGroups: { label: '网格群', unit: '个' },
};

const activity = (d: { activityId: string; form: keyof typeof PREVENTION_FORM_LABELS }) =>
  `${d.activityId}（${PREVENTION_FORM_LABELS[d.form]}）`;

/** The counts a retraction takes back, leaving out those that were 0. */
const takenBack = (d: PreventionTally) =>
  ['宣防活动1场', ...PREVENTION_TALLY_FIELDS.filter((f) => d[f] > 0).map((f) => `${COUNTS[f].label}${d[f]}${COUNTS[f].unit}`)].join('、');

/** The counts an amendment changed, each from what it was to what it is. */
const changed = (d: PreventionTallyAmended['data']) =>
  PREVENTION_TALLY_FIELDS.filter((f) => d[f] !== d.previous[f])
    .map((f) => `${COUNTS[f].label}由${d.previous[f]}${COUNTS[f].unit}更正为${d[f]}${COUNTS[f].unit}`)
    .join('、');

/** What the 宣防 corrections changed, in Chinese, for the fact catalogue's correction summaries. */
export const preventionCorrections = {
  PreventionTallyAmended: (d: PreventionTallyAmended['data']) => `更正宣防活动：${activity(d)}${changed(d)}（${d.reason}）`,
  PreventionActivityRetracted: (d: PreventionActivityRetracted['data']) =>
    `撤回宣防活动：${activity(d)}，核减${takenBack(d)}（${d.reason}）`,
};
