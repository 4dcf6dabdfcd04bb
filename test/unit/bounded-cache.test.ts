import { BoundedCache } from '../../common/bounded-cache.js';

describe('BoundedCache', () => {
  it('forgets the oldest entry once full, keeps the rest, and overwrites without evicting', () => {
    const c = new BoundedCache<string, number>(3);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3);
    c.set('b', 20);
    expect(c.size).toBe(3);
    c.set('d', 4);
    expect([c.get('a'), c.get('b'), c.get('c'), c.get('d')]).toEqual([undefined, 20, 3, 4]);
  });

  it('remembers what getOrSet made, null included, and nothing when make throws', () => {
    const c = new BoundedCache<string, number | null>(10);
    let calls = 0;
    expect(c.getOrSet('x', () => (calls++, null))).toBeNull();
    expect(c.getOrSet('x', () => (calls++, 1))).toBeNull();
    expect(calls).toBe(1);
    expect(() =>
      c.getOrSet('bad', () => {
        throw new RangeError('no such zone');
      }),
    ).toThrow(RangeError);
    expect(c.get('bad')).toBeUndefined();
    expect(c.size).toBe(1);
  });
});
