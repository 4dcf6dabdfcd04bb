// Billing counts points: a series asked for as objects, as columns, or both counts each point once.
import { countPoints } from '../../common/points-returned.js';

describe('countPoints', () => {
  const pts = (n: number) => Array.from({ length: n }, (_, i) => ({ time: `t${i}`, value: i }));

  it('counts points lists wherever they sit', () => {
    expect(countPoints({ a: { series: { points: pts(3) } }, b: [{ points: pts(2) }, { points: [] }] })).toBe(5);
  });

  it('counts a series asked for as columns, or in both forms, once', () => {
    expect(countPoints({ seriesSet: [{ pointTimes: ['a', 'b'], pointValues: [1, 2] }, { pointValues: [1, null, 3] }] })).toBe(5);
    expect(countPoints({ s: { points: pts(4), pointTimes: ['a', 'b', 'c', 'd'], pointValues: [1, 2, 3, 4] } })).toBe(4);
  });

  it('does not count lists that are not points', () => {
    expect(countPoints({ states: [{ values: [{ name: 'x', value: 1 }] }], metrics: [{ name: 'a' }] })).toBe(0);
  });
});

describe('selectsPoints', () => {
  it('finds point lists in fields and fragments, and nothing else', async () => {
    const { parse } = await import('graphql');
    const { selectsPoints } = await import('../../common/points-returned.js');
    expect(selectsPoints(parse('{ equipmentList { edges { node { code latest { value } } } } }'))).toBe(false);
    expect(selectsPoints(parse('{ seriesSet(equipmentIds: [], metrics: [], from: "", to: "") { points { time } } }'))).toBe(true);
    expect(selectsPoints(parse('query { equipment(id: "x") { ...S } } fragment S on Equipment { series(metric: "m", from: "", to: "") { pointValues } }'))).toBe(true);
    expect(selectsPoints(undefined)).toBe(true);
  });
});
