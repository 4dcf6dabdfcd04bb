// Local calendar arithmetic for the sites' IANA zones, from Intl alone: energy truth is defined
// per local day (23, 24 or 25 hours around DST changes), and load cycles follow local clocks.

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts = formatter(timeZone).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((local - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * Offsets looked up once per UTC day, and per hour only on days whose offset changes: every
 * zone the simulator uses changes offset on a whole hour, and a 3-year minute series would
 * otherwise ask Intl 1.5 million times.
 */
export class ZoneClock {
  readonly #days = new Map<number, number>();
  readonly #hours = new Map<number, number>();
  constructor(readonly timeZone: string) {}

  offsetMinutes(utcMs: number): number {
    const day = Math.floor(utcMs / DAY_MS);
    let off = this.#days.get(day);
    if (off === undefined) {
      const start = zoneOffsetMinutes(this.timeZone, day * DAY_MS);
      const end = zoneOffsetMinutes(this.timeZone, (day + 1) * DAY_MS - HOUR_MS);
      off = start === end ? start : Number.NaN;
      this.#days.set(day, off);
    }
    if (!Number.isNaN(off)) return off;
    const hour = Math.floor(utcMs / HOUR_MS);
    let h = this.#hours.get(hour);
    if (h === undefined) {
      h = zoneOffsetMinutes(this.timeZone, hour * HOUR_MS);
      this.#hours.set(hour, h);
    }
    return h;
  }

  /** Local wall-clock time as if it were UTC (handy for getUTC* accessors). */
  localMs(utcMs: number): number {
    return utcMs + this.offsetMinutes(utcMs) * 60_000;
  }

  /** Local hour of day as a fraction, 0 ≤ h < 24. */
  hourOfDay(utcMs: number): number {
    const local = this.localMs(utcMs);
    return (((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
  }

  /** ISO weekday of the local date: 1 = Monday … 7 = Sunday. */
  isoWeekday(utcMs: number): number {
    const d = new Date(this.localMs(utcMs)).getUTCDay();
    return d === 0 ? 7 : d;
  }

  localDate(utcMs: number): string {
    return new Date(this.localMs(utcMs)).toISOString().slice(0, 10);
  }
}

/** 'YYYY-MM-DD' plus n days. */
export function addDays(isoDate: string, n: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a calendar date (a stable index for per-day random draws). */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoWeekdayOf(isoDate: string): number {
  const d = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Day of year, 0-based. */
export function dayOfYear(isoDate: string): number {
  return dayNumber(isoDate) - dayNumber(`${isoDate.slice(0, 4)}-01-01`);
}

/** The UTC instant at which the local date begins in the zone. */
export function localMidnightUtc(timeZone: string, isoDate: string): number {
  const wall = Date.parse(`${isoDate}T00:00:00Z`);
  let guess = wall - zoneOffsetMinutes(timeZone, wall) * 60_000;
  // A second pass settles dates whose offset differs from the one at the naive guess.
  guess = wall - zoneOffsetMinutes(timeZone, guess) * 60_000;
  return guess;
}

export interface LocalDay {
  date: string;
  startMs: number;
  endMs: number;
  isoWeekday: number;
}

/** Local days from `from` (inclusive) to `to` (exclusive), with their UTC bounds. */
export function localDays(timeZone: string, from: string, to: string): LocalDay[] {
  const out: LocalDay[] = [];
  let start = localMidnightUtc(timeZone, from);
  for (let date = from; date < to; ) {
    const next = addDays(date, 1);
    const end = localMidnightUtc(timeZone, next);
    out.push({ date, startMs: start, endMs: end, isoWeekday: isoWeekdayOf(date) });
    date = next;
    start = end;
  }
  return out;
}
