import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: '县' } })).toBe('{"a":{"c":"县","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys came in', () => {
    expect(canonicalJson({ day: '2026-04-17', number: 1 })).toBe(canonicalJson({ number: 1, day: '2026-04-17' }));
  });

  it('writes scalars as JSON does, and null as null', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(-2.25)).toBe('-2.25');
    expect(canonicalJson('第1期 "通报"')).toBe('"第1期 \\"通报\\""');
    expect(canonicalJson(true)).toBe('true');
  });

  it('drops undefined properties and writes undefined array items as null, like JSON.stringify', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe(JSON.stringify({ b: [null, 1] }));
  });

  it('survives a JSON round trip unchanged, as a stored event does', () => {
    const value = { z: { y: [1.5, 'x', null] }, a: 0 };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});
