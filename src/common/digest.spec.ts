import { canonicalJson, digestOf } from './digest';

describe('digests of values', () => {
  it('do not depend on the order of keys, at any depth, and leave out what JSON leaves out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(digestOf({ x: 1, y: 'z' })).toBe(digestOf({ y: 'z', x: 1 }));
  });

  it('differ for any different value', () => {
    expect(digestOf({ loss: '3000.00' })).not.toBe(digestOf({ loss: '3000.01' }));
    expect(digestOf([1, 2])).not.toBe(digestOf([2, 1]));
    expect(digestOf({ a: null })).not.toBe(digestOf({}));
  });
});
