import { holderIsGone } from './lease-holder';

describe('whether a lease holder has stopped', () => {
  it('knows a process of this machine that is gone, and only that', () => {
    expect(holderIsGone('host-a:2000000000:x', 'host-a')).toBe(true);
    expect(holderIsGone(`host-a:${process.pid}:x`, 'host-a')).toBe(false);
    expect(holderIsGone('host-b:2000000000:x', 'host-a')).toBe(false);
    expect(holderIsGone('an-instance-named-otherwise', 'host-a')).toBe(false);
  });
});
