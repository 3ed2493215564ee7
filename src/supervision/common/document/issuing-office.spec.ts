import { ConfigError } from '../../../config/app-config';
import { contactLine, issuingOfficeOf, loadIssuingOfficeConfig } from './issuing-office';

describe('issuing office', () => {
  it("defaults to the city bureau's name, no contact line, no 抄送, printed by the organ itself", () => {
    expect(issuingOfficeOf(loadIssuingOfficeConfig({}), '三明市公安局')).toEqual({
      organ: '三明市公安局',
      contact: null,
      copyTo: [],
      printedBy: '三明市公安局',
    });
  });

  it('reads the organ (LETTER_ISSUER, as the letters do), the contact, the 抄送 organs and the 印发机关 from the environment', () => {
    const config = loadIssuingOfficeConfig({
      LETTER_ISSUER: '三明市公安局基层基础管控中心',
      DOCUMENT_CONTACT_NAME: '张明',
      DOCUMENT_CONTACT_PHONE: '0598-8251234',
      DOCUMENT_COPY_TO: '市局反诈中心、 沙县人民政府,',
      DOCUMENT_PRINTED_BY: '三明市公安局办公室',
    });
    expect(issuingOfficeOf(config, '三明市公安局')).toEqual({
      organ: '三明市公安局基层基础管控中心',
      contact: '（联系人：张明，联系电话：0598-8251234）',
      copyTo: ['市局反诈中心', '沙县人民政府'],
      printedBy: '三明市公安局办公室',
    });
  });

  it('prints only the part of the contact there is, and refuses a phone number that is not one', () => {
    expect(contactLine('张明', null)).toBe('（联系人：张明）');
    expect(contactLine(null, '0598-8251234')).toBe('（联系电话：0598-8251234）');
    expect(() => loadIssuingOfficeConfig({ DOCUMENT_CONTACT_PHONE: 'call me' })).toThrow(ConfigError);
  });
});
