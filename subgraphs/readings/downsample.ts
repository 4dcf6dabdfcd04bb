// Chart-ready downsampling done in the subgraph, on rows already read in one statement.

export interface ChartPoint {
  time: Date;
  value: number;
}

/**
 * Largest-Triangle-Three-Buckets (Steinarsson 2013): keeps the first and last point and, from
 * each of `threshold - 2` equal buckets in between, the point forming the largest triangle with
 * the previously kept point and the next bucket's average. Preserves peaks a mean would flatten.
 */
export function lttb(points: readonly ChartPoint[], threshold: number): ChartPoint[] {
  const n = points.length;
  if (threshold >= n || threshold < 3) return threshold < 3 && n > threshold ? points.slice(0, threshold) : [...points];
  const out: ChartPoint[] = [points[0]];
  const every = (n - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const avgStart = Math.floor((i + 1) * every) + 1;
    const avgEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = avgStart; j < avgEnd; j++) {
      avgX += points[j].time.getTime();
      avgY += points[j].value;
    }
    const len = avgEnd - avgStart || 1;
    avgX /= len;
    avgY /= len;
    const rangeStart = Math.floor(i * every) + 1;
    const rangeEnd = Math.floor((i + 1) * every) + 1;
    const ax = points[a].time.getTime();
    const ay = points[a].value;
    let maxArea = -1;
    let next = rangeStart;
    for (let j = rangeStart; j < rangeEnd; j++) {
      const area = Math.abs((ax - avgX) * (points[j].value - ay) - (ax - points[j].time.getTime()) * (avgY - ay));
      if (area > maxArea) {
        maxArea = area;
        next = j;
      }
    }
    out.push(points[next]);
    a = next;
  }
  out.push(points[n - 1]);
  return out;
}

export interface PlotRow {
  time: Date;
  first: number;
  last: number;
  min: number;
  max: number;
}

/**
 * PI Web API "plot" values: the range is cut into `pixels` equal intervals and each interval
 * contributes its first, last, minimum and maximum value (each once, in time order), so a line
 * drawn through them looks like one drawn through every point.
 */
export function plot(rows: readonly PlotRow[], from: Date, to: Date, pixels: number): ChartPoint[] {
  const width = (to.getTime() - from.getTime()) / pixels;
  const out: ChartPoint[] = [];
  let i = 0;
  while (i < rows.length) {
    const pixel = Math.floor((rows[i].time.getTime() - from.getTime()) / width);
    let j = i;
    let minAt = i;
    let maxAt = i;
    while (j < rows.length && Math.floor((rows[j].time.getTime() - from.getTime()) / width) === pixel) {
      if (rows[j].min < rows[minAt].min) minAt = j;
      if (rows[j].max > rows[maxAt].max) maxAt = j;
      j++;
    }
    const picked = new Map<number, ChartPoint>();
    const add = (k: number, time: Date, value: number) => picked.set(k, { time, value });
    add(0, rows[i].time, rows[i].first);
    add(1, rows[minAt].time, rows[minAt].min);
    add(2, rows[maxAt].time, rows[maxAt].max);
    add(3, rows[j - 1].time, rows[j - 1].last);
    const seen = new Set<string>();
    const sorted = [...picked.entries()].sort((x, y) => x[1].time.getTime() - y[1].time.getTime() || x[0] - y[0]).map((e) => e[1]);
    for (const p of sorted) {
      const k = `${p.time.getTime()}:${p.value}`;
      if (!seen.has(k)) {
        seen.add(k);
        out.push(p);
      }
    }
    i = j;
  }
  return out;
}
