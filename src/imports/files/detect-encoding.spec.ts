import iconv from 'iconv-lite';
import { detectEncoding } from './detect-encoding';

describe('detectEncoding', () => {
  it('takes a byte-order mark, or valid UTF-8, as UTF-8', () => {
    expect(detectEncoding(Buffer.from('\uFEFF指令编号,接收单位\n', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('指令编号,接收单位\n', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('id,unit\n', 'utf8'))).toBe('utf-8');
  });

  it('takes anything else as GB18030 (GBK, GB2312)', () => {
    expect(detectEncoding(iconv.encode('指令编号,接收单位\n城关派出所', 'gbk'))).toBe('gb18030');
    expect(detectEncoding(iconv.encode('警情编号,诈骗类型\n', 'gb18030'))).toBe('gb18030');
  });

  it('does not mistake a character cut at the end of the sample for invalid UTF-8', () => {
    const bytes = Buffer.from('指令编号', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1))).toBe('utf-8');
  });
});
