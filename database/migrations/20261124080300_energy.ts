import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table energy.energy_sources (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      name text not null check (name ~ '^[a-z][a-z0-9_]*$'),
      display_name text not null,
      unit text not null,
      unit_spoken text not null,
      cost_per_unit double precision not null check (cost_per_unit >= 0),
      currency text not null default 'USD',
      carbon_intensity double precision not null check (carbon_intensity >= 0),
      consumption_metric text not null,
      synonyms text[] not null default '{}',
      created_at timestamptz not null default now(),
      unique (organization_id, name)
    )`.execute(db);

  await sql`
    create table energy.seus (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      name text not null,
      description text,
      energy_source_id uuid not null references energy.energy_sources(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index seus_org_source_name on energy.seus (organization_id, energy_source_id, lower(name))`.execute(db);
  await sql`
    create table energy.seu_equipment (
      seu_id uuid not null references energy.seus(id) on delete cascade,
      equipment_id uuid not null,
      primary key (seu_id, equipment_id)
    )`.execute(db);
  await sql`create index seu_equipment_equipment on energy.seu_equipment (equipment_id)`.execute(db);

  await sql`
    create table energy.relevant_variables (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      energy_source_id uuid references energy.energy_sources(id),
      name text not null check (name ~ '^[a-z][a-z0-9_]*$'),
      display_name text not null,
      kind text not null check (kind in ('metric', 'hdd', 'cdd', 'operating_hours', 'working_day')),
      metric text,
      scope text not null check (scope in ('equipment', 'site')),
      aggregation text not null check (aggregation in ('SUM', 'AVG', 'MIN', 'MAX')),
      base_temperature double precision,
      unit text not null,
      synonyms text[] not null default '{}',
      description text,
      check (kind <> 'metric' or metric is not null)
    )`.execute(db);
  await sql`create unique index relevant_variables_org_source_name on energy.relevant_variables (organization_id, coalesce(energy_source_id, '00000000-0000-0000-0000-000000000000'::uuid), name)`.execute(db);

  await sql`
    create table energy.baselines (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      seu_id uuid not null references energy.seus(id) on delete cascade,
      active boolean not null default false,
      variable_names text[] not null,
      period_start date not null,
      period_end date not null,
      granularity text not null check (granularity in ('day', 'week', 'month')),
      exclude_backfill boolean not null default false,
      intercept double precision not null,
      coefficients jsonb not null,
      statistics jsonb not null,
      formula text not null,
      valid boolean not null,
      trained_by text,
      created_at timestamptz not null default now(),
      check (period_end >= period_start)
    )`.execute(db);
  await sql`create unique index baselines_one_active on energy.baselines (seu_id) where active`.execute(db);
  await sql`create index baselines_seu_created on energy.baselines (seu_id, created_at desc)`.execute(db);

  await sql`
    create table energy.tariffs (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      energy_source_id uuid not null references energy.energy_sources(id),
      site_id uuid,
      name text not null,
      currency text not null default 'USD',
      valid_from date not null,
      valid_to date,
      default_price double precision not null check (default_price >= 0),
      periods jsonb not null default '[]' check (jsonb_typeof(periods) = 'array')
    )`.execute(db);
  await sql`
    create table energy.carbon_factors (
      id uuid primary key,
      organization_id uuid not null references platform.organizations(id),
      energy_source_id uuid not null references energy.energy_sources(id),
      site_id uuid,
      valid_from date not null,
      valid_to date,
      kg_co2e_per_unit double precision not null check (kg_co2e_per_unit >= 0),
      source text
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop schema energy cascade`.execute(db);
  await sql`create schema energy`.execute(db);
}
