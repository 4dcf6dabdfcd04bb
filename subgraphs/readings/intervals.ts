// Bucket intervals, time zones and the choice of rollup. Everything here is pure so the rules
// that make rollup answers equal raw answers can be read (and tested) in one place.
import { BadInputError, LimitExceededError } from '../../common/errors.js';
import { BoundedCache } from '../../common/bounded-cache.js';

/** Where aggregated rows come from: raw points or one of the rollup relations. */
export type Grain = 'raw' | '15m' | '1h' | '1d';

export interface BucketInterval {
  /** Canonical text, as accepted and returned by the API: "15 minutes", "1 day", … */
  text: string;
  /** Fixed width in seconds (sub-day intervals), or the calendar unit (day/week/month). */
  seconds: number;
  calendar: 'day' | 'week' | 'month' | null;
  /** Shortest possible length, for bucket-count estimates (a DST day is 23 hours). */
  minSeconds: number;
}

const MIN = 60;
const HOUR = 3600;
const DAY = 86400;

function fixed(n: number, unit: 'minute' | 'hour'): BucketInterval {
  const seconds = n * (unit === 'minute' ? MIN : HOUR);
  return { text: `${n} ${unit}${n === 1 ? '' : 's'}`, seconds, calendar: null, minSeconds: seconds };
}

/** Every interval a series may be bucketed by, finest first (maxPoints picks from this list). */
export const INTERVALS: BucketInterval[] = [
  fixed(1, 'minute'),
  fixed(5, 'minute'),
  fixed(10, 'minute'),
  fixed(15, 'minute'),
  fixed(30, 'minute'),
  fixed(1, 'hour'),
  fixed(2, 'hour'),
  fixed(3, 'hour'),
  fixed(6, 'hour'),
  fixed(12, 'hour'),
  { text: '1 day', seconds: DAY, calendar: 'day', minSeconds: 23 * HOUR },
  { text: '1 week', seconds: 7 * DAY, calendar: 'week', minSeconds: 7 * DAY - HOUR },
  { text: '1 month', seconds: 30 * DAY, calendar: 'month', minSeconds: 28 * DAY - HOUR },
];

export const INTERVAL_TEXTS = INTERVALS.map((i) => i.text);

/** Accepts "15 minutes", "15 minute", "15min", "1h", "1 hours", "day", "1 month"… and names the allowed list otherwise. */
export function parseInterval(raw: string): BucketInterval {
  const m = /^\s*(\d+)?\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?)\s*$/i.exec(raw);
  if (m) {
    const n = Number(m[1] ?? 1);
    const u = m[2].toLowerCase();
    const unit = u.startsWith('mo') ? 'month' : u.startsWith('m') ? 'minute' : u.startsWith('h') ? 'hour' : u.startsWith('d') ? 'day' : 'week';
    const text = `${n} ${unit}${n === 1 ? '' : 's'}`;
    const found = INTERVALS.find((i) => i.text === text);
    if (found) return found;
  }
  throw new BadInputError(`interval '${raw}' is not supported. Use one of: ${INTERVAL_TEXTS.join(', ')}.`, { argument: 'interval', allowed: INTERVAL_TEXTS });
}

// Building an Intl.DateTimeFormat costs tens of microseconds; there are a few hundred zones.
const offsetFormats = new BoundedCache<string, Intl.DateTimeFormat>(1000);
function offsetFormat(zone: string): Intl.DateTimeFormat {
  // Throws RangeError for names it does not know (and nothing is cached then). Intl accepts any
  // letter case, so the names a client can send are not few: the cache is bounded.
  return offsetFormats.getOrSet(zone, () => new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }));
}

