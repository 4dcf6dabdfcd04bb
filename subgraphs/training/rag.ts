// Text for LLM prompts (the seed's timeseries_rag). Every text is a list of lines with an
// importance; when the text is longer than maxChars, the least important lines go first (the
// later of equal ones first), and a note says how many were left out when it fits. Numbers carry
// their units; times are in the site's zone.
import type { RecordedAnomalyRow, OutlierRow, SummaryRow, WindowRow } from './repositories/context-repository.js';
import { formatNumber, localTime, withUnit } from './text.js';

export interface Line {
  text: string;
  importance: number;
}

export function fitLines(lines: readonly Line[], maxChars: number): string {
  const keep = lines.map(() => true);
  const size = (ls: string[]) => ls.reduce((n, l) => n + l.length, 0) + Math.max(0, ls.length - 1);
  let length = size(lines.map((l) => l.text));
  if (length <= maxChars) return lines.map((l) => l.text).join('\n');
  const order = lines.map((l, i) => ({ i, importance: l.importance })).sort((a, b) => a.importance - b.importance || b.i - a.i);
  let dropped = 0;
  for (const { i } of order) {
    if (length <= maxChars) break;
    if (lines.length - dropped === 1) break;
    keep[i] = false;
    dropped++;
    length -= lines[i].text.length + 1;
  }
  const kept = lines.filter((_, i) => keep[i]).map((l) => l.text);
  if (size(kept) > maxChars) return `${kept.join('\n').slice(0, maxChars - 1)}…`;
  const note = `(${dropped} less important line${dropped === 1 ? '' : 's'} left out)`;
  if (size([...kept, note]) <= maxChars) kept.push(note);
  return kept.join('\n');
}

const hoursText = (h: number) => `${formatNumber(h).replace(/\.00$/, '')} hour${h === 1 ? '' : 's'}`;

export function summaryText(row: SummaryRow, maxChars: number): string {
  const lines: Line[] = [
    { text: `Equipment: ${row.code}`, importance: 100 },
    { text: `Name: ${row.name}`, importance: 95 },
    { text: `Location: ${[row.location, row.site_name].filter(Boolean).join(', ')}`, importance: 80 },
    { text: `Type: ${row.type_id}`, importance: 90 },
    { text: `Status: ${row.status}`, importance: 70 },
  ];
  if (row.latest.length === 0) {
    lines.push({ text: 'Latest reading: none recorded.', importance: 85 });
    return fitLines(lines, maxChars);
  }
  const newest = Math.max(...row.latest.map((l) => new Date(l.time).getTime()));
  lines.push({ text: '', importance: 1 });
  lines.push({ text: `Latest reading (${localTime(new Date(newest), row.time_zone).full}):`, importance: 85 });
  // Electrical power first, then the rest by name: what an operator asks about first.
  const rank = (m: string) => ['active_power_kw', 'energy_kwh', 'current_a', 'voltage_v', 'power_factor'].indexOf(m);
  row.latest.forEach((l) => {
    const at = new Date(l.time).getTime() === newest ? '' : ` (at ${localTime(new Date(l.time), row.time_zone).full})`;
    const r = rank(l.metric);
    lines.push({ text: `  ${l.metric}: ${withUnit(l.value, l.unit)}${at}`, importance: r >= 0 ? 60 - r : 40 });
  });
  return fitLines(lines, maxChars);
}

