import { OutflowFactRetracted, RETURN_WAY_LABELS } from '../events/outflow.events';

/** What a retraction took back, as officers write it: 撤回外流人员登记：外流人员WL-1（缅甸），核减外流人员1人（重复录入）. */
function retractedOutflow({ type, data }: OutflowFactRetracted['data']['retracted']): string {
  if (type === 'OutflowRegistered') return `撤回外流人员登记：外流人员${data.personId}（${data.destination}），核减外流人员1人`;
  const persuaded = data.way === 'PERSUADED' ? '、劝返1人' : '';
  return `撤回回流记录：外流人员${data.personId}（${RETURN_WAY_LABELS[data.way]}），核减回流1人${persuaded}`;
}

/** The summaries of the outflow family's corrections, for the fact catalogue. */
export const outflowCorrections = {
  OutflowFactRetracted: (d: OutflowFactRetracted['data']) => `${retractedOutflow(d.retracted)}（${d.reason}）`,
};
