import { identityCardCheck, personalDataIn } from './personal-data';

describe('personal data in free text', () => {
  describe('identity-card numbers', () => {
    it('computes the check character of GB 11643', () => {
      expect(identityCardCheck('11010519491231002')).toBe('X');
      expect(identityCardCheck('44052418800101001')).toBe('4');
    });

    it.each([
      ['alone', '11010519491231002X'],
      ['with a lower-case x', '11010519491231002x'],
      ['embedded in Chinese', '受害人王某(身份证号440524188001010014)被骗'],
      ['spaced 6-8-4', '身份证 440524 18800101 0014'],
      ['in full-width digits', '证件号４４０５２４１８８００１０１００１４。'],
      ['of the first generation (15 digits)', '老证号110105491231002,已换领'],
    ])('are found %s', (_how, text) => {
      expect(personalDataIn(text)).toBe('IDENTITY_CARD');
    });

    it.each([
      ['a wrong check character', '440524188001010015'],
      ['a birth day that does not exist', `11010519490230${'002'}${identityCardCheck('11010519490230002')}`],
      ['a region that does not exist', `01010519491231002${identityCardCheck('01010519491231002')}`],
    ])('are not found with %s', (_how, text) => {
      expect(personalDataIn(text)).toBeNull();
    });
  });

  describe('phone numbers', () => {
    it.each([
      ['a mobile number in Chinese text', '联系电话13912345678,已劝阻'],
      ['a mobile number spaced 3-4-4', '手机 139 1234 5678'],
      ['a mobile number with +86 and dashes', '回拨+86-139-1234-5678未接'],
      ['a mobile number with 0086', '008613912345678'],
      ['a landline with its area code', '座机0598-8234567'],
      ['a landline with the area code in parentheses', '办公电话(0598)82345678'],
      ['a landline in full-width parentheses', '电话(０５９８)８２３４５６７'],
    ])('are found: %s', (_how, text) => {
      expect(personalDataIn(text)).toBe('PHONE');
    });
  });

  describe('what officers write otherwise is left alone', () => {
    const caseNumber = `35040220260417000${identityCardCheck('35040220260417000') === '1' ? '2' : '1'}`;

    it.each([
      [
        'a case number glued to letters, even with a valid check character',
        `案件编号A${'35040220260417000'}${identityCardCheck('35040220260417000')}`,
      ],
      ['a long case number', '案件编号A3504025500002026040012号'],
      ['an 18-digit case number whose check character does not hold', `案件编号${caseNumber}`],
      ['a 20-digit serial number', '流水号35040220260417000123'],
      ['a mobile-like run inside a longer number', '交易单号201391234567890'],
      ['an instruction number', '预警指令YJ-BENCH-13912345678'],
      ['amounts, days and times', '2026-04-17 09:00-18:00 损失135,000,000元,同比上升12.5%'],
      ['a 文号', '明公基管提〔2026〕13912号'],
      ['a landline-like number without its area code set apart', '编号05988234567'],
    ])('%s', (_how, text) => {
      expect(personalDataIn(text)).toBeNull();
    });
  });
});
