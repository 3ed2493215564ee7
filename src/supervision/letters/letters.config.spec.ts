import { loadLettersConfig } from './letters.config';

describe('letters configuration', () => {
  it('heads numbers 明公基管提〔YYYY〕N号 and signs with the city bureau by default', () => {
    expect(loadLettersConfig({})).toEqual({ numberPrefix: '明公基管提', issuer: null });
  });

  it('takes the prefix and issuer from the environment; an empty prefix leaves 〔YYYY〕N号', () => {
    expect(loadLettersConfig({ LETTER_NUMBER_PREFIX: ' 明公提 ', LETTER_ISSUER: '三明市公安局基层基础管控中心' })).toEqual({
      numberPrefix: '明公提',
      issuer: '三明市公安局基层基础管控中心',
    });
    expect(loadLettersConfig({ LETTER_NUMBER_PREFIX: '' }).numberPrefix).toBe('');
  });

  it('refuses a prefix that would garble the number', () => {
    expect(() => loadLettersConfig({ LETTER_NUMBER_PREFIX: '明公〔提' })).toThrow(
      'LETTER_NUMBER_PREFIX must be at most 20 characters without spaces or 〔〕, got "明公〔提"',
    );
  });
});
