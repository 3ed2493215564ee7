import { DEFAULT_RULE_SET } from '../domain/default-rule-set';
import { toRuleSetType } from './scoring.mapper';

describe('a rule set as the API gives it to the 规则 screen', () => {
  const published = { ...DEFAULT_RULE_SET, versionId: 'default@0', position: 1, publishedAt: '2026-01-01T00:00:00.000Z' };

  it('names each rate term’s numerator and denominator in Chinese', () => {
    const terms = toRuleSetType({ ...published, publishedBy: '演示考评员', publishedByRole: 'EVALUATION_STAFF' }).rateTerms;
    const byKey = Object.fromEntries(terms.map((t) => [t.key, [t.numeratorLabel, t.denominatorLabel]]));
    expect(byKey.alertsPer10k).toEqual(['警情数', '常住人口']);
    expect(byKey.faceToFaceRate).toEqual(['见面数', '见面/联系数']);
    expect(byKey.recoveryRate).toEqual(['挽损金额(止付+冻结+返赃)', '财损']);
  });

  it('says who published it, and null for versions recorded before that was kept', () => {
    expect(toRuleSetType({ ...published, publishedBy: '演示考评员', publishedByRole: 'EVALUATION_STAFF' })).toMatchObject({
      publishedBy: '演示考评员',
      publishedByRole: 'EVALUATION_STAFF',
    });
    expect(toRuleSetType(published)).toMatchObject({ publishedBy: null, publishedByRole: null });
  });
});
