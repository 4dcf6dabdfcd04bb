import { type Kysely, sql } from 'kysely';

// Ingest refreshes only the rollup buckets it wrote into, not whole days:
//  - readings.refresh_rollup_buckets(series[], buckets[]) takes the 15-minute buckets that gained
//    points (pairs: series_ids[i], buckets[i]) and recomputes, in plain mode, those 15-minute
//    buckets from the raw points and their hours from the 15-minute rows; then, in both modes,
//    their local days (each series' own zone) from the whole hours inside the day plus the
//    15-minute rows at its edges (a day in Asia/Kolkata starts at hh:30 UTC). A bucket lands in
//    the same day as with refresh_rollups: the local day its start falls in.
//  - readings.refresh_rollups(series[], from, to), still the full rebuild of a range (bulk loads,
//    deletions), now ends the last day at the next local midnight: adding "1 day" in the session
//    zone (UTC) cut a 25-hour DST day short and rebuilt the following day from a partial hour.
// Both run with JIT off: the planner's row guesses for unnest() over a join make it compile the
// plan (100 ms and more) for statements that take a few milliseconds.
const UPSERT = `on conflict (series_id, bucket) do update set
      value_count = excluded.value_count, value_sum = excluded.value_sum, value_min = excluded.value_min,
      value_max = excluded.value_max, value_first = excluded.value_first, value_last = excluded.value_last,
      value_sum_sq = excluded.value_sum_sq`;

const REFRESH_BUCKETS = `
  create or replace function readings.refresh_rollup_buckets(p_series integer[], p_buckets timestamptz[])
  returns void language plpgsql set jit = off as $fn$
  declare
    v_mode text := (select value from platform.settings where key = 'storage_mode');
  begin
    if v_mode = 'plain' then
      insert into readings.rollup_15m
        select k.s, k.b, count(*), sum(p.value), min(p.value), max(p.value),
               (array_agg(p.value order by p.time))[1], (array_agg(p.value order by p.time desc))[1], sum(p.value * p.value)
        from (select distinct s, date_bin('15 minutes', b, timestamptz 'epoch') as b from unnest(p_series, p_buckets) k(s, b)) k
        join readings.points p on p.series_id = k.s and p.time >= k.b and p.time < k.b + interval '15 minutes'
        group by k.s, k.b
      ${UPSERT};
      insert into readings.rollup_1h
        select k.s, k.h, sum(r.value_count), sum(r.value_sum), min(r.value_min), max(r.value_max),
               (array_agg(r.value_first order by r.bucket))[1], (array_agg(r.value_last order by r.bucket desc))[1], sum(r.value_sum_sq)
        from (select distinct s, date_bin('1 hour', b, timestamptz 'epoch') as h from unnest(p_series, p_buckets) k(s, b)) k
        join readings.rollup_15m r on r.series_id = k.s and r.bucket >= k.h and r.bucket < k.h + interval '1 hour'
        group by k.s, k.h
      ${UPSERT};
    end if;
    -- Day [d, e) in the series' zone: whole hours [hs, he) from rollup_1h, the 15-minute rows of
    -- [d, hs) and [he, e) from rollup_15m.
    insert into readings.rollup_1d
      select k.s, k.d, sum(r.n), sum(r.total), min(r.lo), max(r.hi),
             (array_agg(r.first order by r.b))[1], (array_agg(r.last order by r.b desc))[1], sum(r.sq)
      from (
        select s, d, e,
               date_bin('1 hour', d - interval '1 microsecond', timestamptz 'epoch') + interval '1 hour' as hs,
               date_bin('1 hour', e, timestamptz 'epoch') as he
        from (
          select s, d, ((d at time zone z) + interval '1 day') at time zone z as e
          from (select distinct k.s, date_trunc('day', k.b, s.time_zone) as d, s.time_zone as z
                from unnest(p_series, p_buckets) k(s, b) join readings.series s on s.id = k.s) days
        ) bounds
      ) k
      cross join lateral (
        select h.bucket, h.value_count, h.value_sum, h.value_min, h.value_max, h.value_first, h.value_last, h.value_sum_sq
        from readings.rollup_1h h where h.series_id = k.s and h.bucket >= k.hs and h.bucket < k.he
        union all
        select q.bucket, q.value_count, q.value_sum, q.value_min, q.value_max, q.value_first, q.value_last, q.value_sum_sq
        from readings.rollup_15m q where q.series_id = k.s and q.bucket >= k.d and q.bucket < k.hs
        union all
        select q.bucket, q.value_count, q.value_sum, q.value_min, q.value_max, q.value_first, q.value_last, q.value_sum_sq
        from readings.rollup_15m q where q.series_id = k.s and q.bucket >= k.he and q.bucket < k.e
      ) r(b, n, total, lo, hi, first, last, sq)
      group by k.s, k.d
    ${UPSERT};
  end
  $fn$`;

