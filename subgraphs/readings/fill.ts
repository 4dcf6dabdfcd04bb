// Gap filling over a complete bucket grid (empty buckets have value null).
export type Fill = 'none' | 'keep' | 'previous' | 'linear';

export interface FillPoint {
  time: Date;
  value: number | null;
}

/**
 * none: empty buckets left out. keep (GraphQL NULL): kept with a null value. previous: the last non-empty
 * bucket's value carried forward; before the first one in range, `before` (the caller's value
 * from before the range, or null). linear: interpolated in time between the neighbouring
 * non-empty buckets (null before the first and after the last).
 */
export function fillGaps(points: readonly FillPoint[], fill: Fill, before: number | null = null): FillPoint[] {
  if (fill === 'none') return points.filter((p) => p.value !== null);
  if (fill === 'keep') return [...points];
  const out = points.map((p) => ({ ...p }));
  if (fill === 'previous') {
    let last: number | null = before;
    for (const p of out) {
      if (p.value === null) p.value = last;
      else last = p.value;
    }
    return out;
  }
  let prev = -1;
  for (let i = 0; i < out.length; i++) {
    if (points[i].value === null) continue;
    if (prev >= 0 && i - prev > 1) {
      const t0 = out[prev].time.getTime();
      const v0 = out[prev].value as number;
      const t1 = out[i].time.getTime();
      const v1 = out[i].value as number;
      for (let k = prev + 1; k < i; k++) out[k].value = v0 + ((v1 - v0) * (out[k].time.getTime() - t0)) / (t1 - t0);
    }
    prev = i;
  }
  return out;
}