export function trendText(w: WindowRow | undefined, code: string, metric: string, hours: number, intervalMinutes: number, maxChars: number): string {
  if (!w) return fitLines([{ text: `${code} has no ${metric} readings.`, importance: 100 }], maxChars);
  const tz = w.time_zone;
  const lines: Line[] = [
    { text: `Trend of ${metric} for ${w.code} (${w.name}) over the last ${hoursText(hours)} of data, ${localTime(new Date(w.from), tz).full} to ${localTime(new Date(w.to), tz).full}:`, importance: 100 },
  ];
  if (w.n === 0 || w.mean === null) {
    lines.push({ text: '  No readings in this window.', importance: 90 });
    return fitLines(lines, maxChars);
  }
  lines.push({ text: `  Average ${withUnit(w.mean, w.unit)}; minimum ${withUnit(w.min!, w.unit)}; maximum ${withUnit(w.max!, w.unit)}; standard deviation ${withUnit(w.stddev ?? 0, w.unit)}; ${w.n} readings.`, importance: 95 });
  const b = w.buckets;
  if (b.length >= 2) {
    const first = b[0].mean;
    const last = b[b.length - 1].mean;
    const pct = first !== 0 ? ` (${last >= first ? '+' : ''}${formatNumber(((last - first) / Math.abs(first)) * 100)}%)` : '';
    lines.push({ text: `  Change: from ${withUnit(first, w.unit)} in the first bucket to ${withUnit(last, w.unit)} in the last${pct}.`, importance: 90 });
  }
  lines.push({ text: `  Means per ${intervalMinutes} minutes:`, importance: 50 });
  b.forEach((x, i) => {
    // Newer buckets matter more: the oldest go first when the budget is short.
    lines.push({ text: `  ${localTime(new Date(x.bucket), tz).full} ${withUnit(x.mean, w.unit)}`, importance: 10 + (30 * (i + 1)) / b.length });
  });
  return fitLines(lines, maxChars);
}

export function anomalyText(
  w: WindowRow | undefined,
  code: string,
  metric: string,
  hours: number,
  k: number,
  outliers: readonly OutlierRow[],
  outlierTotal: number | null,
  recorded: readonly RecordedAnomalyRow[],
  maxChars: number,
): string {
  if (!w) return fitLines([{ text: `${code} has no ${metric} readings.`, importance: 100 }], maxChars);
  const tz = w.time_zone;
  const lines: Line[] = [
    { text: `Anomalies in ${metric} for ${w.code} (${w.name}) over the last ${hoursText(hours)} of data, ${localTime(new Date(w.from), tz).full} to ${localTime(new Date(w.to), tz).full}:`, importance: 100 },
  ];
  if (w.mean === null || w.n < 2) {
    lines.push({ text: '  Too few readings in this window for a baseline.', importance: 90 });
    return fitLines(lines, maxChars);
  }
  const sd = w.stddev ?? 0;
  lines.push({
    text: `  Baseline: mean ${withUnit(w.mean, w.unit)}, standard deviation ${withUnit(sd, w.unit)}; threshold ${formatNumber(k)} σ (below ${withUnit(w.mean - k * sd, w.unit)} or above ${withUnit(w.mean + k * sd, w.unit)}).`,
    importance: 95,
  });
  lines.push({ text: `  ${outliers.length === 0 ? 'No' : outlierTotal ?? outliers.length} reading${outliers.length === 1 ? '' : 's'} beyond the threshold out of ${w.n}.`, importance: 92 });
  for (const a of recorded) {
    lines.push({
      text: `  Recorded ${a.origin} ${a.kind} anomaly from ${localTime(new Date(a.starts_at), tz).full} to ${localTime(new Date(a.ends_at), tz).full}${a.magnitude !== null ? `, magnitude ${formatNumber(a.magnitude)}` : ''}.`,
      importance: 70,
    });
  }
  outliers.forEach((o, i) => {
    const z = (o.value - w.mean!) / sd;
    lines.push({ text: `  ${localTime(new Date(o.time), tz).full} ${withUnit(o.value, w.unit)} (z = ${formatNumber(z)})`, importance: 60 - (40 * i) / Math.max(1, outliers.length) });
  });
  return fitLines(lines, maxChars);
}