/** IANA zone names only; PostgreSQL and Intl agree on those. */
export function checkTimeZone(zone: string): string {
  try {
    if (!/^[A-Za-z_][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) throw new RangeError(zone);
    offsetFormat(zone);
    return zone;
  } catch {
    throw new BadInputError(`timeZone '${zone}' is not a known IANA time zone. Use a name such as 'Asia/Kolkata', 'Europe/Berlin' or 'UTC'.`, { argument: 'timeZone' });
  }
}

/** UTC offset of `zone` at `at`, in minutes. */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  const parts = offsetFormat(zone).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Whether local day boundaries in `zone` fall on whole UTC hours across [from, to]. */
export function zoneHasWholeHourOffsets(zone: string, from: Date, to: Date): boolean {
  const samples = 8;
  for (let i = 0; i <= samples; i++) {
    const t = new Date(from.getTime() + ((to.getTime() - from.getTime()) * i) / samples);
    if (zoneOffsetMinutes(zone, t) % 60 !== 0) return false;
  }
  return true;
}

/**
 * The coarsest rollup whose buckets nest inside the interval's buckets. 15-minute and 1-hour
 * rollups are UTC-aligned, so they nest inside any fixed interval they divide (all fixed
 * intervals are aligned to the Unix epoch). Daily rollups are local days of the series' own
 * zone, so they serve calendar buckets only in that zone; another zone falls back to hourly
 * rollups (or 15-minute ones for zones with half- or quarter-hour offsets), still exact.
 */
export function grainFor(interval: BucketInterval, sameZone: boolean, wholeHourZone: boolean): Grain {
  if (interval.calendar) return sameZone ? '1d' : wholeHourZone ? '1h' : '15m';
  if (interval.seconds % HOUR === 0) return '1h';
  if (interval.seconds % (15 * MIN) === 0) return '15m';
  return 'raw';
}

/** Upper bound on the number of buckets [from, to) can touch. */
export function estimateBuckets(interval: BucketInterval, from: Date, to: Date): number {
  const seconds = (to.getTime() - from.getTime()) / 1000;
  return Math.ceil(seconds / interval.minSeconds) + 1;
}

export interface RangeLimits {
  maxPoints: number;
  maxRawRangeHours: number;
}

export function checkRange(from: Date, to: Date): void {
  if (!(from.getTime() < to.getTime())) {
    throw new BadInputError(`from (${from.toISOString()}) must be before to (${to.toISOString()}).`, { argument: 'from' });
  }
}

export function checkRawRange(from: Date, to: Date, limits: RangeLimits, what: string, hint: string): void {
  const hours = (to.getTime() - from.getTime()) / 3.6e6;
  if (hours > limits.maxRawRangeHours) {
    throw new LimitExceededError(
      'maxRawRangeHours',
      `${what} reads raw points, and the range of ${+hours.toFixed(1)} hours is over the raw-range limit of ${limits.maxRawRangeHours} hours. ${hint}`,
      { maximum: limits.maxRawRangeHours },
    );
  }
}

/** The smallest interval (from `INTERVALS`, at least `floor`) whose buckets over the range fit in `maxPoints`. */
export function intervalForMaxPoints(maxPoints: number, from: Date, to: Date, limits: RangeLimits, floor?: BucketInterval): BucketInterval {
  checkMaxPoints(maxPoints, limits);
  for (const i of INTERVALS) {
    if (floor && i.minSeconds < floor.minSeconds) continue;
    if (estimateBuckets(i, from, to) <= maxPoints) return i;
  }
  throw new LimitExceededError('maxPoints', `Even '1 month' buckets give more than maxPoints=${maxPoints} points over this range. Ask for more points or a shorter range.`, {
    argument: 'maxPoints',
  });
}

export function checkMaxPoints(maxPoints: number, limits: RangeLimits): void {
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new BadInputError(`maxPoints must be between 1 and ${limits.maxPoints}, got ${maxPoints}.`, { argument: 'maxPoints' });
  }
  if (maxPoints > limits.maxPoints) {
    throw new LimitExceededError('maxPoints', `maxPoints must be between 1 and ${limits.maxPoints}, got ${maxPoints}. Use a coarser interval or a shorter range.`, {
      argument: 'maxPoints',
      maximum: limits.maxPoints,
    });
  }
}

/** Refuses an explicit interval whose buckets would exceed the per-answer point limit, naming what to ask instead. */
export function checkBucketCount(interval: BucketInterval, from: Date, to: Date, limits: RangeLimits): void {
  const n = estimateBuckets(interval, from, to);
  if (n > limits.maxPoints) {
    const fits = INTERVALS.find((i) => estimateBuckets(i, from, to) <= limits.maxPoints);
    throw new LimitExceededError(
      'maxPoints',
      `interval '${interval.text}' gives up to ${n} points over this range, over the limit of ${limits.maxPoints}. ${fits ? `Use interval ≥ ${fits.text}` : 'Use a shorter range'} or maxPoints.`,
      { maximum: limits.maxPoints },
    );
  }
}

const floorTo = (t: Date, seconds: number) => new Date(Math.floor(t.getTime() / 1000 / seconds) * seconds * 1000);
const ceilTo = (t: Date, seconds: number) => new Date(Math.ceil(t.getTime() / 1000 / seconds) * seconds * 1000);

/**
 * [from, to) split for a UTC-aligned grain of `seconds`: whole buckets in [alignedFrom, alignedTo),
 * ragged edges outside it. alignedTo is never before alignedFrom.
 */
export function alignRange(from: Date, to: Date, seconds: number): { alignedFrom: Date; alignedTo: Date } {
  const alignedFrom = ceilTo(from, seconds);
  const floored = floorTo(to, seconds);
  return { alignedFrom, alignedTo: floored < alignedFrom ? alignedFrom : floored };
}
