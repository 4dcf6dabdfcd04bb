// bucketedSeries lets PostgreSQL aggregate a series' buckets from an ordered subquery instead of
// sorting inside json_agg; inTimeOrder is what keeps the answer right when that order is not kept.
import { inTimeOrder } from '../../subgraphs/readings/repositories/series-repository.js';

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

  it('accepts an empty series and a single bucket', () => {
    const empty = { times: [] as number[], values: [] as (number | null)[] };
    inTimeOrder(empty);
    expect(empty).toEqual({ times: [], values: [] });
    const one = { times: [5], values: [null] };
    inTimeOrder(one);
    expect(one).toEqual({ times: [5], values: [null] });
  });
});
