// How bucketedSeries reads a series' buckets: PostgreSQL packs them as the doubles' bytes
// (float8s decodes them) and aggregates them from an ordered subquery instead of sorting inside
// the aggregate; inTimeOrder is what keeps the answer right when that order is not kept.
import { float8s, inTimeOrder } from '../../subgraphs/readings/repositories/series-repository.js';

describe('float8s', () => {
  const packed = (xs: number[]) => {
    const b = Buffer.alloc(xs.length * 8);
    xs.forEach((x, i) => b.writeDoubleBE(x, i * 8));
    return b;
  };

  it('reads big-endian doubles exactly, as float8send writes them', () => {
    const xs = [1_767_290_400_000, 21.58316666666667, -0.1, 5e-324, Number.MAX_VALUE, 0];
    expect(float8s(packed(xs))).toEqual(xs);
  });

  it('reads NaN as null only when asked (values may be missing, times never are)', () => {
    expect(float8s(packed([1, Number.NaN, 3]), true)).toEqual([1, null, 3]);
    expect(float8s(packed([1, Number.NaN]))[1]).toBeNaN();
  });

  it('reads a view into a larger buffer from its own offset (PGlite hands out such views)', () => {
    const whole = packed([7, 8, 9]);
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 8, 16);
    expect(float8s(view)).toEqual([8, 9]);
    expect(float8s(new Uint8Array(0))).toEqual([]);
  });
});

describe('inTimeOrder', () => {
  it('leaves buckets already in time order as they are (the same arrays)', () => {
    const r = { times: [1000, 2000, 3000], values: [1, null, 3] };
    const { times, values } = r;
    inTimeOrder(r);
    expect(r.times).toBe(times);
    expect(r.values).toBe(values);
    expect(r).toEqual({ times: [1000, 2000, 3000], values: [1, null, 3] });
  });

  it('sorts times and values together when the rows came out of order', () => {
    const r = { times: [3000, 1000, 4000, 2000], values: [30, 10, null, 20] };
    inTimeOrder(r);
    expect(r).toEqual({ times: [1000, 2000, 3000, 4000], values: [10, 20, 30, null] });
  });

  it('sorts every column it is given along with the times (chart input: mean, first, last, min, max)', () => {
    const r = { times: [20, 10], values: [2, 1], first: [21, 11], last: [22, 12], min: [0, -1], max: [9, 8] };
    inTimeOrder(r, ['values', 'first', 'last', 'min', 'max']);
    expect(r).toEqual({ times: [10, 20], values: [1, 2], first: [11, 21], last: [12, 22], min: [-1, 0], max: [8, 9] });
  });

  it('accepts an empty series and a single bucket', () => {
    const empty = { times: [] as number[], values: [] as (number | null)[] };
    inTimeOrder(empty);
    expect(empty).toEqual({ times: [], values: [] });
    const one = { times: [5], values: [null] };
    inTimeOrder(one);
    expect(one).toEqual({ times: [5], values: [null] });
  });
});
