/**
 * 一案一分析: how the fraudster reached the victim (作案手段/接触渠道) and who the victim is (受害群体),
 * as the seeds' analysts count cases (seed 001: 老年人、学生及企业员工 among the 30-65岁易受骗群体).
 * Both are optional on a filed case; its corrections carry them on, as they carry the fraud type.
 */
export const FRAUD_METHODS = ['PHONE', 'SMS', 'SOCIAL_APP', 'SHOPPING_PLATFORM', 'ONLINE_GAME', 'FAKE_WEBSITE_APP', 'OTHER'] as const;
export type FraudMethod = (typeof FRAUD_METHODS)[number];
export const FRAUD_METHOD_LABELS: Record<FraudMethod, string> = {
  PHONE: '电话',
  SMS: '短信',
  SOCIAL_APP: '社交软件',
  SHOPPING_PLATFORM: '网络购物平台',
  ONLINE_GAME: '网络游戏',
  FAKE_WEBSITE_APP: '虚假网站、APP',
  OTHER: '其他',
};

export const VICTIM_GROUPS = ['ELDERLY', 'STUDENT', 'EMPLOYEE', 'SELF_EMPLOYED', 'UNEMPLOYED', 'OTHER'] as const;
export type VictimGroup = (typeof VICTIM_GROUPS)[number];
export const VICTIM_GROUP_LABELS: Record<VictimGroup, string> = {
  ELDERLY: '老年人',
  STUDENT: '学生',
  EMPLOYEE: '企业员工',
  SELF_EMPLOYED: '个体经营者',
  UNEMPLOYED: '无业人员',
  OTHER: '其他',
};

/** A case's analysis as its events carry it; absent where the case system did not say. */
export interface CaseAnalysis {
  method?: FraudMethod;
  victimGroup?: VictimGroup;
}

/** The analysis fields that are set, so an event's data carries no undefined keys. */
export const analysisOf = ({ method, victimGroup }: CaseAnalysis): CaseAnalysis => ({
  ...(method === undefined ? {} : { method }),
  ...(victimGroup === undefined ? {} : { victimGroup }),
});
