import { countyShortName } from './county-short-name';

const CITY = '三明市公安局';

describe('countyShortName', () => {
  it.each([
    ['沙县分局', '沙县'],
    ['大田县公安局', '大田'],
    ['永安市公安局', '永安'],
    ['三元分局', '三元'],
    ['三明高新区分局', '高新区'],
    ['尤溪县公安局', '尤溪'],
    ['建宁县公安局', '建宁'],
  ])('names %s %s, as the seed bulletin does', (name, short) => {
    expect(countyShortName(name, CITY)).toBe(short);
  });

  it('keeps the 县 of a one-character county: 沙县公安局 is 沙县, never 沙', () => {
    expect(countyShortName('沙县公安局', CITY)).toBe('沙县');
  });

  it('drops the city however the county repeats it', () => {
    expect(countyShortName('三明市公安局三元分局', CITY)).toBe('三元');
    expect(countyShortName('三明市高新区分局', CITY)).toBe('高新区');
  });

  it('keeps the name of a district bureau named 公安局 with its 区', () => {
    expect(countyShortName('梅列区公安局', CITY)).toBe('梅列区');
  });

  it('leaves a name without a bureau ending, or that is nothing but one, as it is', () => {
    expect(countyShortName('沙县', CITY)).toBe('沙县');
    expect(countyShortName('公安局', CITY)).toBe('公安局');
  });

  it('strips no city prefix when the city is unknown', () => {
    expect(countyShortName('三明高新区分局')).toBe('三明高新区');
    expect(countyShortName('大田县公安局')).toBe('大田');
  });
});