export function comparisonText(rows: readonly WindowRow[], missing: readonly string[], metric: string, hours: number, maxChars: number): string {
  if (rows.length === 0) return fitLines([{ text: `None of the equipment has ${metric} readings.`, importance: 100 }], maxChars);
  const tz = rows[0].time_zone;
  const lines: Line[] = [
    { text: `Comparison of ${metric} across ${rows.length} equipment over the last ${hoursText(hours)} of data, ${localTime(new Date(rows[0].from), tz).full} to ${localTime(new Date(rows[0].to), tz).full}:`, importance: 100 },
  ];
  const ranked = [...rows].sort((a, b) => (b.mean ?? -Infinity) - (a.mean ?? -Infinity) || a.code.localeCompare(b.code));
  const withData = ranked.filter((r) => r.mean !== null);
  if (withData.length >= 2) {
    const hi = withData[0];
    const lo = withData[withData.length - 1];
    lines.push({ text: `  Highest average: ${hi.code} ${withUnit(hi.mean!, hi.unit)}; lowest: ${lo.code} ${withUnit(lo.mean!, lo.unit)}; spread ${withUnit(hi.mean! - lo.mean!, hi.unit)}.`, importance: 95 });
  }
  ranked.forEach((r, i) => {
    const text = r.mean === null ? `  ${r.code} (${r.name}): no readings in this window.` : `  ${r.code} (${r.name}): average ${withUnit(r.mean, r.unit)}, minimum ${withUnit(r.min!, r.unit)}, maximum ${withUnit(r.max!, r.unit)}, ${r.n} readings.`;
    // The extremes matter most; the middle of the ranking goes first.
    const edge = Math.min(i, ranked.length - 1 - i);
    lines.push({ text, importance: 80 - (60 * edge) / ranked.length });
  });
  if (missing.length) lines.push({ text: `  Without ${metric} readings: ${missing.join(', ')}.`, importance: 30 });
  return fitLines(lines, maxChars);
}

export interface AlertInput {
  severity: string;
  message: string;
  raisedAt: string | Date;
  clearedAt?: string | Date | null;
  value?: number | null;
  metric?: { name: string; unit?: string | null } | null;
}

const SEVERITY_RANK: Record<string, number> = { INFO: 0, WARNING: 1, HIGH: 2, CRITICAL: 3 };

export function alertsText(code: string, timeZone: string, lastTime: Date | null, alerts: readonly AlertInput[], hours: number, minSeverity: string, maxChars: number): string {
  const end = lastTime ?? new Date();
  const from = new Date(end.getTime() - hours * 3600e3);
  const within = alerts
    .filter((a) => new Date(a.raisedAt).getTime() >= from.getTime() && new Date(a.raisedAt).getTime() <= end.getTime() && (SEVERITY_RANK[a.severity] ?? 0) >= (SEVERITY_RANK[minSeverity] ?? 0))
    .sort((a, b) => (SEVERITY_RANK[b.severity] ?? 0) - (SEVERITY_RANK[a.severity] ?? 0) || new Date(b.raisedAt).getTime() - new Date(a.raisedAt).getTime());
  const lines: Line[] = [
    { text: `Alerts of ${code} (${minSeverity.toLowerCase()} or worse) over the last ${hoursText(hours)} of data, ${localTime(from, timeZone).full} to ${localTime(end, timeZone).full}: ${within.length === 0 ? 'none.' : `${within.length}.`}`, importance: 100 },
  ];
  within.forEach((a, i) => {
    const cleared = a.clearedAt ? `, cleared ${localTime(new Date(a.clearedAt), timeZone).full}` : ', still active';
    const value = a.value != null ? ` (${a.metric ? `${a.metric.name} ` : ''}${withUnit(a.value, a.metric?.unit ?? '')})` : '';
    lines.push({ text: `  [${a.severity}] ${localTime(new Date(a.raisedAt), timeZone).full} ${a.message}${value}${cleared}.`, importance: 90 - (10 * (3 - (SEVERITY_RANK[a.severity] ?? 0))) - (10 * i) / within.length });
  });
  return fitLines(lines, maxChars);
}
