// What a seed run loads, resolved from the caller's options and the scale's defaults.

export type Scale = 'demo' | 'bench';

export interface SeedOptions {
  scale?: Scale;
  /** PRNG seed for all readings, anomalies and events (structure never depends on it). */
  seed?: number;
  /** End of the generated data (exclusive). Default: demo → now floored to the hour; bench → 2026-02-01T00:00:00+05:30. */
  end?: Date | string;
  /** Length of the command-center 1-minute window, in hours (default demo 24, bench 168). */
  hours?: number;
  /** Same as hours × 24; `hours` wins when both are given. */
  days?: number;
  /** Only these equipment get readings: exact codes or `prefix*`, case-insensitive. Structure is always complete. */
  equipment?: string[];
  /** EnMS hourly history as local dates [from, to); false for none. Default 2024-01-01 … 2026-01-01. */
  enms?: { from: string; to: string } | false;
  /** Long 1-minute histories (bench: chiller_001 for three years); false for none. */
  history?: { codes: string[]; from: string } | false;
  /** Replace an existing seed (the simulated data is truncated first). */
  force?: boolean;
  /** Draw a progress bar on stdout. */
  progress?: boolean;
  /** Parallel COPY connections on a PostgreSQL server (default 2). */
  copyStreams?: number;
}

export interface ResolvedOptions {
  scale: Scale;
  seed: number;
  endMs: number;
  windowMinutes: number;
  equipment: string[] | null;
  enms: { from: string; to: string } | null;
  history: { codes: string[]; fromMs: number } | null;
  copyStreams: number;
}

export const DEFAULT_SEED = 42;
/** Demo window: a full day of 1-minute data; measured at about 33 s for the whole embedded demo seed on two cores. */
export const DEMO_WINDOW_HOURS = 24;
export const BENCH_WINDOW_HOURS = 7 * 24;
export const BENCH_END = '2026-02-01T00:00:00+05:30';
export const BENCH_HISTORY = { codes: ['chiller_001'], from: '2023-02-01T00:00:00+05:30' };
/** Minutes in the bench history: 1096 days (2024 is a leap year) × 1440, the seed's rows per table. */
export const BENCH_HISTORY_MINUTES = 1_578_240;
export const DEFAULT_ENMS = { from: '2024-01-01', to: '2026-01-01' };

const HOUR_MS = 3_600_000;

function parseInstant(value: Date | string, what: string): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (!Number.isFinite(ms)) throw new Error(`${what} '${String(value)}' is not a valid ISO date-time`);
  return ms;
}

export function resolveOptions(o: SeedOptions, now: () => number = Date.now): ResolvedOptions {
  const scale = o.scale ?? 'demo';
  if (scale !== 'demo' && scale !== 'bench') throw new Error(`scale '${String(scale)}' is not one of demo, bench`);
  const seed = o.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const endMs = o.end !== undefined ? parseInstant(o.end, 'end') : scale === 'bench' ? Date.parse(BENCH_END) : Math.floor(now() / HOUR_MS) * HOUR_MS;
  if (endMs % 60_000 !== 0) throw new Error('end must fall on a whole minute');
  const hours = o.hours ?? (o.days !== undefined ? o.days * 24 : scale === 'bench' ? BENCH_WINDOW_HOURS : DEMO_WINDOW_HOURS);
  if (!(hours >= 0)) throw new Error(`window length must be zero or more hours, got ${hours}`);
  const windowMinutes = Math.round(hours * 60);
  const equipment = o.equipment && o.equipment.length ? o.equipment.map((s) => s.trim()).filter(Boolean) : null;
  const enms = o.enms === false ? null : (o.enms ?? DEFAULT_ENMS);
  if (enms && !(/^\d{4}-\d{2}-\d{2}$/.test(enms.from) && /^\d{4}-\d{2}-\d{2}$/.test(enms.to) && enms.from < enms.to)) {
    throw new Error(`enms range must be two dates YYYY-MM-DD with from < to, got ${enms.from} … ${enms.to}`);
  }
  const historyOpt = o.history === undefined ? (scale === 'bench' ? BENCH_HISTORY : false) : o.history;
  const history = historyOpt ? { codes: historyOpt.codes, fromMs: parseInstant(historyOpt.from, 'history start') } : null;
  if (history && history.fromMs >= endMs) throw new Error('history must start before end');
  return { scale, seed, endMs, windowMinutes, equipment, enms, history, copyStreams: Math.max(1, o.copyStreams ?? 2) };
}

/** Whether a code passes the --equipment filter (exact code or `prefix*`, case-insensitive). */
export function selects(filter: string[] | null, code: string): boolean {
  if (!filter) return true;
  const c = code.toLowerCase();
  return filter.some((f) => {
    const p = f.toLowerCase();
    return p.endsWith('*') ? c.startsWith(p.slice(0, -1)) : c === p;
  });
}