/** refresh_rollups as first created, except for the end of the last day (and JIT off). */
const refreshRollups = (dayEnd: (day: string) => string, options: string) => `
  create or replace function readings.refresh_rollups(p_series integer[], p_from timestamptz, p_to timestamptz)
  returns void language plpgsql ${options} as $fn$
  declare
    v_from timestamptz := date_bin('1 hour', p_from, timestamptz 'epoch');
    v_to   timestamptz := date_bin('1 hour', p_to, timestamptz 'epoch') + interval '1 hour';
    v_mode text := (select value from platform.settings where key = 'storage_mode');
  begin
    if v_mode = 'plain' then
      delete from readings.rollup_15m where series_id = any(p_series) and bucket >= v_from and bucket < v_to;
      insert into readings.rollup_15m
        select series_id, date_bin('15 minutes', time, timestamptz 'epoch'),
               count(*), sum(value), min(value), max(value),
               (array_agg(value order by time))[1], (array_agg(value order by time desc))[1], sum(value * value)
        from readings.points
        where series_id = any(p_series) and time >= v_from and time < v_to
        group by 1, 2;
      delete from readings.rollup_1h where series_id = any(p_series) and bucket >= v_from and bucket < v_to;
      insert into readings.rollup_1h
        select series_id, date_bin('1 hour', bucket, timestamptz 'epoch'),
               sum(value_count), sum(value_sum), min(value_min), max(value_max),
               (array_agg(value_first order by bucket))[1], (array_agg(value_last order by bucket desc))[1], sum(value_sum_sq)
        from readings.rollup_15m
        where series_id = any(p_series) and bucket >= v_from and bucket < v_to
        group by 1, 2;
    end if;
    -- Local days in each series' own time zone.
    delete from readings.rollup_1d d using readings.series s
      where d.series_id = s.id and s.id = any(p_series)
        and d.bucket >= date_trunc('day', p_from, s.time_zone)
        and d.bucket < ${dayEnd('date_trunc(\'day\', p_to, s.time_zone)')};
    insert into readings.rollup_1d
      select r.series_id, date_trunc('day', r.bucket, s.time_zone),
             sum(r.value_count), sum(r.value_sum), min(r.value_min), max(r.value_max),
             (array_agg(r.value_first order by r.bucket))[1], (array_agg(r.value_last order by r.bucket desc))[1], sum(r.value_sum_sq)
      from readings.rollup_15m r join readings.series s on s.id = r.series_id
      where s.id = any(p_series)
        and r.bucket >= date_trunc('day', p_from, s.time_zone)
        and r.bucket < ${dayEnd('date_trunc(\'day\', p_to, s.time_zone)')}
      group by 1, 2;
  end
  $fn$`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(REFRESH_BUCKETS).execute(db);
  await sql.raw(refreshRollups((day) => `((${day} at time zone s.time_zone) + interval '1 day') at time zone s.time_zone`, 'set jit = off')).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists readings.refresh_rollup_buckets(integer[], timestamptz[])`.execute(db);
  await sql.raw(refreshRollups((day) => `${day} + interval '1 day'`, '')).execute(db);
}
